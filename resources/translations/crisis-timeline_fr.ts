<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BriefPack</name>
    <message>
        <source>%1 and %2</source>
        <comment>two items of a list</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1: no figures to show.</source>
        <comment>a chart&apos;s title</comment>
        <translation>%1&#xa0;: aucun chiffre à montrer.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a chart&apos;s title, as a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 (1 report)</source>
        <comment>a series, and the one report it plots</comment>
        <translation>%1 (1 rapport)</translation>
    </message>
    <message>
        <source>The chart plots %1, each as a rate per 30 days over the period it covers.</source>
        <comment>a list of series</comment>
        <translation>Le graphique montre %1, chacun en taux sur 30 jours pour la période qu’il couvre.</translation>
    </message>
    <message>
        <source>The chart plots %1.</source>
        <comment>a list of series</comment>
        <translation>Le graphique montre %1.</translation>
    </message>
    <message>
        <source>It compares %1.</source>
        <comment>a list of funders</comment>
        <translation>Il compare %1.</translation>
    </message>
    <message>
        <source>It covers %1.</source>
        <comment>a range of dates</comment>
        <translation>Il couvre %1.</translation>
    </message>
    <message>
        <source>%1 for %2 (%3, %4)</source>
        <comment>a value, its series, its date, its source</comment>
        <translation>%1 pour %2 (%3, %4)</translation>
    </message>
    <message>
        <source>The largest value shown is %1.</source>
        <translation>La valeur la plus élevée est %1.</translation>
    </message>
    <message>
        <source>The latest is %1.</source>
        <translation>La plus récente est %1.</translation>
    </message>
    <message>
        <source>Reports of %1 disagree: %2; both are shown.</source>
        <translation>Les rapports sur %1 divergent&#xa0;: %2&#xa0;; les deux sont montrés.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <comment>a shortfall, and how it was computed</comment>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Chiffres au %1.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Sources&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Timeline: no events between %1.</source>
        <translation>Chronologie&#xa0;: aucun événement entre %1.</translation>
    </message>
    <message>
        <source>The first is %1: %2.</source>
        <comment>a date: an event</comment>
        <translation>Le premier&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>The last is %1: %2.</source>
        <comment>a date: an event</comment>
        <translation>Le dernier&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>%1 expected and %2 proposed, not reported as done, are drawn hollow.</source>
        <translation>%1 prévus et %2 proposés, non signalés comme réalisés, sont dessinés en creux.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n reports)</source>
        <comment>a series, and how many reports it plots</comment>
        <translation>
            <numerusform>%1 (%n rapport)</numerusform>
            <numerusform>%1 (%n rapports)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline of %n events, from %1 to %2, in lanes by category.</source>
        <translation>
            <numerusform>Chronologie de %n événement, de %1 à %2, en couloirs par catégorie.</numerusform>
            <numerusform>Chronologie de %n événements, de %1 à %2, en couloirs par catégorie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the dates are inferred from the articles rather than stated.</source>
        <translation>
            <numerusform>%n date est déduite des articles et non indiquée.</numerusform>
            <numerusform>%n dates sont déduites des articles et non indiquées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Timeline of events</source>
        <comment>title of an exported timeline</comment>
        <translation>Chronologie des événements</translation>
    </message>
    <message>
        <source>Latest report for each: %1</source>
        <comment>a list of funders</comment>
        <translation>Dernier rapport pour chacun&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dates shown: %1</source>
        <comment>a range of dates</comment>
        <translation>Dates affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <comment>a date</comment>
        <translation>Chiffres au %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <comment>the numbered sources</comment>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Crisis Timeline — every figure and event is quoted from the source that states it.</source>
        <translation>Crisis Timeline — chaque chiffre et chaque événement est cité d’après la source qui l’énonce.</translation>
    </message>
    <message>
        <source>Events in lanes by category; a day is a diamond, a month or a year a bar, “c.” approximate</source>
        <translation>Événements en couloirs par catégorie&#xa0;; un jour est un losange, un mois ou une année une barre, «&#xa0;v.&#xa0;» approximatif</translation>
    </message>
    <message>
        <source>Events in date order, coloured by category; hollow: expected or proposed; “c.” approximate</source>
        <translation>Événements par date, en couleur selon la catégorie&#xa0;; en creux&#xa0;: prévu ou proposé&#xa0;; «&#xa0;v.&#xa0;» approximatif</translation>
    </message>
