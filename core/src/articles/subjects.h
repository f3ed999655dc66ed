#pragma once

#include <crisis/core/articles/sentences.h>

#include <QList>
#include <QString>
#include <QStringView>

// Whom an article's figures are about: the countries, places and bodies it names, where it names them, and the
// one it is mostly about.
namespace crisis::core::articles {

/// A country, place or body named in the text.
struct SubjectMention
{
    /// UTF-16 index and end in the text, of the name as written ("Kenya's", "Kenyan", "U.N. Trust Fund").
    qsizetype start = 0;
    qsizetype end = 0;
    /// Whom it names, as figures name subjects: "Kenya", "United States", "UN Trust Fund", "MSS".
    QString subject;
    /// An adjective ("Kenyan officers") or a possessive ("Kenya's commitment") rather than the name itself.
    bool adjective = false;
    bool possessive = false;
    /// Part of a compound that describes something else: "Kenya-led", "UN-backed".
    bool modifier = false;
    /// After a preposition ("in Haiti", "to Haiti", "from Kenya"): a place or a source, not what the clause
    /// speaks of.
    bool afterPreposition = false;
    /// A place rather than a body (a country, a city); the article's main subject is one.
    bool place = false;
    /// "other countries", "other nations": the countries besides those named.
    bool others = false;
};

/// The subjects of one article, found once for the whole text.
class ArticleSubjects
{
public:
    ArticleSubjects(QStringView text, const QList<ArticleSentence>& sentences);

    /// The mentions that lie in [start, end), in text order.
    QList<SubjectMention> mentionsIn(qsizetype start, qsizetype end) const;
    /// The mention that starts at pos (after blanks and "the"), if any.
    const SubjectMention* mentionAt(qsizetype pos) const;

    /// The place the article speaks of most (ties: the first named); empty when it names none.
    const QString& mainSubject() const { return m_main; }
    /// True when the main subject is named in the article's first sentence.
    bool mainSubjectInLead() const { return m_mainInLead; }
    /// The mission or force the article names with an acronym it defines ("Multinational Security Support (MSS)
    /// Mission" gives "MSS"); empty when there is none.
    const QString& mission() const { return m_mission; }
    /// The police force of a country the article names in full ("Haitian National Police" for Haiti's police);
    /// empty when it names none.
    QString policeOf(const QString& country) const;
    /// The capital the article names ("the capital, Port-au-Prince"); empty when it names none.
    const QString& capital() const { return m_capital; }

private:
    void findAcronyms();
    void findNames();
    void findPlaceNames();
    void chooseMainSubject(const QList<ArticleSentence>& sentences);

    QStringView m_text;
    QList<SubjectMention> m_mentions;
    QString m_main;
    bool m_mainInLead = false;
    QString m_mission;
    QString m_capital;
    /// (country, the full name of its police) as the article writes them.
    QList<std::pair<QString, QString>> m_police;
    /// Acronyms the article defines, and places found in it, with their names as written.
    QList<std::pair<QString, QString>> m_defined;
};

} // namespace crisis::core::articles