</context>
<context>
    <name>ChartSpec</name>
    <message>
        <source>at least </source>
        <comment>before a number</comment>
        <translation>au moins </translation>
    </message>
    <message>
        <source>at most </source>
        <comment>before a number</comment>
        <translation>au plus </translation>
    </message>
    <message>
        <source>about </source>
        <comment>before a number</comment>
        <translation>environ </translation>
    </message>
    <message>
        <source>%1 deployed</source>
        <comment>legend: who, and the status of their figures</comment>
        <translation>%1 déployés</translation>
    </message>
    <message>
        <source>%1 pledged</source>
        <comment>legend: who, and the status of their figures</comment>
        <translation>%1 promis</translation>
    </message>
    <message>
        <source>%1 target</source>
        <comment>legend: who, and the status of their figures</comment>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>%1 proposed target</source>
        <comment>legend: who, and the status of their figures</comment>
        <translation>Objectif proposé %1</translation>
    </message>
    <message>
        <source>%1 estimated</source>
        <comment>legend: who, and the status of their figures</comment>
        <translation>%1 estimés</translation>
    </message>
    <message>
        <source>Outlet not stated</source>
        <translation>Média non indiqué</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title in quotation marks</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reports from %1 to %2</source>
        <comment>from a month to a month</comment>
        <translation>Rapports de %1 à %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a date: what happened</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deployment versus target</source>
        <translation>Déploiement et objectif</translation>
    </message>
    <message>
        <source>Police and soldiers deployed, pledged and targeted, as the sources report them</source>
        <translation>Policiers et militaires déployés, promis et visés, selon les sources</translation>
    </message>
    <message>
        <source>Personnel</source>
        <comment>axis title</comment>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Shortfall (computed): about %1 below the %2 target</source>
        <translation>Déficit (calculé)&#xa0;: environ %1 sous l’objectif de %2</translation>
    </message>
    <message>
        <source>Shortfall (computed): %1 below the %2 target</source>
        <translation>Déficit (calculé)&#xa0;: %1 sous l’objectif de %2</translation>
    </message>
    <message>
        <source>%1 (reports differ)</source>
        <translation>%1 (les rapports divergent)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two sums</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>computed by Crisis Timeline as the %1 target minus the %2 deployed reported: %3; no source states it</source>
        <translation>calculé par Crisis Timeline&#xa0;: l’objectif de %1 moins les effectifs déployés de %2 rapportés, %3&#xa0;; aucune source ne l’indique</translation>
    </message>
    <message>
        <source>Casualty trends</source>
        <translation>Évolution des victimes</translation>
    </message>
    <message>
        <source>Casualty trends in %1</source>
        <comment>a place</comment>
        <translation>Évolution des victimes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reported per 30 days</source>
        <comment>axis title</comment>
        <translation>Rapporté par 30 jours</translation>
    </message>
    <message>
        <source>Reported for the period</source>
        <comment>axis title</comment>
        <translation>Rapporté pour la période</translation>
    </message>
    <message>
        <source>Each report as a rate per 30 days over the period it counts</source>
        <translation>Chaque rapport en taux sur 30 jours pour la période qu’il compte</translation>
    </message>
    <message>
        <source>Each report&apos;s total over the period it counts</source>
        <translation>Le total de chaque rapport pour la période qu’il compte</translation>
    </message>
    <message>
        <source>%1: at this zoom, the highest report in each pixel column is drawn.</source>
        <translation>%1&#xa0;: à ce niveau de zoom, seul le rapport le plus élevé de chaque colonne de pixels est tracé.</translation>
    </message>
    <message>
        <source>people killed or injured: a different measure from homicides</source>
        <translation>personnes tuées ou blessées&#xa0;: une autre mesure que les homicides</translation>
    </message>
    <message>
        <source>Dashed: the report&apos;s period is inferred from the article, not stated in the sentence.</source>
        <translation>En pointillé&#xa0;: la période du rapport est déduite de l’article, non énoncée dans la phrase.</translation>
    </message>
    <message>
        <source>Each report is drawn over the period it counts; reports are never joined or summed.</source>
        <translation>Chaque rapport est tracé sur la période qu’il compte&#xa0;; les rapports ne sont jamais reliés ni additionnés.</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>People displaced in %1</source>
        <comment>a place</comment>
        <translation>Personnes déplacées&#xa0;: %1</translation>
    </message>
    <message>
        <source>People displaced</source>
        <comment>axis title</comment>
        <translation>Personnes déplacées</translation>
    </message>
    <message>
        <source>People displaced at each date reported, with the breakdowns stated</source>
        <translation>Personnes déplacées à chaque date rapportée, avec les répartitions indiquées</translation>
    </message>
    <message>
        <source>Displaced people</source>
        <comment>legend</comment>
        <translation>Personnes déplacées</translation>
    </message>
    <message>
        <source>half of the total, as stated</source>
        <translation>la moitié du total, selon la source</translation>
    </message>
    <message>
        <source>%1 of the total, as stated</source>
        <comment>a percentage</comment>
        <translation>%1 du total, selon la source</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a group: its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Funding reported, by funder</source>
        <translation>Financements rapportés, par bailleur</translation>
    </message>
    <message>
        <source>US dollars</source>
        <comment>axis title</comment>
        <translation>Dollars US</translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>legend</comment>
        <translation>Financement</translation>
    </message>
    <message>
        <source>%1: the stated components add up to %2; the total is reported as “%3”.</source>
        <translation>%1&#xa0;: les composantes indiquées totalisent %2&#xa0;; le total rapporté est «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The latest report for each funder, with its stated components</source>
        <translation>Le dernier rapport de chaque bailleur, avec ses composantes indiquées</translation>
    </message>
    <message numerus="yes">
        <source>%n more series are not drawn; narrow the subject to see them.</source>
        <translation>
            <numerusform>%n autre série n’est pas tracée&#xa0;; précisez le sujet pour la voir.</numerusform>
            <numerusform>%n autres séries ne sont pas tracées&#xa0;; précisez le sujet pour les voir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n reports)</source>
        <comment>values that differ, and how many reports give them</comment>
        <translation>
            <numerusform>%1 (%n rapport)</numerusform>
            <numerusform>%1 (%n rapports)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2 per 30 days (%3 in %n days)</source>
        <comment>bound word, rate, the value reported, its days</comment>
        <translation>
            <numerusform>%1%2 par 30 jours (%3 en %n jour)</numerusform>
            <numerusform>%1%2 par 30 jours (%3 en %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smaller funders are not drawn.</source>
        <translation>
            <numerusform>%n bailleur plus petit n’est pas tracé.</numerusform>
            <numerusform>%n bailleurs plus petits ne sont pas tracés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Jan</source>
        <comment>short month</comment>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>short month</comment>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>short month</comment>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>short month</comment>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month</comment>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>short month</comment>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>short month</comment>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>short month</comment>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>short month</comment>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>short month</comment>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>short month</comment>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>short month</comment>
        <translation>déc.</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <comment>less than two</comment>
        <translation>%1 milliard</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <comment>two or more</comment>
        <translation>%1 milliards</translation>
    </message>
    <message>
        <source>%1 million</source>
        <comment>less than two</comment>
        <translation>%1 million</translation>
    </message>
    <message>
        <source>%1 million</source>
        <comment>two or more</comment>
        <translation>%1 millions</translation>
    </message>
    <message>
        <source>$%1</source>
        <comment>US dollars</comment>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year: Sep 2023</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, month and year: 22 Sep 2023</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1?</source>
        <comment>an uncertain date</comment>
        <translation>%1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>from a date to a date</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>circa: an approximate date</comment>
        <translation>v. %1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>the first of a month: 1 Sep 2023</comment>
        <translation>%1er %2 %3</translation>
    </message>
</context>
<context>
    <name>LabelLayout</name>
    <message>
        <source>%1 ≠ conflicting report</source>
        <comment>a value, and the sign that another report differs</comment>
        <translation>%1 ≠ rapport divergent</translation>
    </message>
    <message>
        <source>%1 (reported %2, held)</source>
        <comment>a value, and the date it was reported; the line holds it since</comment>
        <translation>%1 (rapporté %2, maintenu)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>a series, a date: its value</comment>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a series and date: the value of a part</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%n figure added</source>
        <translation>%n chiffre ajouté</translation>
    </message>
    <message>
        <source>%n figures added</source>
        <translation>%n chiffres ajoutés</translation>
    </message>
    <message>
        <source>%n event added</source>
        <translation>%n événement ajouté</translation>
    </message>
    <message>
        <source>%n events added</source>
        <translation>%n événements ajoutés</translation>
    </message>
    <message>
        <source>%n source added</source>
        <translation>%n source ajoutée</translation>
    </message>
    <message>
        <source>%n sources added</source>
        <translation>%n sources ajoutées</translation>
    </message>
    <message>
        <source>%n story added</source>
        <translation>%n récit ajouté</translation>
    </message>
    <message>
        <source>%n stories added</source>
        <translation>%n récits ajoutés</translation>
    </message>
    <message>
        <source>%n figure changed</source>
        <translation>%n chiffre modifié</translation>
    </message>
    <message>
        <source>%n figures changed</source>
        <translation>%n chiffres modifiés</translation>
    </message>
    <message>
        <source>%n event changed</source>
        <translation>%n événement modifié</translation>
    </message>
    <message>
        <source>%n events changed</source>
        <translation>%n événements modifiés</translation>
    </message>
    <message>
        <source>%n source changed</source>
        <translation>%n source modifiée</translation>
    </message>
    <message>
        <source>%n sources changed</source>
        <translation>%n sources modifiées</translation>
    </message>
    <message>
        <source>%n story changed</source>
        <translation>%n récit modifié</translation>
    </message>
    <message>
        <source>%n stories changed</source>
        <translation>%n récits modifiés</translation>
    </message>
    <message>
        <source>%n figure removed</source>
        <translation>%n chiffre supprimé</translation>
    </message>
    <message>
        <source>%n figures removed</source>
        <translation>%n chiffres supprimés</translation>
    </message>
    <message>
        <source>%n event removed</source>
        <translation>%n événement supprimé</translation>
    </message>
    <message>
        <source>%n events removed</source>
        <translation>%n événements supprimés</translation>
    </message>
    <message>
        <source>%n source removed</source>
        <translation>%n source supprimée</translation>
    </message>
    <message>
        <source>%n sources removed</source>
        <translation>%n sources supprimées</translation>
    </message>
    <message>
        <source>%n story removed</source>
        <translation>%n récit supprimé</translation>
    </message>
    <message>
        <source>%n stories removed</source>
        <translation>%n récits supprimés</translation>
    </message>
    <message>
        <source>Every record replaced</source>
        <translation>Toutes les fiches remplacées</translation>
    </message>
    <message>
        <source>A change</source>
        <translation>Une modification</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <comment>what changed, by whom, when</comment>
        <translation>%1 par %2, %3</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Homicides</source>
        <translation>Homicides</translation>
    </message>
    <message>
        <source>Killed or injured</source>
        <translation>Tués ou blessés</translation>
    </message>
    <message>
        <source>Kidnappings</source>
        <translation>Enlèvements</translation>
    </message>
    <message>
        <source>Reported rapes</source>
        <translation>Viols signalés</translation>
    </message>
    <message>
        <source>Displaced people</source>
        <translation>Personnes déplacées</translation>
    </message>
    <message>
        <source>Security personnel</source>
        <translation>Personnel de sécurité</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Area under gang control</source>
        <translation>Zone sous contrôle des gangs</translation>
    </message>
    <message>
        <source>Contributing countries</source>
        <translation>Pays contributeurs</translation>
    </message>
    <message>
        <source>Signatory countries</source>
        <translation>Pays signataires</translation>
    </message>
    <message>
        <source>Share of the parent figure</source>
        <translation>Part du chiffre parent</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>January</source>
        <comment>long month</comment>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <comment>long month</comment>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <comment>long month</comment>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <comment>long month</comment>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <comment>long month</comment>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <comment>long month</comment>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <comment>long month</comment>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <comment>long month</comment>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <comment>long month</comment>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <comment>long month</comment>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <comment>long month</comment>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <comment>long month</comment>
        <translation>décembre</translation>
    </message>
    <message>
        <source>empty date</source>
        <translation>date vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: attendu AAAA, AAAA-MM ou AAAA-MM-JJ, suivi éventuellement de ~</translation>
    </message>
    <message>
        <source>year %1 is out of range (0001-9999)</source>
        <translation>l’année %1 est hors limites (0001-9999)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: seasons (months 21-24) are not supported</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les saisons (mois 21 à 24) ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: month %2 does not exist</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le mois %2 n’existe pas</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 %3 has no day %4</source>
        <comment>the date as typed: a month, a year, a day</comment>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 %3 n’a pas de jour %4</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>%1 (expected)</source>
        <comment>a date</comment>
        <translation>%1 (prévu)</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <comment>a date</comment>
        <translation>%1 (proposé)</translation>
    </message>
    <message>
        <source>← %1, before these dates</source>
        <comment>a date left of the chart</comment>
        <translation>← %1, avant ces dates</translation>
    </message>
    <message>
        <source>%1, after these dates →</source>
        <comment>a date right of the chart</comment>
        <translation>%1, après ces dates →</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Crisis Timeline handout</source>
        <translation>Document Crisis Timeline</translation>
    </message>
    <message>
        <source>%1%2 of %3</source>
        <comment>a title, the step, the number of steps</comment>
        <translation>%1%2 sur %3</translation>
    </message>
    <message>
        <source> (date inferred)</source>
        <translation> (date déduite)</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Open the list</source>
        <translation>Ouvrir la liste</translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>Expected: %1</source>
        <comment>an event&apos;s title</comment>
        <translation>Prévu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <comment>an event&apos;s title</comment>
        <translation>Proposé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>crisis::ui::ChartPanel</name>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show the whole date range (drag over the chart to zoom in)</source>
        <translation>Afficher toute la période (faites glisser sur le graphique pour zoomer)</translation>
    </message>
    <message>
        <source>Per 30 days</source>
        <translation>Par 30 jours</translation>
    </message>
    <message>
        <source>Total reported for the period</source>
        <translation>Total rapporté pour la période</translation>
    </message>
    <message>
        <source>Show each report as a rate per 30 days, or as the total it gives for its period</source>
        <translation>Afficher chaque rapport en taux sur 30 jours, ou le total qu’il donne pour sa période</translation>
    </message>
    <message>
        <source>Casualty measure</source>
        <translation>Mesure des victimes</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Moins</translation>
    </message>
    <message numerus="yes">
        <source>All %n sources</source>
        <translation>
            <numerusform>La source</numerusform>
            <numerusform>Les %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> &amp;nbsp; &lt;i&gt;and %n more&lt;/i&gt;</source>
        <translation>
            <numerusform> &amp;nbsp; &lt;i&gt;et %n autre&lt;/i&gt;</numerusform>
            <numerusform> &amp;nbsp; &lt;i&gt;et %n autres&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sources&lt;/b&gt; </source>
        <translation>&lt;b&gt;Sources&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;i&gt;No figures for this chart in the open database, or in the date range chosen.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun chiffre pour ce graphique dans la base ouverte ou sur la période choisie.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>crisis::ui::ChartView</name>
    <message>
        <source>Drag across the chart to zoom into those dates; click a point for its source</source>
        <translation>Faites glisser sur le graphique pour zoomer sur ces dates&#xa0;; cliquez sur un point pour voir sa source</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source> (billions)</source>
        <translation> (milliards)</translation>
    </message>
    <message>
        <source> (millions)</source>
        <translation> (millions)</translation>
    </message>
    <message>
        <source> (thousands)</source>
        <translation> (milliers)</translation>
    </message>
    <message>
        <source>Stated part</source>
        <translation>Part indiquée</translation>
    </message>
    <message>
        <source>%1 (stated part)</source>
        <translation>%1 (part indiquée)</translation>
    </message>
    <message>
        <source>≠ Reports that disagree (both shown)</source>
        <translation>≠ Rapports divergents (les deux montrés)</translation>
    </message>
    <message>
        <source>Shortfall (computed by us, not reported)</source>
        <translation>Déficit (calculé par nous, non rapporté)</translation>
    </message>
    <message>
        <source>Computed, not reported: %1.</source>
        <translation>Calculé, non rapporté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not labelled for lack of room: %1</source>
        <translation>Sans étiquette faute de place&#xa0;: %1</translation>
    </message>
    <message>
        <source>inferred: %1</source>
        <translation>déduit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another report at this time gives a different value.</source>
        <translation>Un autre rapport à cette date donne une valeur différente.</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source>No room on the chart for these events: %1</source>
        <translation>Pas de place sur le graphique pour ces événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>and one more event, on the timeline</source>
        <translation>et un autre événement, sur la chronologie</translation>
    </message>
    <message numerus="yes">
        <source>and %n more events, on the timeline</source>
        <translation>
            <numerusform>et %n autre événement, sur la chronologie</numerusform>
            <numerusform>et %n autres événements, sur la chronologie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crisis::ui::ConflictDialog</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Someone else changed this record</source>
        <translation>Quelqu’un d’autre a modifié cette fiche</translation>
    </message>
    <message>
        <source>Compare their version with yours, then keep one, or merge them in the editor.</source>
        <translation>Comparez sa version à la vôtre, puis gardez-en une ou fusionnez-les dans l’éditeur.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>Their version and yours, field by field</source>
        <translation>Sa version et la vôtre, champ par champ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La sienne</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (diffère)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder la &amp;sienne</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>&amp;Delete anyway</source>
        <translation>Supprimer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualificatif</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Period inferred</source>
        <translation>Période déduite</translation>
    </message>
    <message>
        <source>Why inferred</source>
        <translation>Raison de la déduction</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapporté le</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Partie de</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Sous-groupe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Quote offset</source>
        <translation>Position de la citation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Published inferred</source>
        <translation>Date de publication déduite</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>crisis::ui::DateFilterEdit</name>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>A year, a year and month, or a day: 2024, 2024-03, 2024-03-15; empty for any date</source>
        <translation>Une année, un mois ou un jour&#xa0;: 2024, 2024-03, 2024-03-15&#xa0;; vide pour toutes les dates</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Choose the From date on a calendar</source>
        <translation>Choisir la date de début dans un calendrier</translation>
    </message>
    <message>
        <source>Choose the To date on a calendar</source>
        <translation>Choisir la date de fin dans un calendrier</translation>
    </message>
</context>
<context>
    <name>crisis::ui::EventDialog</name>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>Déduite</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ajo&amp;uter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Enle&amp;ver</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Edit Event %1</source>
        <translation>Modifier l’événement %1</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Ce qui s’est passé, en quelques mots</translation>
    </message>
    <message>
        <source>e.g. 2024-06-25 or 2024-06/2024-09</source>
        <translation>ex. 2024-06-25 ou 2024-06/2024-09</translation>
    </message>
    <message>
        <source>When it happened, in EDTF: YYYY, YYYY-MM or YYYY-MM-DD, an interval as start/end, ~ for approximate</source>
        <translation>Quand cela s’est passé, en EDTF&#xa0;: AAAA, AAAA-MM ou AAAA-MM-JJ, un intervalle en début/fin, ~ si approximatif</translation>
    </message>
    <message>
        <source>How the date was inferred (required when inferred)</source>
        <translation>Comment la date a été déduite (obligatoire si déduite)</translation>
    </message>
    <message>
        <source>Occurred: it happened. Expected: announced as due (its date is the period it is expected over). Proposed: sought or recommended, not decided.</source>
        <translation>Survenu&#xa0;: cela a eu lieu. Prévu&#xa0;: annoncé comme attendu (sa date est la période où il est attendu). Proposé&#xa0;: demandé ou recommandé, non décidé.</translation>
    </message>
    <message>
        <source>Comma separated, e.g. Kenya, UN Security Council</source>
        <translation>Séparés par des virgules, ex. Kenya, Conseil de sécurité de l’ONU</translation>
    </message>
    <message>
        <source>e.g. Port-au-Prince</source>
        <translation>ex. Port-au-Prince</translation>
    </message>
    <message>
        <source>The charts that mark this event</source>
        <translation>Les graphiques qui signalent cet événement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>The quotes the event rests on, each with its source</source>
        <translation>Les citations sur lesquelles repose l’événement, chacune avec sa source</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The words of the source that state the event, verbatim</source>
        <translation>Les mots de la source qui énoncent l’événement, tels quels</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Where the quote starts in the document&apos;s text, in characters from 0</source>
        <translation>Où commence la citation dans le texte du document, en caractères à partir de 0</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>St&amp;atut</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>Act&amp;eurs</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>Citatio&amp;n</translation>
    </message>
    <message>
        <source>O&amp;ffset</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>Give the event an id.</source>
        <translation>Donnez un identifiant à l’événement.</translation>
    </message>
    <message>
        <source>The id “%1” may hold only letters, digits, dots, dashes and underscores.</source>
        <translation>L’identifiant «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres, des points, des tirets et des tirets bas.</translation>
    </message>
    <message>
        <source>There is already an event %1: choose another id.</source>
        <translation>Il existe déjà un événement %1&#xa0;: choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Donnez un titre à l’événement.</translation>
    </message>
    <message>
        <source>Give the date of the event, or the period it spans, e.g. 2024-06-25 or 2024-06/2024-09.</source>
        <translation>Indiquez la date de l’événement ou sa période, ex. 2024-06-25 ou 2024-06/2024-09.</translation>
    </message>
    <message>
        <source>The date is not valid: %1.</source>
        <translation>La date n’est pas valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Say how the date was inferred, since the sources do not state it.</source>
        <translation>Dites comment la date a été déduite, puisque les sources ne l’indiquent pas.</translation>
    </message>
    <message>
        <source>Cite at least one source: add a citation with its quote.</source>
        <translation>Citez au moins une source&#xa0;: ajoutez une référence avec sa citation.</translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation>Référence %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>choose the source that states the event.</source>
        <translation>choisissez la source qui énonce l’événement.</translation>
    </message>
    <message>
        <source>quote the words of the source that state the event.</source>
        <translation>citez les mots de la source qui énoncent l’événement.</translation>
    </message>
    <message>
        <source>the quote is not in %1.</source>
        <translation>la citation ne figure pas dans %1.</translation>
    </message>
    <message>
        <source>Moved the offset of citation %1 from %2 to %3, where the quote stands in %4.</source>
        <translation>Position de la référence %1 déplacée de %2 à %3, là où figure la citation dans %4.</translation>
    </message>
    <message>
        <source>No citation yet: add one.</source>
        <translation>Aucune référence&#xa0;: ajoutez-en une.</translation>
    </message>
</context>
<context>
    <name>crisis::ui::EventTableModel</name>
    <message>
        <source>Inferred: %1</source>
        <translation>Déduite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (déduite)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>crisis::ui::ExportDialog</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Numbered sources</source>
        <translation>Sources numérotées</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Lanes where every title fits, else a list</source>
        <translation>Couloirs si chaque titre y tient, sinon une liste</translation>
    </message>
    <message>
        <source>Lanes by category</source>
        <translation>Couloirs par catégorie</translation>
    </message>
    <message>
        <source>List: date, title, status</source>
        <translation>Liste&#xa0;: date, titre, statut</translation>
    </message>
    <message>
        <source>The chart&apos;s own title</source>
        <translation>Le titre du graphique</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>Ta&amp;ille</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>É&amp;chelle</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Brief Pack…</source>
        <translation>Dossier de &amp;synthèse…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>A folder with the PNG, an alt-text draft and a CSV of the plotted points</source>
        <translation>Un dossier avec le PNG, un projet de texte alternatif et un CSV des points tracés</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Brief Pack Folder</source>
        <translation>Dossier de synthèse&#xa0;: emplacement</translation>
    </message>
    <message>
        <source>Brief Pack</source>
        <translation>Dossier de synthèse</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>%1 × %2 pixels: too large (at most %3 a side and %4 million in all)</source>
        <translation>%1 × %2 pixels&#xa0;: trop grand (au plus %3 par côté et %4 millions au total)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>drawn at %1 × %2, scales without loss</source>
        <translation>dessiné à %1 × %2, s’agrandit sans perte</translation>
    </message>
    <message>
        <source>Dates shown and “as of” date</source>
        <translation>Dates affichées et date «&#xa0;au&#xa0;»</translation>
    </message>
</context>
<context>
    <name>crisis::ui::FigureDialog</name>
    <message>
        <source>Inferred</source>
        <translation>Déduite</translation>
    </message>
    <message>
        <source>Keep anyway</source>
        <translation>Garder quand même</translation>
    </message>
    <message>
        <source>New Figure</source>
        <translation>Nouveau chiffre</translation>
    </message>
    <message>
        <source>Edit Figure %1</source>
        <translation>Modifier le chiffre %1</translation>
    </message>
    <message>
        <source>%1 (%2, in %3)</source>
        <translation>%1 (%2, en %3)</translation>
    </message>
    <message>
        <source>counted over a period</source>
        <translation>compté sur une période</translation>
    </message>
    <message>
        <source>held at a date</source>
        <translation>valable à une date</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>e.g. 2,728 or 1.5e6</source>
        <translation>ex. 2,728 ou 1.5e6</translation>
    </message>
    <message>
        <source>Haiti, Kenya, MSS, …</source>
        <translation>Haïti, Kenya, MMAS, …</translation>
    </message>
    <message>
        <source>e.g. 2023-09 or 2022-10/2023-06</source>
        <translation>ex. 2023-09 ou 2022-10/2023-06</translation>
    </message>
    <message>
        <source>The period a count covers, or the date a level holds at, in EDTF: YYYY, YYYY-MM or YYYY-MM-DD, an interval as start/end, ~ for approximate</source>
        <translation>La période que couvre un décompte, ou la date d’un niveau, en EDTF&#xa0;: AAAA, AAAA-MM ou AAAA-MM-JJ, un intervalle en début/fin, ~ si approximatif</translation>
    </message>
    <message>
        <source>How the period was inferred (required when inferred)</source>
        <translation>Comment la période a été déduite (obligatoire si déduite)</translation>
    </message>
    <message>
        <source>optional, e.g. 2023-09~</source>
        <translation>facultatif, ex. 2023-09~</translation>
    </message>
    <message>
        <source>optional: the id of the figure this one breaks down</source>
        <translation>facultatif&#xa0;: l’identifiant du chiffre que celui-ci détaille</translation>
    </message>
    <message>
        <source>e.g. women, from Kenya</source>
        <translation>ex. femmes, venus du Kenya</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The sentence or phrase that states the figure, verbatim</source>
        <translation>La phrase ou l’expression qui énonce le chiffre, telle quelle</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Where the quote starts in the document&apos;s text, in characters from 0</source>
        <translation>Où commence la citation dans le texte du document, en caractères à partir de 0</translation>
    </message>
    <message>
        <source>Save the figure although its quote does not write its value</source>
        <translation>Enregistrer le chiffre bien que sa citation n’écrive pas sa valeur</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>Indi&amp;cateur</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>Su&amp;jet</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Pé&amp;riode</translation>
    </message>
    <message>
        <source>&amp;Reported</source>
        <translation>Rapporté l&amp;e</translation>
    </message>
    <message>
        <source>Breaks &amp;down</source>
        <translation>&amp;Détaille</translation>
    </message>
    <message>
        <source>Sub&amp;group</source>
        <translation>Sous-&amp;groupe</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>Citatio&amp;n</translation>
    </message>
    <message>
        <source>O&amp;ffset</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Give the figure an id.</source>
        <translation>Donnez un identifiant au chiffre.</translation>
    </message>
    <message>
        <source>The id “%1” may hold only letters, digits, dots, dashes and underscores.</source>
        <translation>L’identifiant «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres, des points, des tirets et des tirets bas.</translation>
    </message>
    <message>
        <source>There is already a figure %1: choose another id.</source>
        <translation>Il existe déjà un chiffre %1&#xa0;: choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>Choose what the figure measures.</source>
        <translation>Choisissez ce que mesure le chiffre.</translation>
    </message>
    <message>
        <source>Give the value in digits, e.g. 2,728.</source>
        <translation>Donnez la valeur en chiffres, ex. 2,728.</translation>
    </message>
    <message>
        <source>The value “%1” is not a number: write it in digits, e.g. 2,728, 1.5 or 1.5e6.</source>
        <translation>La valeur «&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;: écrivez-la en chiffres, ex. 2,728, 1.5 ou 1.5e6.</translation>
    </message>
    <message>
        <source>%1 cannot be negative: it is a count.</source>
        <translation>%1 ne peut pas être négatif&#xa0;: c’est un décompte.</translation>
    </message>
    <message>
        <source>“%1” is not a qualifier we know: choose one from the list, or none.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un qualificatif connu&#xa0;: choisissez-en un dans la liste, ou aucun.</translation>
    </message>
    <message>
        <source>Say whom or what the figure is about (the subject).</source>
        <translation>Dites qui ou quoi le chiffre concerne (le sujet).</translation>
    </message>
    <message>
        <source>Give the period the figure covers or the date it holds at, e.g. 2023-09 or 2022-10/2023-06.</source>
        <translation>Indiquez la période que couvre le chiffre ou la date à laquelle il vaut, ex. 2023-09 ou 2022-10/2023-06.</translation>
    </message>
    <message>
        <source>The period is not valid: %1.</source>
        <translation>La période n’est pas valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Say how the period was inferred, since the source does not state it.</source>
        <translation>Dites comment la période a été déduite, puisque la source ne l’indique pas.</translation>
    </message>
    <message>
        <source>The report date is not valid: %1.</source>
        <translation>La date du rapport n’est pas valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give the report date that was inferred, or untick “Inferred”.</source>
        <translation>Indiquez la date du rapport qui a été déduite, ou décochez «&#xa0;Déduite&#xa0;».</translation>
    </message>
    <message>
        <source>A figure cannot break itself down: choose another parent or none.</source>
        <translation>Un chiffre ne peut pas se détailler lui-même&#xa0;: choisissez un autre parent, ou aucun.</translation>
    </message>
    <message>
        <source>There is no figure %1 for this one to break down.</source>
        <translation>Il n’y a pas de chiffre %1 que celui-ci puisse détailler.</translation>
    </message>
    <message>
        <source>%1 already breaks %2 down, so it cannot be its parent.</source>
        <translation>%1 détaille déjà %2&#xa0;: il ne peut pas en être le parent.</translation>
    </message>
    <message>
        <source>Say which part of %1 this figure counts (the subgroup).</source>
        <translation>Dites quelle partie de %1 ce chiffre compte (le sous-groupe).</translation>
    </message>
    <message>
        <source>Choose the source that states the figure.</source>
        <translation>Choisissez la source qui énonce le chiffre.</translation>
    </message>
    <message>
        <source>Quote the words of the source that state the figure.</source>
        <translation>Citez les mots de la source qui énoncent le chiffre.</translation>
    </message>
    <message>
        <source>The quote is not in %1.</source>
        <translation>La citation ne figure pas dans %1.</translation>
    </message>
    <message>
        <source>Moved the offset from %1 to %2, where the quote stands in %3.</source>
        <translation>Position déplacée de %1 à %2, là où figure la citation dans %3.</translation>
    </message>
    <message>
        <source>The quote does not write the value %1. Correct the value or the quote, or tick “Keep anyway”.</source>
        <translation>La citation n’écrit pas la valeur %1. Corrigez la valeur ou la citation, ou cochez «&#xa0;Garder quand même&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (1 day)</source>
        <translation>%1 (1 jour)</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 jours)</translation>
    </message>
    <message>
        <source>No such figure.</source>
        <translation>Ce chiffre n’existe pas.</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>The word before the number, as the source writes it (“over”, “about”)</source>
        <translation>Le mot devant le nombre, tel que la source l’écrit («&#xa0;plus de&#xa0;», «&#xa0;environ&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>crisis::ui::FigureTableModel</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Conflicting reports: another report gives %1.</source>
        <translation>Rapports divergents&#xa0;: un autre rapport donne %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Inferred: %1</source>
        <translation>Déduite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (déduite)</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Date ou période</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
</context>
<context>
    <name>crisis::ui::FilterPanel</name>
    <message>
        <source>Quotes, subjects, sources, values…</source>
        <translation>Citations, sujets, sources, valeurs…</translation>
    </message>
    <message>
        <source>Events that occurred, or those expected (announced as due) or proposed (sought, not decided)</source>
        <translation>Événements survenus, ou prévus (annoncés comme attendus) ou proposés (demandés, non décidés)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Shows every record again</source>
        <translation>Affiche de nouveau toutes les fiches</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Event stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Indicateur</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>Su&amp;jet</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>S&amp;ource</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Search filter</source>
        <translation>Filtre de recherche</translation>
    </message>
    <message>
        <source>Shows the records whose quotes, subjects, sources or values contain the words typed</source>
        <translation>Affiche les fiches dont les citations, sujets, sources ou valeurs contiennent les mots saisis</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toutes les dates</translation>
    </message>
    <message>
        <source>From date filter</source>
        <translation>Filtre de date de début</translation>
    </message>
    <message>
        <source>The earliest date shown; type a year, a year and month, or a full date (2024, 2024-03, 2024-03-15)</source>
        <translation>La première date affichée&#xa0;; saisissez une année, un mois ou une date complète (2024, 2024-03, 2024-03-15)</translation>
    </message>
    <message>
        <source>To date filter</source>
        <translation>Filtre de date de fin</translation>
    </message>
    <message>
        <source>The latest date shown; type a year, a year and month, or a full date (2024, 2024-03, 2024-03-15)</source>
        <translation>La dernière date affichée&#xa0;; saisissez une année, un mois ou une date complète (2024, 2024-03, 2024-03-15)</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>toutes les catégories</translation>
    </message>
    <message>
        <source>Shows the events of one category</source>
        <translation>Affiche les événements d’une catégorie</translation>
    </message>
    <message>
        <source>Event status filter</source>
        <translation>Filtre de statut d’événement</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>tous les statuts</translation>
    </message>
    <message>
        <source>Metric filter</source>
        <translation>Filtre d’indicateur</translation>
    </message>
    <message>
        <source>all metrics</source>
        <translation>tous les indicateurs</translation>
    </message>
    <message>
        <source>Shows the figures of one metric</source>
        <translation>Affiche les chiffres d’un indicateur</translation>
    </message>
    <message>
        <source>Subject filter</source>
        <translation>Filtre de sujet</translation>
    </message>
    <message>
        <source>all subjects</source>
        <translation>tous les sujets</translation>
    </message>
    <message>
        <source>Shows the figures about one subject</source>
        <translation>Affiche les chiffres sur un sujet</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message>
        <source>all sources</source>
        <translation>toutes les sources</translation>
    </message>
    <message>
        <source>Shows the records from one source</source>
        <translation>Affiche les fiches d’une source</translation>
    </message>
</context>
<context>
    <name>crisis::ui::HistoryDialog</name>
    <message>
        <source>1 figure</source>
        <translation>1 chiffre</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 chiffres</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 source</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 sources</translation>
    </message>
    <message>
        <source>1 story</source>
        <translation>1 récit</translation>
    </message>
    <message>
        <source>%1 stories</source>
        <translation>%1 récits</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Changes saved to %1, newest first</source>
        <translation>Modifications enregistrées dans %1, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>replaced everything</source>
        <translation>tout remplacé</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajout&#xa0;: %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>suppression&#xa0;: %1</translation>
    </message>
    <message>
        <source>No change saved yet.</source>
        <translation>Aucune modification enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>1 change saved.</source>
        <translation>1 modification enregistrée.</translation>
    </message>
    <message>
        <source>%1 changes saved, newest first.</source>
        <translation>%1 modifications enregistrées, les plus récentes d’abord.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Impossible de lire l’historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>What the selected change did to each record&apos;s fields</source>
        <translation>Ce que la modification choisie a fait aux champs de chaque fiche</translation>
    </message>
    <message>
        <source>Select a change to see its records&apos; values before and after.</source>
        <translation>Choisissez une modification pour voir les valeurs de ses fiches avant et après.</translation>
    </message>
    <message>
        <source>%1 %2, removed; it held:</source>
        <translation>%1 %2, supprimé(e)&#xa0;; ses valeurs avant&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2, changed:</source>
        <translation>%1 %2, modifié(e)&#xa0;:</translation>
    </message>
    <message>
        <source>  saved with the same values</source>
        <translation>  enregistré(e) avec les mêmes valeurs</translation>
    </message>
    <message>
        <source>This change added records: their values are what their next change shows before it, or what they hold now.</source>
        <translation>Cette modification a ajouté des fiches&#xa0;: leurs valeurs sont celles que leur modification suivante montre avant elle, ou celles qu’elles ont aujourd’hui.</translation>
    </message>
    <message>
        <source>No values were kept of this change&apos;s records.</source>
        <translation>Aucune valeur des fiches de cette modification n’a été gardée.</translation>
    </message>
</context>
<context>
    <name>crisis::ui::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Find out from the content</source>
        <translation>Déterminer d’après le contenu</translation>
    </message>
    <message>
        <source>Crisis Timeline JSON</source>
        <translation>JSON Crisis Timeline</translation>
    </message>
    <message>
        <source>CSV with HXL hashtags</source>
        <translation>CSV avec étiquettes HXL</translation>
    </message>
    <message>
        <source>TimelineJS sheet or JSON</source>
        <translation>Feuille ou JSON TimelineJS</translation>
    </message>
    <message>
        <source>Table (choose the columns)</source>
        <translation>Tableau (choisir les colonnes)</translation>
    </message>
    <message>
        <source>Article (review the figures found)</source>
        <translation>Article (vérifier les chiffres trouvés)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Trouvé&#xa0;:</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Ce qui sera importé</translation>
    </message>
    <message>
        <source>Skip what was imported before from a file of this name</source>
        <translation>Ignorer ce qui a déjà été importé d’un fichier de ce nom</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The records the file gives, one a row</source>
        <translation>Les fiches que donne le fichier, une par ligne</translation>
    </message>
    <message>
        <source>What the file gets wrong, with its line and column</source>
        <translation>Ce qui ne va pas dans le fichier, avec sa ligne et sa colonne</translation>
    </message>
    <message>
        <source>Value columns</source>
        <translation>Colonnes de valeurs</translation>
    </message>
    <message>
        <source>The columns that hold values (several for a wide table)</source>
        <translation>Les colonnes qui contiennent des valeurs (plusieurs pour un tableau large)</translation>
    </message>
    <message>
        <source>The file&apos;s table</source>
        <translation>Le tableau du fichier</translation>
    </message>
    <message>
        <source>The file&apos;s first rows, as read</source>
        <translation>Les premières lignes du fichier, telles que lues</translation>
    </message>
    <message>
        <source>Figures found in the article</source>
        <translation>Chiffres trouvés dans l’article</translation>
    </message>
    <message>
        <source>Check those to import and correct any cell; Tab leaves the table</source>
        <translation>Cochez ceux à importer et corrigez les cellules au besoin&#xa0;; Tab quitte le tableau</translation>
    </message>
    <message>
        <source>Which columns hold what</source>
        <translation>Quelle colonne contient quoi</translation>
    </message>
    <message>
        <source>Date (year, ISO date or EDTF):</source>
        <translation>Date (année, date ISO ou EDTF)&#xa0;:</translation>
    </message>
    <message>
        <source>or Year:</source>
        <translation>ou Année&#xa0;:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mois&#xa0;:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>A metric of the database, or a new one written key:flow or key:stock</source>
        <translation>Un indicateur de la base, ou un nouveau écrit clé:flow ou clé:stock</translation>
    </message>
    <message>
        <source>or Metric column:</source>
        <translation>ou Colonne d’indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>Values (several for a wide table):</source>
        <translation>Valeurs (plusieurs pour un tableau large)&#xa0;:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>The database cannot be read.</source>
        <translation>Impossible de lire la base de données.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>(from the value columns&apos; names)</source>
        <translation>(d’après les noms des colonnes de valeurs)</translation>
    </message>
    <message numerus="yes">
        <source>a plain-text article: %n figure(s) proposed</source>
        <translation>
            <numerusform>un article en texte brut&#xa0;: %n chiffre proposé</numerusform>
            <numerusform>un article en texte brut&#xa0;: %n chiffres proposés</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing we can import yet</source>
        <translation>rien d’importable pour l’instant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Metric or title</source>
        <translation>Indicateur ou titre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Subject or category</source>
        <translation>Sujet ou catégorie</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nouveau)</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>Nothing new: everything in the file was imported before.</source>
        <translation>Rien de nouveau&#xa0;: tout le contenu du fichier a déjà été importé.</translation>
    </message>
    <message>
        <source>Will import %1 figures, %2 events and %3 new sources, all in one step (Edit → Undo takes it back).%4</source>
        <translation>Importera %1 chiffres, %2 événements et %3 nouvelles sources, en une seule étape (Édition → Annuler la défait).%4</translation>
    </message>
    <message>
        <source> The first %1 are listed.</source>
        <translation> Les %1 premiers sont listés.</translation>
    </message>
    <message>
        <source>Nothing can be imported until the problems below are solved.</source>
        <translation>Rien ne peut être importé tant que les problèmes ci-dessous ne sont pas résolus.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is not text in an encoding Crisis Timeline reads.</source>
        <translation>Le fichier n’est pas du texte dans un encodage que Crisis Timeline lit.</translation>
    </message>
    <message>
        <source>The file breaks the rules of its format here.</source>
        <translation>Le fichier enfreint ici les règles de son format.</translation>
    </message>
    <message>
        <source>Larger than Crisis Timeline reads.</source>
        <translation>Trop grand pour Crisis Timeline.</translation>
    </message>
    <message>
        <source>Not a format Crisis Timeline imports.</source>
        <translation>Format non importable par Crisis Timeline.</translation>
    </message>
    <message>
        <source>Something that must be given is missing.</source>
        <translation>Une information obligatoire manque.</translation>
    </message>
    <message>
        <source>A value that is not allowed here.</source>
        <translation>Une valeur non autorisée ici.</translation>
    </message>
    <message>
        <source>A date that cannot be read.</source>
        <translation>Une date illisible.</translation>
    </message>
    <message>
        <source>Which column holds what cannot be told.</source>
        <translation>Impossible de dire quelle colonne contient quoi.</translation>
    </message>
    <message>
        <source>It names a record or metric that does not exist.</source>
        <translation>Il nomme une fiche ou un indicateur qui n’existe pas.</translation>
    </message>
    <message>
        <source>An id given twice, or one the database has already.</source>
        <translation>Un identifiant donné deux fois, ou déjà présent dans la base.</translation>
    </message>
    <message>
        <source>Two descriptions of one record differ.</source>
        <translation>Deux descriptions d’une même fiche diffèrent.</translation>
    </message>
    <message>
        <source>A figure would be a part of itself.</source>
        <translation>Un chiffre serait une partie de lui-même.</translation>
    </message>
    <message>
        <source>Other records still need it.</source>
        <translation>D’autres fiches en ont encore besoin.</translation>
    </message>
    <message>
        <source>The quote does not stand in its source&apos;s text.</source>
        <translation>La citation ne figure pas dans le texte de sa source.</translation>
    </message>
    <message>
        <source>Nothing in the file can be imported.</source>
        <translation>Rien dans le fichier ne peut être importé.</translation>
    </message>
    <message>
        <source>Left out of the import.</source>
        <translation>Laissé hors de l’import.</translation>
    </message>
    <message>
        <source>Imported before from a file of this name.</source>
        <translation>Déjà importé d’un fichier de ce nom.</translation>
    </message>
    <message>
        <source>A new metric is added with the import.</source>
        <translation>Un nouvel indicateur est ajouté avec l’import.</translation>
    </message>
    <message>
        <source>More problems than are listed.</source>
        <translation>Plus de problèmes que ceux listés.</translation>
    </message>
    <message>
        <source>A file or the database could not be read or written.</source>
        <translation>Un fichier ou la base n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Figures found in the article: check those to import, correct any cell</source>
        <translation>Chiffres trouvés dans l’article&#xa0;: cochez ceux à importer, corrigez les cellules au besoin</translation>
    </message>
    <message>
        <source>e.g. 2024-09-22 (optional)</source>
        <translation>ex. 2024-09-22 (facultatif)</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publié le&#xa0;:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualificatif</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Period (EDTF)</source>
        <translation>Période (EDTF)</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Sure: the value, metric, subject and period are stated where it stands.</source>
        <translation>Sûr&#xa0;: la valeur, l’indicateur, le sujet et la période sont énoncés là où il figure.</translation>
    </message>
    <message>
        <source>To review: %1.</source>
        <translation>À vérifier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Part of %1: %2.</source>
        <translation>Partie de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No metric found: type one of %1</source>
        <translation>Aucun indicateur trouvé&#xa0;: saisissez l’un de %1</translation>
    </message>
    <message>
        <source>Inferred: %1</source>
        <translation>Déduite&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>“%1” is not a date or period: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni une date ni une période&#xa0;: %2</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publié le&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>crisis::ui::Labels</name>
    <message>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>promis</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>proposed target</source>
        <translation>objectif proposé</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <source>occurred</source>
        <translation>survenu</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>Expected: announced as due, not reported as done.</source>
        <translation>Prévu&#xa0;: annoncé comme attendu, non signalé comme réalisé.</translation>
    </message>
    <message>
        <source>Proposed: sought or recommended, not decided.</source>
        <translation>Proposé&#xa0;: demandé ou recommandé, non décidé.</translation>
    </message>
    <message>
        <source>Security deployment</source>
        <translation>Déploiement sécuritaire</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Humanitarian</source>
        <translation>Humanitaire</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Diplomatic</source>
        <translation>Diplomatique</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1: %2 (share)</source>
        <translation>%1&#xa0;: %2 (part)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Outlet not stated</source>
        <translation>Média non indiqué</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>inferred: %1</source>
        <translation>déduit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>crisis::ui::MainWindow</name>
    <message>
        <source>Loading %p%</source>
        <translation>Chargement %p %</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel opening</source>
        <translation>Annuler l’ouverture</translation>
    </message>
    <message>
        <source>%1 is back: showing what it holds now</source>
        <translation>%1 est de retour&#xa0;: affichage de son contenu actuel</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Ouverture annulée</translation>
    </message>
    <message>
        <source>Crisis Timeline</source>
        <translation>Crisis Timeline</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>The charts and the timeline; Ctrl+Tab moves to the next view</source>
        <translation>Les graphiques et la chronologie&#xa0;; Ctrl+Tab passe à la vue suivante</translation>
    </message>
    <message>
        <source>The charts and the timeline</source>
        <translation>Les graphiques et la chronologie</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Graphique %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>The figures and the events the filters show, as tables</source>
        <translation>Les chiffres et les événements que montrent les filtres, en tableaux</translation>
    </message>
    <message>
        <source>Record tables</source>
        <translation>Tableaux des fiches</translation>
    </message>
    <message>
        <source>Figures or events</source>
        <translation>Chiffres ou événements</translation>
    </message>
    <message>
        <source>Figures table</source>
        <translation>Tableau des chiffres</translation>
    </message>
    <message>
        <source>Every figure the filters show: its date, metric, subject, value and source. Enter or a click shows its source; Tab leaves the table</source>
        <translation>Chaque chiffre que montrent les filtres&#xa0;: date, indicateur, sujet, valeur et source. Entrée ou un clic montre sa source&#xa0;; Tab quitte le tableau</translation>
    </message>
    <message>
        <source>Events table</source>
        <translation>Tableau des événements</translation>
    </message>
    <message>
        <source>Every event the filters show: its date, category, title, location and sources. Enter or a click shows its source; Tab leaves the table</source>
        <translation>Chaque événement que montrent les filtres&#xa0;: date, catégorie, titre, lieu et sources. Entrée ou un clic montre sa source&#xa0;; Tab quitte le tableau</translation>
    </message>
    <message>
        <source>Source of the selected record</source>
        <translation>Source de la fiche sélectionnée</translation>
    </message>
    <message>
        <source>The quote, the source and the records it supports, of the figure or event selected</source>
        <translation>La citation, la source et les fiches qu’elle étaye, pour le chiffre ou l’événement sélectionné</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>%1 panel</source>
        <translation>Panneau %1</translation>
    </message>
    <message>
        <source>F6 moves to the next panel</source>
        <translation>F6 passe au panneau suivant</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>Ouvrir une &amp;base d’équipe…</translation>
    </message>
    <message>
        <source>Open a dataset a desk shares on a PostgreSQL server</source>
        <translation>Ouvrir un jeu de données partagé par une rédaction sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>Export &amp;Brief Pack…</source>
        <translation>Exporter le dossier de &amp;synthèse…</translation>
    </message>
    <message>
        <source>Export Story &amp;Handout…</source>
        <translation>Exporter le &amp;document du récit…</translation>
    </message>
    <message>
        <source>&amp;Print Chart…</source>
        <translation>Imprimer le &amp;graphique…</translation>
    </message>
    <message>
        <source>Print &amp;Table…</source>
        <translation>Imprimer le &amp;tableau…</translation>
    </message>
    <message>
        <source>Print Table</source>
        <translation>Imprimer le tableau</translation>
    </message>
    <message>
        <source>The table has %1 rows as filtered. Print them all?</source>
        <translation>Le tableau filtré compte %1 lignes. Les imprimer toutes&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>&amp;Modifier la sélection…</translation>
    </message>
    <message>
        <source>Edit &amp;Source of Selected…</source>
        <translation>Modifier la so&amp;urce de la sélection…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete Source of Selected</source>
        <translation>Supprimer la source de la sélection</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Figure…</source>
        <translation>&amp;Chiffre…</translation>
    </message>
    <message>
        <source>&amp;Event…</source>
        <translation>&amp;Événement…</translation>
    </message>
    <message>
        <source>&amp;Source…</source>
        <translation>&amp;Source…</translation>
    </message>
    <message>
        <source>Source &amp;Texts Folder…</source>
        <translation>Dossier des &amp;textes sources…</translation>
    </message>
    <message>
        <source>Where the source documents are</source>
        <translation>Emplacement des documents sources</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every change saved to the team database: who, when and what</source>
        <translation>Chaque modification enregistrée dans la base d’équipe&#xa0;: qui, quand et quoi</translation>
    </message>
    <message>
        <source>History of Se&amp;lected…</source>
        <translation>Historique de la sé&amp;lection…</translation>
    </message>
    <message>
        <source>Select a figure or an event to see its history</source>
        <translation>Sélectionnez un chiffre ou un événement pour voir son historique</translation>
    </message>
    <message>
        <source>&amp;Copy Record with Its Source</source>
        <translation>&amp;Copier la fiche avec sa source</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>Copier le &amp;graphique</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Add Events to Story</source>
        <translation>A&amp;jouter les événements au récit</translation>
    </message>
    <message>
        <source>Add the selected events to the story chosen in the Story panel</source>
        <translation>Ajouter les événements sélectionnés au récit choisi dans le panneau Récit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Pré&amp;senter</translation>
    </message>
    <message>
        <source>Present the story chosen, or the events shown, full screen (F5)</source>
        <translation>Présenter le récit choisi, ou les événements affichés, en plein écran (F5)</translation>
    </message>
    <message>
        <source>Next Vie&amp;w</source>
        <translation>V&amp;ue suivante</translation>
    </message>
    <message>
        <source>Previous View</source>
        <translation>Vue précédente</translation>
    </message>
    <message>
        <source>Next &amp;Panel</source>
        <translation>Pa&amp;nneau suivant</translation>
    </message>
    <message>
        <source>Previous Panel</source>
        <translation>Panneau précédent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Crisis Timeline</source>
        <translation>À &amp;propos de Crisis Timeline</translation>
    </message>
    <message>
        <source>About Crisis Timeline</source>
        <translation>À propos de Crisis Timeline</translation>
    </message>
    <message>
        <source>&lt;b&gt;Crisis Timeline %1&lt;/b&gt;&lt;p&gt;A crisis as a timeline of events and figures, each traced to the sentence of the source that states it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Crisis Timeline %1&lt;/b&gt;&lt;p&gt;Une crise sous forme de chronologie d’événements et de chiffres, chacun rattaché à la phrase de la source qui l’énonce.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Crisis Timeline will be in the language chosen the next time it starts.</source>
        <translation>Crisis Timeline s’affichera dans la langue choisie au prochain démarrage.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Changes others save will not show until the database is opened again: %1</source>
        <translation>Les modifications enregistrées par d’autres n’apparaîtront qu’à la prochaine ouverture de la base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offline, read-only: %1 (trying again in %2 s)</source>
        <translation>Hors ligne, lecture seule&#xa0;: %1 (nouvel essai dans %2 s)</translation>
    </message>
    <message>
        <source>Offline, read-only: %1 (trying again now)</source>
        <translation>Hors ligne, lecture seule&#xa0;: %1 (nouvel essai en cours)</translation>
    </message>
    <message>
        <source>%1 keeps no history of its changes: a team database on a PostgreSQL server does</source>
        <translation>%1 ne garde pas l’historique de ses modifications&#xa0;: une base d’équipe sur un serveur PostgreSQL le fait</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Aucune base</translation>
    </message>
    <message>
        <source>The team database cannot be reached. What it last held is shown; nothing can be changed until it is back.</source>
        <translation>La base d’équipe est injoignable. Son dernier contenu connu est affiché&#xa0;; rien ne peut être modifié avant son retour.</translation>
    </message>
    <message>
        <source>Cannot show a change %1 saved: %2</source>
        <translation>Impossible d’afficher une modification enregistrée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Non ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>votre utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>%1 asks for the password of %2:</source>
        <translation>%1 demande le mot de passe de %2&#xa0;:</translation>
    </message>
    <message>
        <source>%1 refused that password for %2. Password:</source>
        <translation>%1 a refusé ce mot de passe pour %2. Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — Crisis Timeline</source>
        <translation>%1 — Crisis Timeline</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base ouverte</translation>
    </message>
    <message>
        <source>%1 of %2 figures, %3 of %4 events, %5 sources</source>
        <translation>%1 chiffres sur %2, %3 événements sur %4, %5 sources</translation>
    </message>
    <message>
        <source>The selected figure is hidden by the filters</source>
        <translation>Le chiffre sélectionné est masqué par les filtres</translation>
    </message>
    <message>
        <source>Copied with its source</source>
        <translation>Copié avec sa source</translation>
    </message>
    <message>
        <source>Brief Pack Folder</source>
        <translation>Dossier de synthèse&#xa0;: emplacement</translation>
    </message>
    <message>
        <source>Brief Pack</source>
        <translation>Dossier de synthèse</translation>
    </message>
    <message>
        <source>Brief pack written to %1</source>
        <translation>Dossier de synthèse écrit dans %1</translation>
    </message>
    <message>
        <source>Chart copied, with its title, dates and sources</source>
        <translation>Graphique copié, avec son titre, ses dates et ses sources</translation>
    </message>
    <message>
        <source>%1 rows of %2, as filtered and sorted in %3</source>
        <translation>%1 lignes de %2, filtrées et triées comme dans %3</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>recherche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>du %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>indicateur %1</translation>
    </message>
    <message>
        <source>subject or actor %1</source>
        <translation>sujet ou acteur %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>source %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>catégorie %1</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Filtré par %1</translation>
    </message>
    <message>
        <source>Select events in the Events table or on the timeline first</source>
        <translation>Sélectionnez d’abord des événements dans le tableau des événements ou sur la chronologie</translation>
    </message>
    <message>
        <source>1 event added to “%1”</source>
        <translation>1 événement ajouté à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 events added to “%2”</source>
        <translation>%1 événements ajoutés à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 of %2 events added to “%3”: the others were in it already</source>
        <translation>%1 événements sur %2 ajoutés à «&#xa0;%3&#xa0;»&#xa0;: les autres y étaient déjà</translation>
    </message>
    <message>
        <source>Nothing to present: the story has no steps, or the filters hide every event</source>
        <translation>Rien à présenter&#xa0;: le récit n’a pas d’étapes, ou les filtres masquent tous les événements</translation>
    </message>
    <message>
        <source>Nothing to write: the story has no steps, or the filters hide every event</source>
        <translation>Rien à écrire&#xa0;: le récit n’a pas d’étapes, ou les filtres masquent tous les événements</translation>
    </message>
    <message>
        <source>Story Handout</source>
        <translation>Document du récit</translation>
    </message>
    <message>
        <source>No story is chosen, so the handout has a page for each of the %1 events the filters show. Write them all?</source>
        <translation>Aucun récit n’est choisi&#xa0;: le document aura une page pour chacun des %1 événements affichés par les filtres. Tout écrire&#xa0;?</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>Écriture du document…</translation>
    </message>
    <message>
        <source>Handout cancelled: nothing was written</source>
        <translation>Document annulé&#xa0;: rien n’a été écrit</translation>
    </message>
    <message>
        <source>Handout written to %1</source>
        <translation>Document écrit dans %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Data files (*.json *.csv *.txt);;All files (*)</source>
        <translation>Fichiers de données (*.json *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Select a figure or an event to edit</source>
        <translation>Sélectionnez un chiffre ou un événement à modifier</translation>
    </message>
    <message>
        <source>Select a figure or an event: its source is edited</source>
        <translation>Sélectionnez un chiffre ou un événement&#xa0;: sa source sera modifiée</translation>
    </message>
    <message>
        <source>nothing is selected</source>
        <translation>rien n’est sélectionné</translation>
    </message>
    <message>
        <source>select a figure or an event: its source is deleted</source>
        <translation>sélectionnez un chiffre ou un événement&#xa0;: sa source sera supprimée</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Crisis Timeline databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases Crisis Timeline (*.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Crisis Timeline databases (*.sqlite)</source>
        <translation>Bases Crisis Timeline (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists. Choose a new name: a new database never replaces a file.</source>
        <translation>%1 existe déjà. Choisissez un autre nom&#xa0;: une nouvelle base ne remplace jamais un fichier.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Nothing can be changed from this window: the database refuses this user&apos;s changes (a reader&apos;s role in a team database, or a file that cannot be written).</source>
        <translation>Rien ne peut être modifié depuis cette fenêtre&#xa0;: la base refuse les modifications de cet utilisateur (le rôle de lecteur dans une base d’équipe, ou un fichier qui ne peut pas être écrit).</translation>
    </message>
</context>
<context>
    <name>crisis::ui::PresenterWindow</name>
    <message>
        <source> (date inferred)</source>
        <translation> (date déduite)</translation>
    </message>
    <message>
        <source>Presenting — Crisis Timeline</source>
        <translation>Présentation — Crisis Timeline</translation>
    </message>
    <message>
        <source>Nothing to present: no events.</source>
        <translation>Rien à présenter&#xa0;: aucun événement.</translation>
    </message>
    <message>
        <source>Presenting: nothing to present</source>
        <translation>Présentation&#xa0;: rien à présenter</translation>
    </message>
    <message>
        <source>%1%2 of %3</source>
        <translation>%1%2 sur %3</translation>
    </message>
    <message>
        <source>Sources:&lt;br&gt;%1</source>
        <translation>Sources&#xa0;:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Presenting %1: %2, %3</source>
        <translation>Présentation %1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>→ / Page Down / Space: next   ← / Page Up: back   Home / End   C: high contrast   Esc: leave</source>
        <translation>→ / Page suiv. / Espace&#xa0;: suivant   ← / Page préc.&#xa0;: retour   Début / Fin   C&#xa0;: contraste élevé   Échap&#xa0;: quitter</translation>
    </message>
</context>
<context>
    <name>crisis::ui::RecordDialog</name>
    <message>
        <source>Inferred &amp;from</source>
        <translation>&amp;Déduite de</translation>
    </message>
    <message>
        <source>Not checked: the text of %1 is not available.</source>
        <translation>Non vérifié&#xa0;: le texte de %1 n’est pas disponible.</translation>
    </message>
    <message>
        <source>Found at character %1 of %2.</source>
        <translation>Trouvée au caractère %1 de %2.</translation>
    </message>
    <message>
        <source>The quote stands at character %1 of %2, not at %3: OK moves the offset there.</source>
        <translation>La citation se trouve au caractère %1 de %2, et non au %3&#xa0;: OK y déplace la position.</translation>
    </message>
    <message>
        <source>The quote is not in %1.</source>
        <translation>La citation ne figure pas dans %1.</translation>
    </message>
</context>
<context>
    <name>crisis::ui::RecordEditor</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: their version kept, yours dropped</source>
        <translation>%1&#xa0;: sa version gardée, la vôtre abandonnée</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>Nouveau chiffre</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Edit figure %1</source>
        <translation>Modifier le chiffre %1</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>Modifier l’événement %1</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>Modifier la source %1</translation>
    </message>
    <message>
        <source>Delete figure %1</source>
        <translation>Supprimer le chiffre %1</translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation>Supprimer l’événement %1</translation>
    </message>
    <message>
        <source>Delete source %1</source>
        <translation>Supprimer la source %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Open a database first: imports go into it.</source>
        <translation>Ouvrez d’abord une base de données&#xa0;: les imports y sont ajoutés.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Imported %1, %2 and %3 from %4</source>
        <translation>%1, %2 et %3 importés de %4</translation>
    </message>
    <message>
        <source>%n figure</source>
        <translation>%n chiffre</translation>
    </message>
    <message>
        <source>%n figures</source>
        <translation>%n chiffres</translation>
    </message>
    <message>
        <source>%n event</source>
        <translation>%n événement</translation>
    </message>
    <message>
        <source>%n events</source>
        <translation>%n événements</translation>
    </message>
    <message>
        <source>%n new source</source>
        <translation>%n nouvelle source</translation>
    </message>
    <message>
        <source>%n new sources</source>
        <translation>%n nouvelles sources</translation>
    </message>
    <message>
        <source>Your version opens again, so that nothing you typed is lost: save it again, or cancel.</source>
        <translation>Votre version se rouvre, pour que rien de ce que vous avez saisi ne soit perdu&#xa0;: enregistrez-la de nouveau, ou annulez.</translation>
    </message>
</context>
<context>
    <name>crisis::ui::SourceDialog</name>
    <message>
        <source>Inferred</source>
        <translation>Déduite</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Edit Source %1</source>
        <translation>Modifier la source %1</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes, e.g. src-005</source>
        <translation>minuscules, chiffres et tirets, ex. src-005</translation>
    </message>
    <message>
        <source>The text file its quotes are taken from, e.g. 005_article.txt</source>
        <translation>Le fichier texte d’où viennent ses citations, ex. 005_article.txt</translation>
    </message>
    <message>
        <source>As the document names it; empty if it does not</source>
        <translation>Tel que le document le nomme&#xa0;; vide sinon</translation>
    </message>
    <message>
        <source>The headline as stated; empty if there is none</source>
        <translation>Le titre tel qu’écrit&#xa0;; vide s’il n’y en a pas</translation>
    </message>
    <message>
        <source>Our own one-line description</source>
        <translation>Notre propre description en une ligne</translation>
    </message>
    <message>
        <source>optional, e.g. 2024-09-22 or 2023-09~</source>
        <translation>facultatif, ex. 2024-09-22 ou 2023-09~</translation>
    </message>
    <message>
        <source>EDTF: YYYY, YYYY-MM or YYYY-MM-DD, ~ for approximate</source>
        <translation>EDTF&#xa0;: AAAA, AAAA-MM ou AAAA-MM-JJ, ~ si approximatif</translation>
    </message>
    <message>
        <source>How the date was inferred (required when inferred)</source>
        <translation>Comment la date a été déduite (obligatoire si déduite)</translation>
    </message>
    <message>
        <source>optional, https://…</source>
        <translation>facultatif, https://…</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Média</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Publié le</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Give the source an id.</source>
        <translation>Donnez un identifiant à la source.</translation>
    </message>
    <message>
        <source>The id “%1” may hold only lower-case letters, digits and dashes.</source>
        <translation>L’identifiant «&#xa0;%1&#xa0;» ne peut contenir que des minuscules, des chiffres et des tirets.</translation>
    </message>
    <message>
        <source>There is already a source %1: choose another id.</source>
        <translation>Il existe déjà une source %1&#xa0;: choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>Give the source an outlet, a title or a description, so that it can be named.</source>
        <translation>Donnez à la source un média, un titre ou une description, pour pouvoir la nommer.</translation>
    </message>
    <message>
        <source>The publication date is not valid: %1.</source>
        <translation>La date de publication n’est pas valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give the publication date that was inferred, or untick “Inferred”.</source>
        <translation>Indiquez la date de publication déduite, ou décochez «&#xa0;Déduite&#xa0;».</translation>
    </message>
    <message>
        <source>Say how the publication date was inferred, since the document does not state it.</source>
        <translation>Dites comment la date de publication a été déduite, puisque le document ne l’indique pas.</translation>
    </message>
    <message>
        <source>The URL “%1” is not a web address: it must start with http:// or https://.</source>
        <translation>L’URL «&#xa0;%1&#xa0;» n’est pas une adresse web&#xa0;: elle doit commencer par http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>crisis::ui::SourcePanel</name>
    <message>
        <source>Select a figure or an event in a chart, the timeline or the table to see where it comes from.</source>
        <translation>Sélectionnez un chiffre ou un événement dans un graphique, la chronologie ou le tableau pour voir d’où il vient.</translation>
    </message>
    <message>
        <source>Source %1 is not in the database.</source>
        <translation>La source %1 n’est pas dans la base.</translation>
    </message>
    <message>
        <source>Outlet not stated</source>
        <translation>Média non indiqué</translation>
    </message>
    <message>
        <source>Author not stated</source>
        <translation>Auteur non indiqué</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publié le %1</translation>
    </message>
    <message>
        <source>Publication date not stated</source>
        <translation>Date de publication non indiquée</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation>(déduite)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>caractère %1</translation>
    </message>
    <message>
        <source>Also citing this source</source>
        <translation>Citent aussi cette source</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Partie de</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>Rapports divergents</translation>
    </message>
</context>
<context>
    <name>crisis::ui::StoryModel</name>
    <message>
        <source>(event %1 is not in this database)</source>
        <translation>(l’événement %1 n’est pas dans cette base)</translation>
    </message>
</context>
<context>
    <name>crisis::ui::StoryPanel</name>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Start a new story</source>
        <translation>Commencer un nouveau récit</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename the story</source>
        <translation>Renommer le récit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the story</source>
        <translation>Supprimer le récit</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the step earlier (or drag it)</source>
        <translation>Avancer l’étape (ou la faire glisser)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the step later (or drag it)</source>
        <translation>Reculer l’étape (ou la faire glisser)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the step from the story</source>
        <translation>Retirer l’étape du récit</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Handout PDF…</source>
        <translation>Document PDF…</translation>
    </message>
    <message>
        <source>A note for this step, shown while presenting</source>
        <translation>Une note pour cette étape, affichée pendant la présentation</translation>
    </message>
    <message>
        <source>Present the story full screen (F5); with no story, all events shown, in date order</source>
        <translation>Présenter le récit en plein écran (F5)&#xa0;; sans récit, tous les événements affichés, par date</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>Étapes du récit</translation>
    </message>
    <message>
        <source>The events of the story, in the order they are presented</source>
        <translation>Les événements du récit, dans l’ordre de présentation</translation>
    </message>
    <message>
        <source>Step note</source>
        <translation>Note de l’étape</translation>
    </message>
    <message>
        <source>Drag steps into order</source>
        <translation>Faites glisser les étapes pour les ordonner</translation>
    </message>
    <message>
        <source>New Story</source>
        <translation>Nouveau récit</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation>Renommer le récit</translation>
    </message>
    <message>
        <source>Delete the story “%1” and its step? The events stay.</source>
        <translation>Supprimer le récit «&#xa0;%1&#xa0;» et son étape&#xa0;? Les événements restent.</translation>
    </message>
    <message>
        <source>Delete the story “%1” and its %2 steps? The events stay.</source>
        <translation>Supprimer le récit «&#xa0;%1&#xa0;» et ses %2 étapes&#xa0;? Les événements restent.</translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation>Supprimer le récit</translation>
    </message>
    <message>
        <source>The story was not deleted: %1</source>
        <translation>Le récit n’a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>All events shown, in date order</source>
        <translation>Tous les événements affichés, par date</translation>
    </message>
    <message>
        <source>Not saved: %1. The change stays here until the app closes.</source>
        <translation>Non enregistré&#xa0;: %1. La modification reste ici jusqu’à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>Story: %1</source>
        <translation>Récit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The story to present</source>
        <translation>Le récit à présenter</translation>
    </message>
</context>
<context>
    <name>crisis::ui::TeamDatabaseDialog</name>
    <message>
        <source>When the server offers it (default)</source>
        <translation>Quand le serveur le propose (par défaut)</translation>
    </message>
    <message>
        <source>Always (TLS required)</source>
        <translation>Toujours (TLS obligatoire)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate and name</source>
        <translation>Toujours, en vérifiant le certificat et le nom du serveur</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>If the database is empty, &amp;set it up with the bundled dataset</source>
        <translation>Si la base est vide, l’&amp;initialiser avec le jeu de données fourni</translation>
    </message>
    <message>
        <source>Open Team Database</source>
        <translation>Ouvrir une base d’équipe</translation>
    </message>
    <message>
        <source>e.g. db.example.org; empty: this computer</source>
        <translation>ex. db.example.org&#xa0;; vide&#xa0;: cet ordinateur</translation>
    </message>
    <message>
        <source>e.g. haiti</source>
        <translation>ex. haiti</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>vide&#xa0;: votre nom de connexion</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass, or asked for when needed</source>
        <translation>vide&#xa0;: lu dans ~/.pgpass, ou demandé au besoin</translation>
    </message>
    <message>
        <source>Kept only while the database is open; never saved</source>
        <translation>Gardé seulement tant que la base est ouverte&#xa0;; jamais enregistré</translation>
    </message>
    <message>
        <source>A database an administrator has just created holds nothing: set it up with our tables and the bundled dataset. A database holding anything else is never changed.</source>
        <translation>Une base qu’un administrateur vient de créer est vide&#xa0;: l’initialiser avec nos tables et le jeu de données fourni. Une base qui contient autre chose n’est jamais modifiée.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>Se connecte à %1</translation>
    </message>
    <message>
        <source>Name the database to open</source>
        <translation>Nommez la base à ouvrir</translation>
    </message>
</context>
<context>
    <name>crisis::ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag or Shift+wheel: pan · ←/→: pan · +/−: zoom · 0: fit all · ↑/↓: previous/next event · Enter: its source</source>
        <translation>Molette&#xa0;: zoom · glisser ou Maj+molette&#xa0;: défiler · ←/→&#xa0;: défiler · +/−&#xa0;: zoom · 0&#xa0;: tout voir · ↑/↓&#xa0;: événement précédent/suivant · Entrée&#xa0;: sa source</translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>Aucun événement à afficher</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base ouverte</translation>
    </message>
    <message>
        <source>1 label left out for room</source>
        <translation>1 étiquette omise faute de place</translation>
    </message>
    <message>
        <source>%1 labels left out for room</source>
        <translation>%1 étiquettes omises faute de place</translation>
    </message>
    <message>
        <source>1 label hidden: zoom in</source>
        <translation>1 étiquette masquée&#xa0;: zoomez</translation>
    </message>
    <message>
        <source>%1 labels hidden: zoom in</source>
        <translation>%1 étiquettes masquées&#xa0;: zoomez</translation>
    </message>
    <message>
        <source>Timeline: %1, %2, %3</source>
        <translation>Chronologie&#xa0;: %1, %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>inferred: %1</source>
        <translation>déduit&#xa0;: %1</translation>
    </message>
</context>
</TS>
