<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht">
<context>
    <name>BriefPack</name>
    <message>
        <source>%1 and %2</source>
        <comment>two items of a list</comment>
        <translation>%1 ak %2</translation>
    </message>
    <message>
        <source>%1: no figures to show.</source>
        <comment>a chart&apos;s title</comment>
        <translation>%1: pa gen chif pou montre.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a chart&apos;s title, as a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 (1 report)</source>
        <comment>a series, and the one report it plots</comment>
        <translation>%1 (1 rapò)</translation>
    </message>
    <message>
        <source>The chart plots %1, each as a rate per 30 days over the period it covers.</source>
        <comment>a list of series</comment>
        <translation>Graf la montre %1, chak kòm yon to pou chak 30 jou sou peryòd li kouvri a.</translation>
    </message>
    <message>
        <source>The chart plots %1.</source>
        <comment>a list of series</comment>
        <translation>Graf la montre %1.</translation>
    </message>
    <message>
        <source>It compares %1.</source>
        <comment>a list of funders</comment>
        <translation>Li konpare %1.</translation>
    </message>
    <message>
        <source>It covers %1.</source>
        <comment>a range of dates</comment>
        <translation>Li kouvri %1.</translation>
    </message>
    <message>
        <source>%1 for %2 (%3, %4)</source>
        <comment>a value, its series, its date, its source</comment>
        <translation>%1 pou %2 (%3, %4)</translation>
    </message>
    <message>
        <source>The largest value shown is %1.</source>
        <translation>Pi gwo valè ki parèt la se %1.</translation>
    </message>
    <message>
        <source>The latest is %1.</source>
        <translation>Dènye a se %1.</translation>
    </message>
    <message>
        <source>Reports of %1 disagree: %2; both are shown.</source>
        <translation>Rapò sou %1 yo pa dakò: %2; tou de parèt.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <comment>a shortfall, and how it was computed</comment>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Chif yo jiska %1.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Sous: %1.</translation>
    </message>
    <message>
        <source>Timeline: no events between %1.</source>
        <translation>Kwonoloji: pa gen evènman ant %1.</translation>
    </message>
    <message>
        <source>The first is %1: %2.</source>
        <comment>a date: an event</comment>
        <translation>Premye a: %1, %2.</translation>
    </message>
    <message>
        <source>The last is %1: %2.</source>
        <comment>a date: an event</comment>
        <translation>Dènye a: %1, %2.</translation>
    </message>
    <message>
        <source>%1 expected and %2 proposed, not reported as done, are drawn hollow.</source>
        <translation>%1 ki te prevwa ak %2 ki te pwopoze, ke yo pa di ki fèt, parèt vid anndan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n reports)</source>
        <comment>a series, and how many reports it plots</comment>
        <translation>
            <numerusform>%1 (%n rapò)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline of %n events, from %1 to %2, in lanes by category.</source>
        <translation>
            <numerusform>Kwonoloji %n evènman, depi %1 rive %2, an ranje pa kategori.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the dates are inferred from the articles rather than stated.</source>
        <translation>
            <numerusform>%n nan dat yo soti nan atik yo pa dediksyon, yo pa ekri klè.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>Anile: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Refè: %1</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Timeline of events</source>
        <comment>title of an exported timeline</comment>
        <translation>Kwonoloji evènman yo</translation>
    </message>
    <message>
        <source>Latest report for each: %1</source>
        <comment>a list of funders</comment>
        <translation>Dènye rapò pou chak: %1</translation>
    </message>
    <message>
        <source>Dates shown: %1</source>
        <comment>a range of dates</comment>
        <translation>Dat ki parèt: %1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <comment>a date</comment>
        <translation>Chif yo jiska %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <comment>the numbered sources</comment>
        <translation>Sous: %1</translation>
    </message>
    <message>
        <source>Crisis Timeline — every figure and event is quoted from the source that states it.</source>
        <translation>Crisis Timeline — chak chif ak chak evènman site dapre sous ki di l la.</translation>
    </message>
    <message>
        <source>Events in lanes by category; a day is a diamond, a month or a year a bar, “c.” approximate</source>
        <translation>Evènman an ranje pa kategori; yon jou se yon dyaman, yon mwa oswa yon ane se yon ba, “anviwon” vle di apeprè</translation>
    </message>
    <message>
        <source>Events in date order, coloured by category; hollow: expected or proposed; “c.” approximate</source>
        <translation>Evènman dapre dat yo, koulè dapre kategori; vid anndan: prevwa oswa pwopoze; “anviwon” vle di apeprè</translation>
    </message>
</context>
<context>
    <name>ChartSpec</name>
    <message>
        <source>at least </source>
        <comment>before a number</comment>
        <translation>omwen </translation>
    </message>
    <message>
        <source>at most </source>
        <comment>before a number</comment>
        <translation>pi plis </translation>
    </message>
    <message>
        <source>about </source>
        <comment>before a number</comment>
        <translation>anviwon </translation>
    </message>
    <message>
        <source>%1 deployed</source>
        <comment>legend: who, and the status of their figures</comment>
        <translation>%1 deplwaye</translation>
    </message>
    <message>
        <source>%1 pledged</source>
        <comment>legend: who, and the status of their figures</comment>
        <translation>%1 pwomèt</translation>
    </message>
    <message>
        <source>%1 target</source>
        <comment>legend: who, and the status of their figures</comment>
        <translation>Objektif %1</translation>
    </message>
    <message>
        <source>%1 proposed target</source>
        <comment>legend: who, and the status of their figures</comment>
        <translation>Objektif pwopoze %1</translation>
    </message>
    <message>
        <source>%1 estimated</source>
        <comment>legend: who, and the status of their figures</comment>
        <translation>Estimasyon %1</translation>
    </message>
    <message>
        <source>Outlet not stated</source>
        <translation>Medya a pa endike</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title in quotation marks</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Reports from %1 to %2</source>
        <comment>from a month to a month</comment>
        <translation>Rapò depi %1 rive %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a date: what happened</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deployment versus target</source>
        <translation>Deplwaman parapò ak objektif</translation>
    </message>
    <message>
        <source>Police and soldiers deployed, pledged and targeted, as the sources report them</source>
        <translation>Polis ak sòlda ki deplwaye, ki pwomèt ak ki vize, jan sous yo rapòte sa</translation>
    </message>
    <message>
        <source>Personnel</source>
        <comment>axis title</comment>
        <translation>Pèsonèl</translation>
    </message>
    <message>
        <source>Shortfall (computed): about %1 below the %2 target</source>
        <translation>Sa ki manke (kalkile): anviwon %1 anba objektif %2 la</translation>
    </message>
    <message>
        <source>Shortfall (computed): %1 below the %2 target</source>
        <translation>Sa ki manke (kalkile): %1 anba objektif %2 la</translation>
    </message>
    <message>
        <source>%1 (reports differ)</source>
        <translation>%1 (rapò yo pa dakò)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two sums</comment>
        <translation>%1 ak %2</translation>
    </message>
    <message>
        <source>computed by Crisis Timeline as the %1 target minus the %2 deployed reported: %3; no source states it</source>
        <translation>Crisis Timeline kalkile l: objektif %1 la mwens %2 ki deplwaye dapre rapò yo, %3; okenn sous pa di sa</translation>
    </message>
    <message>
        <source>Casualty trends</source>
        <translation>Evolisyon viktim yo</translation>
    </message>
    <message>
        <source>Casualty trends in %1</source>
        <comment>a place</comment>
        <translation>Evolisyon viktim yo: %1</translation>
    </message>
    <message>
        <source>Reported per 30 days</source>
        <comment>axis title</comment>
        <translation>Rapòte pou chak 30 jou</translation>
    </message>
    <message>
        <source>Reported for the period</source>
        <comment>axis title</comment>
        <translation>Rapòte pou peryòd la</translation>
    </message>
    <message>
        <source>Each report as a rate per 30 days over the period it counts</source>
        <translation>Chak rapò kòm yon to pou chak 30 jou, sou peryòd li konte a</translation>
    </message>
    <message>
        <source>Each report&apos;s total over the period it counts</source>
        <translation>Total chak rapò sou peryòd li konte a</translation>
    </message>
    <message>
        <source>%1: at this zoom, the highest report in each pixel column is drawn.</source>
        <translation>%1: nan zoum sa a, se sèlman pi gwo rapò nan chak kolòn piksèl ki parèt.</translation>
    </message>
    <message>
        <source>people killed or injured: a different measure from homicides</source>
        <translation>moun ki mouri oswa ki blese: se pa menm mezi ak omisid</translation>
    </message>
    <message>
        <source>Dashed: the report&apos;s period is inferred from the article, not stated in the sentence.</source>
        <translation>Tirè: peryòd rapò a soti nan atik la pa dediksyon, fraz la pa di l.</translation>
    </message>
    <message>
        <source>Each report is drawn over the period it counts; reports are never joined or summed.</source>
        <translation>Chak rapò parèt sou peryòd li konte a; nou pa janm konekte ni adisyone rapò yo.</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Deplasman</translation>
    </message>
    <message>
        <source>People displaced in %1</source>
        <comment>a place</comment>
        <translation>Moun deplase: %1</translation>
    </message>
    <message>
        <source>People displaced</source>
        <comment>axis title</comment>
        <translation>Moun deplase</translation>
    </message>
    <message>
        <source>People displaced at each date reported, with the breakdowns stated</source>
        <translation>Moun deplase nan chak dat rapò a, ak detay sous yo bay</translation>
    </message>
    <message>
        <source>Displaced people</source>
        <comment>legend</comment>
        <translation>Moun deplase</translation>
    </message>
    <message>
        <source>half of the total, as stated</source>
        <translation>mwatye total la, jan sous la di</translation>
    </message>
    <message>
        <source>%1 of the total, as stated</source>
        <comment>a percentage</comment>
        <translation>%1 nan total la, jan sous la di</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a group: its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Funding reported, by funder</source>
        <translation>Finansman rapòte, pa bayè</translation>
    </message>
    <message>
        <source>US dollars</source>
        <comment>axis title</comment>
        <translation>Dola ameriken</translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>legend</comment>
        <translation>Finansman</translation>
    </message>
    <message>
        <source>%1: the stated components add up to %2; the total is reported as “%3”.</source>
        <translation>%1: pati sous la bay yo fè %2 an total; total rapòte a se “%3”.</translation>
    </message>
    <message>
        <source>The latest report for each funder, with its stated components</source>
        <translation>Dènye rapò chak bayè, ak pati li bay yo</translation>
    </message>
    <message numerus="yes">
        <source>%n more series are not drawn; narrow the subject to see them.</source>
        <translation>
            <numerusform>%n lòt seri pa parèt; chwazi yon sijè pi presi pou wè yo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n reports)</source>
        <comment>values that differ, and how many reports give them</comment>
        <translation>
            <numerusform>%1 (%n rapò)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2 per 30 days (%3 in %n days)</source>
        <comment>bound word, rate, the value reported, its days</comment>
        <translation>
            <numerusform>%1%2 pou chak 30 jou (%3 nan %n jou)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smaller funders are not drawn.</source>
        <translation>
            <numerusform>%n pi piti bayè pa parèt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Jan</source>
        <comment>short month</comment>
        <translation>janvye</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>short month</comment>
        <translation>fevriye</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>short month</comment>
        <translation>mas</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>short month</comment>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month</comment>
        <translation>me</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>short month</comment>
        <translation>jen</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>short month</comment>
        <translation>jiyè</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>short month</comment>
        <translation>out</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>short month</comment>
        <translation>septanm</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>short month</comment>
        <translation>oktòb</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>short month</comment>
        <translation>novanm</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>short month</comment>
        <translation>desanm</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <comment>less than two</comment>
        <translation>%1 milya</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <comment>two or more</comment>
        <translation>%1 milya</translation>
    </message>
    <message>
        <source>%1 million</source>
        <comment>less than two</comment>
        <translation>%1 milyon</translation>
    </message>
    <message>
        <source>%1 million</source>
        <comment>two or more</comment>
        <translation>%1 milyon</translation>
    </message>
    <message>
        <source>$%1</source>
        <comment>US dollars</comment>
        <translation>%1 dola</translation>
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
        <translation>%1?</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>from a date to a date</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>circa: an approximate date</comment>
        <translation>anviwon %1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>the first of a month: 1 Sep 2023</comment>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>LabelLayout</name>
    <message>
        <source>%1 ≠ conflicting report</source>
        <comment>a value, and the sign that another report differs</comment>
        <translation>%1 ≠ rapò ki pa dakò</translation>
    </message>
    <message>
        <source>%1 (reported %2, held)</source>
        <comment>a value, and the date it was reported; the line holds it since</comment>
        <translation>%1 (rapòte %2, kenbe)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>a series, a date: its value</comment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a series and date: the value of a part</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%n figure added</source>
        <translation>%n chif ajoute</translation>
    </message>
    <message>
        <source>%n figures added</source>
        <translation>%n chif ajoute</translation>
    </message>
    <message>
        <source>%n event added</source>
        <translation>%n evènman ajoute</translation>
    </message>
    <message>
        <source>%n events added</source>
        <translation>%n evènman ajoute</translation>
    </message>
    <message>
        <source>%n source added</source>
        <translation>%n sous ajoute</translation>
    </message>
    <message>
        <source>%n sources added</source>
        <translation>%n sous ajoute</translation>
    </message>
    <message>
        <source>%n story added</source>
        <translation>%n istwa ajoute</translation>
    </message>
    <message>
        <source>%n stories added</source>
        <translation>%n istwa ajoute</translation>
    </message>
    <message>
        <source>%n figure changed</source>
        <translation>%n chif chanje</translation>
    </message>
    <message>
        <source>%n figures changed</source>
        <translation>%n chif chanje</translation>
    </message>
    <message>
        <source>%n event changed</source>
        <translation>%n evènman chanje</translation>
    </message>
    <message>
        <source>%n events changed</source>
        <translation>%n evènman chanje</translation>
    </message>
    <message>
        <source>%n source changed</source>
        <translation>%n sous chanje</translation>
    </message>
    <message>
        <source>%n sources changed</source>
        <translation>%n sous chanje</translation>
    </message>
    <message>
        <source>%n story changed</source>
        <translation>%n istwa chanje</translation>
    </message>
    <message>
        <source>%n stories changed</source>
        <translation>%n istwa chanje</translation>
    </message>
    <message>
        <source>%n figure removed</source>
        <translation>%n chif efase</translation>
    </message>
    <message>
        <source>%n figures removed</source>
        <translation>%n chif efase</translation>
    </message>
    <message>
        <source>%n event removed</source>
        <translation>%n evènman efase</translation>
    </message>
    <message>
        <source>%n events removed</source>
        <translation>%n evènman efase</translation>
    </message>
    <message>
        <source>%n source removed</source>
        <translation>%n sous efase</translation>
    </message>
    <message>
        <source>%n sources removed</source>
        <translation>%n sous efase</translation>
    </message>
    <message>
        <source>%n story removed</source>
        <translation>%n istwa efase</translation>
    </message>
    <message>
        <source>%n stories removed</source>
        <translation>%n istwa efase</translation>
    </message>
    <message>
        <source>Every record replaced</source>
        <translation>Tout anrejistreman yo ranplase</translation>
    </message>
    <message>
        <source>A change</source>
        <translation>Yon chanjman</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <comment>what changed, by whom, when</comment>
        <translation>%1 pa %2, %3</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Homicides</source>
        <translation>Omisid</translation>
    </message>
    <message>
        <source>Killed or injured</source>
        <translation>Mouri oswa blese</translation>
    </message>
    <message>
        <source>Kidnappings</source>
        <translation>Kidnapin</translation>
    </message>
    <message>
        <source>Reported rapes</source>
        <translation>Kadejak rapòte</translation>
    </message>
    <message>
        <source>Displaced people</source>
        <translation>Moun deplase</translation>
    </message>
    <message>
        <source>Security personnel</source>
        <translation>Pèsonèl sekirite</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansman</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popilasyon</translation>
    </message>
    <message>
        <source>Area under gang control</source>
        <translation>Zòn anba kontwòl gang</translation>
    </message>
    <message>
        <source>Contributing countries</source>
        <translation>Peyi ki kontribye</translation>
    </message>
    <message>
        <source>Signatory countries</source>
        <translation>Peyi ki siyen</translation>
    </message>
    <message>
        <source>Share of the parent figure</source>
        <translation>Pati nan chif prensipal la</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>January</source>
        <comment>long month</comment>
        <translation>janvye</translation>
    </message>
    <message>
        <source>February</source>
        <comment>long month</comment>
        <translation>fevriye</translation>
    </message>
    <message>
        <source>March</source>
        <comment>long month</comment>
        <translation>mas</translation>
    </message>
    <message>
        <source>April</source>
        <comment>long month</comment>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <comment>long month</comment>
        <translation>me</translation>
    </message>
    <message>
        <source>June</source>
        <comment>long month</comment>
        <translation>jen</translation>
    </message>
    <message>
        <source>July</source>
        <comment>long month</comment>
        <translation>jiyè</translation>
    </message>
    <message>
        <source>August</source>
        <comment>long month</comment>
        <translation>out</translation>
    </message>
    <message>
        <source>September</source>
        <comment>long month</comment>
        <translation>septanm</translation>
    </message>
    <message>
        <source>October</source>
        <comment>long month</comment>
        <translation>oktòb</translation>
    </message>
    <message>
        <source>November</source>
        <comment>long month</comment>
        <translation>novanm</translation>
    </message>
    <message>
        <source>December</source>
        <comment>long month</comment>
        <translation>desanm</translation>
    </message>
    <message>
        <source>empty date</source>
        <translation>dat vid</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~</source>
        <translation>&quot;%1&quot; se pa yon dat: nou tann AAAA, AAAA-MM oswa AAAA-MM-JJ, ak yon ~ apre si ou vle</translation>
    </message>
    <message>
        <source>year %1 is out of range (0001-9999)</source>
        <translation>ane %1 deyò limit yo (0001-9999)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: seasons (months 21-24) are not supported</source>
        <translation>&quot;%1&quot;: sezon (mwa 21 rive 24) pa aksepte</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: month %2 does not exist</source>
        <translation>&quot;%1&quot;: mwa %2 pa egziste</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 %3 has no day %4</source>
        <comment>the date as typed: a month, a year, a day</comment>
        <translation>&quot;%1&quot;: %2 %3 pa gen jou %4</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>%1 (expected)</source>
        <comment>a date</comment>
        <translation>%1 (prevwa)</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <comment>a date</comment>
        <translation>%1 (pwopoze)</translation>
    </message>
    <message>
        <source>← %1, before these dates</source>
        <comment>a date left of the chart</comment>
        <translation>← %1, anvan dat sa yo</translation>
    </message>
    <message>
        <source>%1, after these dates →</source>
        <comment>a date right of the chart</comment>
        <translation>%1, apre dat sa yo →</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Crisis Timeline handout</source>
        <translation>Fèy Crisis Timeline</translation>
    </message>
    <message>
        <source>%1%2 of %3</source>
        <comment>a title, the step, the number of steps</comment>
        <translation>%1%2 sou %3</translation>
    </message>
    <message>
        <source> (date inferred)</source>
        <translation> (dat dedui)</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Open the list</source>
        <translation>Ouvri lis la</translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>Expected: %1</source>
        <comment>an event&apos;s title</comment>
        <translation>Prevwa: %1</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <comment>an event&apos;s title</comment>
        <translation>Pwopoze: %1</translation>
    </message>
</context>
<context>
    <name>crisis::ui::ChartPanel</name>
    <message>
        <source>Reset zoom</source>
        <translation>Retounen zoum nòmal</translation>
    </message>
    <message>
        <source>Show the whole date range (drag over the chart to zoom in)</source>
        <translation>Montre tout peryòd la (trennen sou graf la pou grosi)</translation>
    </message>
    <message>
        <source>Per 30 days</source>
        <translation>Pou chak 30 jou</translation>
    </message>
    <message>
        <source>Total reported for the period</source>
        <translation>Total rapòte pou peryòd la</translation>
    </message>
    <message>
        <source>Show each report as a rate per 30 days, or as the total it gives for its period</source>
        <translation>Montre chak rapò kòm yon to pou chak 30 jou, oswa total li bay pou peryòd li</translation>
    </message>
    <message>
        <source>Casualty measure</source>
        <translation>Mezi viktim yo</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Mwens</translation>
    </message>
    <message numerus="yes">
        <source>All %n sources</source>
        <translation>
            <numerusform>Tout %n sous yo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> &amp;nbsp; &lt;i&gt;and %n more&lt;/i&gt;</source>
        <translation>
            <numerusform> &amp;nbsp; &lt;i&gt;ak %n lòt&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>jiska %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sources&lt;/b&gt; </source>
        <translation>&lt;b&gt;Sous&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;i&gt;No figures for this chart in the open database, or in the date range chosen.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Pa gen chif pou graf sa a nan baz done ki ouvri a, oswa nan peryòd ou chwazi a.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>crisis::ui::ChartView</name>
    <message>
        <source>Drag across the chart to zoom into those dates; click a point for its source</source>
        <translation>Trennen sou graf la pou grosi dat sa yo; klike sou yon pwen pou wè sous li</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graf</translation>
    </message>
    <message>
        <source> (billions)</source>
        <translation> (milya)</translation>
    </message>
    <message>
        <source> (millions)</source>
        <translation> (milyon)</translation>
    </message>
    <message>
        <source> (thousands)</source>
        <translation> (milye)</translation>
    </message>
    <message>
        <source>Stated part</source>
        <translation>Pati sous la bay</translation>
    </message>
    <message>
        <source>%1 (stated part)</source>
        <translation>%1 (pati sous la bay)</translation>
    </message>
    <message>
        <source>≠ Reports that disagree (both shown)</source>
        <translation>≠ Rapò ki pa dakò (tou de parèt)</translation>
    </message>
    <message>
        <source>Shortfall (computed by us, not reported)</source>
        <translation>Sa ki manke (nou kalkile l, okenn rapò pa bay li)</translation>
    </message>
    <message>
        <source>Computed, not reported: %1.</source>
        <translation>Kalkile, pa rapòte: %1.</translation>
    </message>
    <message>
        <source>Not labelled for lack of room: %1</source>
        <translation>San etikèt paske pa gen plas: %1</translation>
    </message>
    <message>
        <source>inferred: %1</source>
        <translation>dedui: %1</translation>
    </message>
    <message>
        <source>Another report at this time gives a different value.</source>
        <translation>Yon lòt rapò nan menm moman an bay yon lòt valè.</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graf: %1</translation>
    </message>
    <message>
        <source>No room on the chart for these events: %1</source>
        <translation>Pa gen plas sou graf la pou evènman sa yo: %1</translation>
    </message>
    <message>
        <source>and one more event, on the timeline</source>
        <translation>ak yon lòt evènman, sou kwonoloji a</translation>
    </message>
    <message numerus="yes">
        <source>and %n more events, on the timeline</source>
        <translation>
            <numerusform>ak %n lòt evènman, sou kwonoloji a</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crisis::ui::ConflictDialog</name>
    <message>
        <source>yes</source>
        <translation>wi</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Someone else changed this record</source>
        <translation>Yon lòt moun chanje anrejistreman sa a</translation>
    </message>
    <message>
        <source>Compare their version with yours, then keep one, or merge them in the editor.</source>
        <translation>Konpare vèsyon pa l la ak pa w la, epi kenbe youn, oswa melanje yo nan editè a.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(efase)</translation>
    </message>
    <message>
        <source>Their version and yours, field by field</source>
        <translation>Vèsyon pa yo a ak pa w la, jaden pa jaden</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Jaden</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Pa yo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Pa w</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (diferan)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Kenbe pa &amp;yo</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Kenbe pa &amp;mwen</translation>
    </message>
    <message>
        <source>&amp;Delete anyway</source>
        <translation>&amp;Efase kanmenm</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Me&amp;lanje…</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Idantifyan</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Endikatè</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valè</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Kalifikatif</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sijè</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estati</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Peryòd</translation>
    </message>
    <message>
        <source>Period inferred</source>
        <translation>Peryòd dedui</translation>
    </message>
    <message>
        <source>Why inferred</source>
        <translation>Poukisa dedui</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapòte</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Pati nan</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Ti gwoup</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sous</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sitasyon</translation>
    </message>
    <message>
        <source>Quote offset</source>
        <translation>Pozisyon sitasyon an</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezime</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Kote</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktè</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graf</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokiman</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medya</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsyon</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Otè</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pibliye</translation>
    </message>
    <message>
        <source>Published inferred</source>
        <translation>Dat piblikasyon dedui</translation>
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
        <translation>nenpòt</translation>
    </message>
    <message>
        <source>A year, a year and month, or a day: 2024, 2024-03, 2024-03-15; empty for any date</source>
        <translation>Yon ane, yon mwa oswa yon jou: 2024, 2024-03, 2024-03-15; kite l vid pou nenpòt dat</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalandriye</translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Chwazi sou yon kalandriye (Alt+Anba)</translation>
    </message>
    <message>
        <source>Choose the From date on a calendar</source>
        <translation>Chwazi dat kòmansman an sou yon kalandriye</translation>
    </message>
    <message>
        <source>Choose the To date on a calendar</source>
        <translation>Chwazi dat fen an sou yon kalandriye</translation>
    </message>
</context>
<context>
    <name>crisis::ui::EventDialog</name>
    <message>
        <source>Deployment</source>
        <translation>Deplwaman</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>Viktim</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Deplasman</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansman</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>Dedui</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;joute</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Wete</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nouvo evènman</translation>
    </message>
    <message>
        <source>Edit Event %1</source>
        <translation>Modifye evènman %1</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Sa ki te pase, an kèk mo</translation>
    </message>
    <message>
        <source>e.g. 2024-06-25 or 2024-06/2024-09</source>
        <translation>egzanp 2024-06-25 oswa 2024-06/2024-09</translation>
    </message>
    <message>
        <source>When it happened, in EDTF: YYYY, YYYY-MM or YYYY-MM-DD, an interval as start/end, ~ for approximate</source>
        <translation>Kilè sa te pase, an EDTF: AAAA, AAAA-MM oswa AAAA-MM-JJ, yon entèval kòm kòmansman/fen, ~ pou apeprè</translation>
    </message>
    <message>
        <source>How the date was inferred (required when inferred)</source>
        <translation>Kijan yo dedui dat la (obligatwa si li dedui)</translation>
    </message>
    <message>
        <source>Occurred: it happened. Expected: announced as due (its date is the period it is expected over). Proposed: sought or recommended, not decided.</source>
        <translation>Rive: sa te pase. Prevwa: yo anonse l pou yon dat (dat li se peryòd yo tann li an). Pwopoze: yo mande l oswa rekòmande l, men yo poko deside.</translation>
    </message>
    <message>
        <source>Comma separated, e.g. Kenya, UN Security Council</source>
        <translation>Separe ak vigil, egzanp Kenya, Konsèy Sekirite ONI</translation>
    </message>
    <message>
        <source>e.g. Port-au-Prince</source>
        <translation>egzanp Pòtoprens</translation>
    </message>
    <message>
        <source>The charts that mark this event</source>
        <translation>Graf ki make evènman sa a</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sous</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sitasyon</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Pozisyon</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>The quotes the event rests on, each with its source</source>
        <translation>Sitasyon evènman an chita sou yo, chak ak sous li</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The words of the source that state the event, verbatim</source>
        <translation>Mo sous la itilize pou di evènman an, egzakteman jan li ye</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> karaktè</translation>
    </message>
    <message>
        <source>Where the quote starts in the document&apos;s text, in characters from 0</source>
        <translation>Kote sitasyon an kòmanse nan tèks dokiman an, an karaktè apati 0</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Idantifyan</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tit</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Rezime</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dat</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Estati</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Aktè</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>A&amp;ndwa</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graf</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evènman</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Sous</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>Sitasy&amp;on</translation>
    </message>
    <message>
        <source>O&amp;ffset</source>
        <translation>&amp;Pozisyon</translation>
    </message>
    <message>
        <source>Give the event an id.</source>
        <translation>Bay evènman an yon idantifyan.</translation>
    </message>
    <message>
        <source>The id “%1” may hold only letters, digits, dots, dashes and underscores.</source>
        <translation>Idantifyan “%1” la ka gen sèlman lèt, chif, pwen, tirè ak soulinyen.</translation>
    </message>
    <message>
        <source>There is already an event %1: choose another id.</source>
        <translation>Gen yon evènman %1 deja: chwazi yon lòt idantifyan.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Bay evènman an yon tit.</translation>
    </message>
    <message>
        <source>Give the date of the event, or the period it spans, e.g. 2024-06-25 or 2024-06/2024-09.</source>
        <translation>Bay dat evènman an, oswa peryòd li kouvri, egzanp 2024-06-25 oswa 2024-06/2024-09.</translation>
    </message>
    <message>
        <source>The date is not valid: %1.</source>
        <translation>Dat la pa valab: %1.</translation>
    </message>
    <message>
        <source>Say how the date was inferred, since the sources do not state it.</source>
        <translation>Di kijan yo dedui dat la, paske sous yo pa di l.</translation>
    </message>
    <message>
        <source>Cite at least one source: add a citation with its quote.</source>
        <translation>Site omwen yon sous: ajoute yon referans ak sitasyon li.</translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation>Referans %1: %2</translation>
    </message>
    <message>
        <source>choose the source that states the event.</source>
        <translation>chwazi sous ki di evènman an.</translation>
    </message>
    <message>
        <source>quote the words of the source that state the event.</source>
        <translation>site mo sous la itilize pou di evènman an.</translation>
    </message>
    <message>
        <source>the quote is not in %1.</source>
        <translation>sitasyon an pa nan %1.</translation>
    </message>
    <message>
        <source>Moved the offset of citation %1 from %2 to %3, where the quote stands in %4.</source>
        <translation>Pozisyon referans %1 deplase soti %2 rive %3, kote sitasyon an ye nan %4.</translation>
    </message>
    <message>
        <source>No citation yet: add one.</source>
        <translation>Poko gen referans: ajoute youn.</translation>
    </message>
</context>
<context>
    <name>crisis::ui::EventTableModel</name>
    <message>
        <source>Inferred: %1</source>
        <translation>Dedui: %1</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (dedui)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ak %n lòt</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evènman</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Kote</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sous</translation>
    </message>
</context>
<context>
    <name>crisis::ui::ExportDialog</name>
    <message>
        <source>Title</source>
        <translation>Tit</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sou-tit</translation>
    </message>
    <message>
        <source>Numbered sources</source>
        <translation>Sous ak nimewo</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Ekspòte graf la</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imaj PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Desen SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokiman PDF</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Pèsonalize</translation>
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
        <translation>Ranje si chak tit antre, sinon yon lis</translation>
    </message>
    <message>
        <source>Lanes by category</source>
        <translation>Ranje pa kategori</translation>
    </message>
    <message>
        <source>List: date, title, status</source>
        <translation>Lis: dat, tit, estati</translation>
    </message>
    <message>
        <source>The chart&apos;s own title</source>
        <translation>Tit graf la</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Fòma</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Gwosè</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>&amp;Echèl</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Aranjman</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Montre</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Eks&amp;pòte…</translation>
    </message>
    <message>
        <source>&amp;Brief Pack…</source>
        <translation>&amp;Dosye rezime…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopye</translation>
    </message>
    <message>
        <source>A folder with the PNG, an alt-text draft and a CSV of the plotted points</source>
        <translation>Yon dosye ak PNG la, yon bouyon tèks altènatif ak yon CSV pwen ki sou graf la</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichye %1 (*.%2)</translation>
    </message>
    <message>
        <source>Brief Pack Folder</source>
        <translation>Kote pou mete dosye rezime a</translation>
    </message>
    <message>
        <source>Brief Pack</source>
        <translation>Dosye rezime</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Lajè</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Wotè</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Apèsi</translation>
    </message>
    <message>
        <source>%1 × %2 pixels: too large (at most %3 a side and %4 million in all)</source>
        <translation>%1 × %2 piksèl: twò gwo (pi plis %3 sou chak bò ak %4 milyon an tout)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 piksèl</translation>
    </message>
    <message>
        <source>drawn at %1 × %2, scales without loss</source>
        <translation>desine nan %1 × %2, li grandi san pèt</translation>
    </message>
    <message>
        <source>Dates shown and “as of” date</source>
        <translation>Dat ki parèt ak dat “jiska”</translation>
    </message>
</context>
<context>
    <name>crisis::ui::FigureDialog</name>
    <message>
        <source>Inferred</source>
        <translation>Dedui</translation>
    </message>
    <message>
        <source>Keep anyway</source>
        <translation>Kenbe l kanmenm</translation>
    </message>
    <message>
        <source>New Figure</source>
        <translation>Nouvo chif</translation>
    </message>
    <message>
        <source>Edit Figure %1</source>
        <translation>Modifye chif %1</translation>
    </message>
    <message>
        <source>%1 (%2, in %3)</source>
        <translation>%1 (%2, an %3)</translation>
    </message>
    <message>
        <source>counted over a period</source>
        <translation>konte sou yon peryòd</translation>
    </message>
    <message>
        <source>held at a date</source>
        <translation>valab nan yon dat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>okenn</translation>
    </message>
    <message>
        <source>e.g. 2,728 or 1.5e6</source>
        <translation>egzanp 2,728 oswa 1.5e6</translation>
    </message>
    <message>
        <source>Haiti, Kenya, MSS, …</source>
        <translation>Ayiti, Kenya, MSS, …</translation>
    </message>
    <message>
        <source>e.g. 2023-09 or 2022-10/2023-06</source>
        <translation>egzanp 2023-09 oswa 2022-10/2023-06</translation>
    </message>
    <message>
        <source>The period a count covers, or the date a level holds at, in EDTF: YYYY, YYYY-MM or YYYY-MM-DD, an interval as start/end, ~ for approximate</source>
        <translation>Peryòd yon kont kouvri, oswa dat yon nivo valab, an EDTF: AAAA, AAAA-MM oswa AAAA-MM-JJ, yon entèval kòm kòmansman/fen, ~ pou apeprè</translation>
    </message>
    <message>
        <source>How the period was inferred (required when inferred)</source>
        <translation>Kijan yo dedui peryòd la (obligatwa si li dedui)</translation>
    </message>
    <message>
        <source>optional, e.g. 2023-09~</source>
        <translation>si ou vle, egzanp 2023-09~</translation>
    </message>
    <message>
        <source>optional: the id of the figure this one breaks down</source>
        <translation>si ou vle: idantifyan chif sa a detaye a</translation>
    </message>
    <message>
        <source>e.g. women, from Kenya</source>
        <translation>egzanp fanm, ki soti Kenya</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The sentence or phrase that states the figure, verbatim</source>
        <translation>Fraz oswa mo ki di chif la, egzakteman jan li ye</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> karaktè</translation>
    </message>
    <message>
        <source>Where the quote starts in the document&apos;s text, in characters from 0</source>
        <translation>Kote sitasyon an kòmanse nan tèks dokiman an, an karaktè apati 0</translation>
    </message>
    <message>
        <source>Save the figure although its quote does not write its value</source>
        <translation>Anrejistre chif la menm si sitasyon li pa ekri valè a</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Idantifyan</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Endikatè</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valè</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>Si&amp;jè</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tati</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Pe&amp;ryòd</translation>
    </message>
    <message>
        <source>&amp;Reported</source>
        <translation>&amp;Dat rapò</translation>
    </message>
    <message>
        <source>Breaks &amp;down</source>
        <translation>Se &amp;yon pati nan</translation>
    </message>
    <message>
        <source>Sub&amp;group</source>
        <translation>Ti &amp;gwoup</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chif</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Sous</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>Sitasy&amp;on</translation>
    </message>
    <message>
        <source>O&amp;ffset</source>
        <translation>&amp;Pozisyon</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nòt</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>Give the figure an id.</source>
        <translation>Bay chif la yon idantifyan.</translation>
    </message>
    <message>
        <source>The id “%1” may hold only letters, digits, dots, dashes and underscores.</source>
        <translation>Idantifyan “%1” la ka gen sèlman lèt, chif, pwen, tirè ak soulinyen.</translation>
    </message>
    <message>
        <source>There is already a figure %1: choose another id.</source>
        <translation>Gen yon chif %1 deja: chwazi yon lòt idantifyan.</translation>
    </message>
    <message>
        <source>Choose what the figure measures.</source>
        <translation>Chwazi sa chif la mezire.</translation>
    </message>
    <message>
        <source>Give the value in digits, e.g. 2,728.</source>
        <translation>Bay valè a an chif, egzanp 2,728.</translation>
    </message>
    <message>
        <source>The value “%1” is not a number: write it in digits, e.g. 2,728, 1.5 or 1.5e6.</source>
        <translation>Valè “%1” la se pa yon nonb: ekri l an chif, egzanp 2,728, 1.5 oswa 1.5e6.</translation>
    </message>
    <message>
        <source>%1 cannot be negative: it is a count.</source>
        <translation>%1 pa ka negatif: se yon kont.</translation>
    </message>
    <message>
        <source>“%1” is not a qualifier we know: choose one from the list, or none.</source>
        <translation>Nou pa konnen kalifikatif “%1” la: chwazi youn nan lis la, oswa okenn.</translation>
    </message>
    <message>
        <source>Say whom or what the figure is about (the subject).</source>
        <translation>Di kiyès oswa kisa chif la konsène (sijè a).</translation>
    </message>
    <message>
        <source>Give the period the figure covers or the date it holds at, e.g. 2023-09 or 2022-10/2023-06.</source>
        <translation>Bay peryòd chif la kouvri oswa dat li valab, egzanp 2023-09 oswa 2022-10/2023-06.</translation>
    </message>
    <message>
        <source>The period is not valid: %1.</source>
        <translation>Peryòd la pa valab: %1.</translation>
    </message>
    <message>
        <source>Say how the period was inferred, since the source does not state it.</source>
        <translation>Di kijan yo dedui peryòd la, paske sous la pa di l.</translation>
    </message>
    <message>
        <source>The report date is not valid: %1.</source>
        <translation>Dat rapò a pa valab: %1.</translation>
    </message>
    <message>
        <source>Give the report date that was inferred, or untick “Inferred”.</source>
        <translation>Bay dat rapò yo dedui a, oswa retire mak sou “Dedui”.</translation>
    </message>
    <message>
        <source>A figure cannot break itself down: choose another parent or none.</source>
        <translation>Yon chif pa ka detaye tèt li: chwazi yon lòt chif prensipal, oswa okenn.</translation>
    </message>
    <message>
        <source>There is no figure %1 for this one to break down.</source>
        <translation>Pa gen chif %1 pou chif sa a detaye.</translation>
    </message>
    <message>
        <source>%1 already breaks %2 down, so it cannot be its parent.</source>
        <translation>%1 deja detaye %2, donk li pa ka chif prensipal li.</translation>
    </message>
    <message>
        <source>Say which part of %1 this figure counts (the subgroup).</source>
        <translation>Di ki pati nan %1 chif sa a konte (ti gwoup la).</translation>
    </message>
    <message>
        <source>Choose the source that states the figure.</source>
        <translation>Chwazi sous ki di chif la.</translation>
    </message>
    <message>
        <source>Quote the words of the source that state the figure.</source>
        <translation>Site mo sous la itilize pou di chif la.</translation>
    </message>
    <message>
        <source>The quote is not in %1.</source>
        <translation>Sitasyon an pa nan %1.</translation>
    </message>
    <message>
        <source>Moved the offset from %1 to %2, where the quote stands in %3.</source>
        <translation>Pozisyon an deplase soti %1 rive %2, kote sitasyon an ye nan %3.</translation>
    </message>
    <message>
        <source>The quote does not write the value %1. Correct the value or the quote, or tick “Keep anyway”.</source>
        <translation>Sitasyon an pa ekri valè %1 la. Korije valè a oswa sitasyon an, oswa make “Kenbe l kanmenm”.</translation>
    </message>
    <message>
        <source>%1 (1 day)</source>
        <translation>%1 (1 jou)</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 jou)</translation>
    </message>
    <message>
        <source>No such figure.</source>
        <translation>Chif sa a pa egziste.</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message>
        <source>The word before the number, as the source writes it (“over”, “about”)</source>
        <translation>Mo ki devan chif la, jan sous la ekri l (“plis pase”, “anviwon”)</translation>
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
        <translation>Rapò ki pa dakò: yon lòt rapò bay %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Inferred: %1</source>
        <translation>Dedui: %1</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (dedui)</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Dat oswa peryòd</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Endikatè</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valè</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sijè</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estati</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sous</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sitasyon</translation>
    </message>
</context>
<context>
    <name>crisis::ui::FilterPanel</name>
    <message>
        <source>Quotes, subjects, sources, values…</source>
        <translation>Sitasyon, sijè, sous, valè…</translation>
    </message>
    <message>
        <source>Events that occurred, or those expected (announced as due) or proposed (sought, not decided)</source>
        <translation>Evènman ki rive, oswa sa ki prevwa (yo anonse yo) oswa pwopoze (yo mande yo, men yo poko deside)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Retire filt yo</translation>
    </message>
    <message>
        <source>Shows every record again</source>
        <translation>Montre tout anrejistreman yo ankò</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chèche</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Depi</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Jiska</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>Event stat&amp;us</source>
        <translation>Es&amp;tati</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Endikatè</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>S&amp;ijè</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>S&amp;ous</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Search filter</source>
        <translation>Filt rechèch</translation>
    </message>
    <message>
        <source>Shows the records whose quotes, subjects, sources or values contain the words typed</source>
        <translation>Montre anrejistreman ki gen mo ou tape yo nan sitasyon, sijè, sous oswa valè yo</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>nenpòt dat</translation>
    </message>
    <message>
        <source>From date filter</source>
        <translation>Filt dat kòmansman</translation>
    </message>
    <message>
        <source>The earliest date shown; type a year, a year and month, or a full date (2024, 2024-03, 2024-03-15)</source>
        <translation>Premye dat ki parèt; tape yon ane, yon mwa oswa yon dat konplè (2024, 2024-03, 2024-03-15)</translation>
    </message>
    <message>
        <source>To date filter</source>
        <translation>Filt dat fen</translation>
    </message>
    <message>
        <source>The latest date shown; type a year, a year and month, or a full date (2024, 2024-03, 2024-03-15)</source>
        <translation>Dènye dat ki parèt; tape yon ane, yon mwa oswa yon dat konplè (2024, 2024-03, 2024-03-15)</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filt kategori</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>tout kategori</translation>
    </message>
    <message>
        <source>Shows the events of one category</source>
        <translation>Montre evènman yon sèl kategori</translation>
    </message>
    <message>
        <source>Event status filter</source>
        <translation>Filt estati evènman</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>tout estati</translation>
    </message>
    <message>
        <source>Metric filter</source>
        <translation>Filt endikatè</translation>
    </message>
    <message>
        <source>all metrics</source>
        <translation>tout endikatè</translation>
    </message>
    <message>
        <source>Shows the figures of one metric</source>
        <translation>Montre chif yon sèl endikatè</translation>
    </message>
    <message>
        <source>Subject filter</source>
        <translation>Filt sijè</translation>
    </message>
    <message>
        <source>all subjects</source>
        <translation>tout sijè</translation>
    </message>
    <message>
        <source>Shows the figures about one subject</source>
        <translation>Montre chif sou yon sèl sijè</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filt sous</translation>
    </message>
    <message>
        <source>all sources</source>
        <translation>tout sous</translation>
    </message>
    <message>
        <source>Shows the records from one source</source>
        <translation>Montre anrejistreman ki soti nan yon sèl sous</translation>
    </message>
</context>
<context>
    <name>crisis::ui::HistoryDialog</name>
    <message>
        <source>1 figure</source>
        <translation>1 chif</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 chif</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evènman</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 evènman</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 sous</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 sous</translation>
    </message>
    <message>
        <source>1 story</source>
        <translation>1 istwa</translation>
    </message>
    <message>
        <source>%1 stories</source>
        <translation>%1 istwa</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>N ap li istorik la…</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Istorik %1</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revizyon</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kilè</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kiyès</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kisa</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Anrejistreman</translation>
    </message>
    <message>
        <source>Changes saved to %1, newest first</source>
        <translation>Chanjman ki anrejistre nan %1, pi resan yo an premye</translation>
    </message>
    <message>
        <source>replaced everything</source>
        <translation>ranplase tout bagay</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajoute %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>chanje %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>efase %1</translation>
    </message>
    <message>
        <source>No change saved yet.</source>
        <translation>Poko gen chanjman ki anrejistre.</translation>
    </message>
    <message>
        <source>1 change saved.</source>
        <translation>1 chanjman anrejistre.</translation>
    </message>
    <message>
        <source>%1 changes saved, newest first.</source>
        <translation>%1 chanjman anrejistre, pi resan yo an premye.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Nou pa t ka li istorik la: %1</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chif</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evènman</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sous</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(anyen)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>What the selected change did to each record&apos;s fields</source>
        <translation>Sa chanjman ou chwazi a fè nan chan chak anrejistreman</translation>
    </message>
    <message>
        <source>Select a change to see its records&apos; values before and after.</source>
        <translation>Chwazi yon chanjman pou wè valè anrejistreman li yo anvan ak apre.</translation>
    </message>
    <message>
        <source>%1 %2, removed; it held:</source>
        <translation>%1 %2, retire; men sa li te genyen:</translation>
    </message>
    <message>
        <source>%1 %2, changed:</source>
        <translation>%1 %2, chanje:</translation>
    </message>
    <message>
        <source>  saved with the same values</source>
        <translation>  anrejistre ak menm valè yo</translation>
    </message>
    <message>
        <source>This change added records: their values are what their next change shows before it, or what they hold now.</source>
        <translation>Chanjman sa a te ajoute anrejistreman: valè yo se sa pwochen chanjman yo montre anvan li, oswa sa yo genyen kounye a.</translation>
    </message>
    <message>
        <source>No values were kept of this change&apos;s records.</source>
        <translation>Pa gen valè anrejistreman chanjman sa a ki te kenbe.</translation>
    </message>
</context>
<context>
    <name>crisis::ui::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Enpòte %1</translation>
    </message>
    <message>
        <source>Find out from the content</source>
        <translation>Rekonèt li dapre sa ki ladan l</translation>
    </message>
    <message>
        <source>Crisis Timeline JSON</source>
        <translation>JSON Crisis Timeline</translation>
    </message>
    <message>
        <source>CSV with HXL hashtags</source>
        <translation>CSV ak etikèt HXL</translation>
    </message>
    <message>
        <source>TimelineJS sheet or JSON</source>
        <translation>Fèy oswa JSON TimelineJS</translation>
    </message>
    <message>
        <source>Table (choose the columns)</source>
        <translation>Tablo (chwazi kolòn yo)</translation>
    </message>
    <message>
        <source>Article (review the figures found)</source>
        <translation>Atik (verifye chif yo jwenn yo)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichye:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Fòma:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Jwenn:</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Sa ki pral enpòte</translation>
    </message>
    <message>
        <source>Skip what was imported before from a file of this name</source>
        <translation>Sote sa ki te deja enpòte nan yon fichye ki gen menm non</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Pwoblèm</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Enpòte</translation>
    </message>
    <message>
        <source>The records the file gives, one a row</source>
        <translation>Anrejistreman fichye a bay, youn pa liy</translation>
    </message>
    <message>
        <source>What the file gets wrong, with its line and column</source>
        <translation>Sa ki pa bon nan fichye a, ak liy ak kolòn li</translation>
    </message>
    <message>
        <source>Value columns</source>
        <translation>Kolòn valè</translation>
    </message>
    <message>
        <source>The columns that hold values (several for a wide table)</source>
        <translation>Kolòn ki gen valè yo (plizyè pou yon tablo laj)</translation>
    </message>
    <message>
        <source>The file&apos;s table</source>
        <translation>Tablo fichye a</translation>
    </message>
    <message>
        <source>The file&apos;s first rows, as read</source>
        <translation>Premye liy fichye a, jan nou li yo</translation>
    </message>
    <message>
        <source>Figures found in the article</source>
        <translation>Chif nou jwenn nan atik la</translation>
    </message>
    <message>
        <source>Check those to import and correct any cell; Tab leaves the table</source>
        <translation>Make sa pou enpòte yo epi korije selil ki bezwen sa; Tab fè w soti nan tablo a</translation>
    </message>
    <message>
        <source>Which columns hold what</source>
        <translation>Ki kolòn ki gen kisa</translation>
    </message>
    <message>
        <source>Date (year, ISO date or EDTF):</source>
        <translation>Dat (ane, dat ISO oswa EDTF):</translation>
    </message>
    <message>
        <source>or Year:</source>
        <translation>oswa Ane:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mwa:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jou:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sijè:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Endikatè:</translation>
    </message>
    <message>
        <source>A metric of the database, or a new one written key:flow or key:stock</source>
        <translation>Yon endikatè nan baz done a, oswa yon nouvo ekri kle:flow oswa kle:stock</translation>
    </message>
    <message>
        <source>or Metric column:</source>
        <translation>oswa Kolòn endikatè:</translation>
    </message>
    <message>
        <source>Values (several for a wide table):</source>
        <translation>Valè (plizyè pou yon tablo laj):</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>N ap li…</translation>
    </message>
    <message>
        <source>The database cannot be read.</source>
        <translation>Nou pa ka li baz done a.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(okenn)</translation>
    </message>
    <message>
        <source>(from the value columns&apos; names)</source>
        <translation>(dapre non kolòn valè yo)</translation>
    </message>
    <message numerus="yes">
        <source>a plain-text article: %n figure(s) proposed</source>
        <translation>
            <numerusform>yon atik tèks senp: %n chif pwopoze</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing we can import yet</source>
        <translation>poko gen anyen nou ka enpòte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kalite</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Idantifyan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <source>Metric or title</source>
        <translation>Endikatè oswa tit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valè</translation>
    </message>
    <message>
        <source>Subject or category</source>
        <translation>Sijè oswa kategori</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sitasyon</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nouvo)</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chif</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evènman</translation>
    </message>
    <message>
        <source>Nothing new: everything in the file was imported before.</source>
        <translation>Anyen nouvo: tout sa ki nan fichye a te deja enpòte.</translation>
    </message>
    <message>
        <source>Will import %1 figures, %2 events and %3 new sources, all in one step (Edit → Undo takes it back).%4</source>
        <translation>Pral enpòte %1 chif, %2 evènman ak %3 nouvo sous, yon sèl kou (Modifye → Anile defèt li).%4</translation>
    </message>
    <message>
        <source> The first %1 are listed.</source>
        <translation> %1 premye yo nan lis la.</translation>
    </message>
    <message>
        <source>Nothing can be imported until the problems below are solved.</source>
        <translation>Anyen pa ka enpòte toutotan pwoblèm ki anba yo pa rezoud.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Okenn.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fichye a vid.</translation>
    </message>
    <message>
        <source>The file is not text in an encoding Crisis Timeline reads.</source>
        <translation>Fichye a se pa tèks nan yon kodaj Crisis Timeline ka li.</translation>
    </message>
    <message>
        <source>The file breaks the rules of its format here.</source>
        <translation>Fichye a pa respekte règ fòma li isit la.</translation>
    </message>
    <message>
        <source>Larger than Crisis Timeline reads.</source>
        <translation>Twò gwo pou Crisis Timeline li.</translation>
    </message>
    <message>
        <source>Not a format Crisis Timeline imports.</source>
        <translation>Crisis Timeline pa enpòte fòma sa a.</translation>
    </message>
    <message>
        <source>Something that must be given is missing.</source>
        <translation>Yon bagay ki obligatwa manke.</translation>
    </message>
    <message>
        <source>A value that is not allowed here.</source>
        <translation>Yon valè ki pa aksepte isit la.</translation>
    </message>
    <message>
        <source>A date that cannot be read.</source>
        <translation>Yon dat nou pa ka li.</translation>
    </message>
    <message>
        <source>Which column holds what cannot be told.</source>
        <translation>Nou pa ka di ki kolòn ki gen kisa.</translation>
    </message>
    <message>
        <source>It names a record or metric that does not exist.</source>
        <translation>Li nonmen yon anrejistreman oswa yon endikatè ki pa egziste.</translation>
    </message>
    <message>
        <source>An id given twice, or one the database has already.</source>
        <translation>Yon idantifyan ki parèt de fwa, oswa ki deja nan baz done a.</translation>
    </message>
    <message>
        <source>Two descriptions of one record differ.</source>
        <translation>De deskripsyon menm anrejistreman an pa menm.</translation>
    </message>
    <message>
        <source>A figure would be a part of itself.</source>
        <translation>Yon chif ta yon pati nan tèt li.</translation>
    </message>
    <message>
        <source>Other records still need it.</source>
        <translation>Lòt anrejistreman toujou bezwen l.</translation>
    </message>
    <message>
        <source>The quote does not stand in its source&apos;s text.</source>
        <translation>Sitasyon an pa nan tèks sous li.</translation>
    </message>
    <message>
        <source>Nothing in the file can be imported.</source>
        <translation>Anyen nan fichye a pa ka enpòte.</translation>
    </message>
    <message>
        <source>Left out of the import.</source>
        <translation>Kite deyò enpòtasyon an.</translation>
    </message>
    <message>
        <source>Imported before from a file of this name.</source>
        <translation>Te deja enpòte nan yon fichye ki gen menm non.</translation>
    </message>
    <message>
        <source>A new metric is added with the import.</source>
        <translation>Enpòtasyon an ajoute yon nouvo endikatè.</translation>
    </message>
    <message>
        <source>More problems than are listed.</source>
        <translation>Gen plis pwoblèm pase sa ki nan lis la.</translation>
    </message>
    <message>
        <source>A file or the database could not be read or written.</source>
        <translation>Nou pa t ka li oswa ekri yon fichye oswa baz done a.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anile.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Anyen pa t enpòte.</translation>
    </message>
    <message>
        <source>Figures found in the article: check those to import, correct any cell</source>
        <translation>Chif nou jwenn nan atik la: make sa pou enpòte yo, korije selil ki bezwen sa</translation>
    </message>
    <message>
        <source>e.g. 2024-09-22 (optional)</source>
        <translation>egzanp 2024-09-22 (si ou vle)</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Pibliye:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Enpòte</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Kalifikatif</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Endikatè</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sijè</translation>
    </message>
    <message>
        <source>Period (EDTF)</source>
        <translation>Peryòd (EDTF)</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Fraz</translation>
    </message>
    <message>
        <source>Sure: the value, metric, subject and period are stated where it stands.</source>
        <translation>Sèten: valè a, endikatè a, sijè a ak peryòd la ekri kote li ye a.</translation>
    </message>
    <message>
        <source>To review: %1.</source>
        <translation>Pou verifye: %1.</translation>
    </message>
    <message>
        <source>Part of %1: %2.</source>
        <translation>Pati nan %1: %2.</translation>
    </message>
    <message>
        <source>No metric found: type one of %1</source>
        <translation>Nou pa jwenn okenn endikatè: tape youn nan %1</translation>
    </message>
    <message>
        <source>Inferred: %1</source>
        <translation>Dedui: %1</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” se pa yon nonb</translation>
    </message>
    <message>
        <source>“%1” is not a date or period: %2</source>
        <translation>“%1” se pa yon dat ni yon peryòd: %2</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Pibliye: %1</translation>
    </message>
</context>
<context>
    <name>crisis::ui::Labels</name>
    <message>
        <source>actual</source>
        <translation>reyèl</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>pwomèt</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objektif</translation>
    </message>
    <message>
        <source>proposed target</source>
        <translation>objektif pwopoze</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimasyon</translation>
    </message>
    <message>
        <source>occurred</source>
        <translation>rive</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>prevwa</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>pwopoze</translation>
    </message>
    <message>
        <source>Expected: announced as due, not reported as done.</source>
        <translation>Prevwa: yo anonse l, men pa gen rapò ki di li fèt.</translation>
    </message>
    <message>
        <source>Proposed: sought or recommended, not decided.</source>
        <translation>Pwopoze: yo mande l oswa rekòmande l, men yo poko deside.</translation>
    </message>
    <message>
        <source>Security deployment</source>
        <translation>Deplwaman sekirite</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Vyolans</translation>
    </message>
    <message>
        <source>Humanitarian</source>
        <translation>Imanitè</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Politik</translation>
    </message>
    <message>
        <source>Diplomatic</source>
        <translation>Diplomatik</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansman</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lòt</translation>
    </message>
    <message>
        <source>%1: %2 (share)</source>
        <translation>%1: %2 (pati)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outlet not stated</source>
        <translation>Medya a pa endike</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>pa %1</translation>
    </message>
    <message>
        <source>inferred: %1</source>
        <translation>dedui: %1</translation>
    </message>
</context>
<context>
    <name>crisis::ui::MainWindow</name>
    <message>
        <source>Loading %p%</source>
        <translation>N ap chaje %p %</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>N ap chaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>Cancel opening</source>
        <translation>Anile ouvèti a</translation>
    </message>
    <message>
        <source>%1 is back: showing what it holds now</source>
        <translation>%1 tounen: n ap montre sa ki ladan l kounye a</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Ouvèti a anile</translation>
    </message>
    <message>
        <source>Crisis Timeline</source>
        <translation>Crisis Timeline</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vi</translation>
    </message>
    <message>
        <source>The charts and the timeline; Ctrl+Tab moves to the next view</source>
        <translation>Graf yo ak kwonoloji a; Ctrl+Tab pase nan pwochen vi a</translation>
    </message>
    <message>
        <source>The charts and the timeline</source>
        <translation>Graf yo ak kwonoloji a</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deplwaman</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>Viktim</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Deplasman</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansman</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Graf %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Kwonoloji</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chif</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evènman</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Anrejistreman</translation>
    </message>
    <message>
        <source>The figures and the events the filters show, as tables</source>
        <translation>Chif ak evènman filt yo montre, nan tablo</translation>
    </message>
    <message>
        <source>Record tables</source>
        <translation>Tablo anrejistreman</translation>
    </message>
    <message>
        <source>Figures or events</source>
        <translation>Chif oswa evènman</translation>
    </message>
    <message>
        <source>Figures table</source>
        <translation>Tablo chif</translation>
    </message>
    <message>
        <source>Every figure the filters show: its date, metric, subject, value and source. Enter or a click shows its source; Tab leaves the table</source>
        <translation>Chak chif filt yo montre: dat, endikatè, sijè, valè ak sous li. Antre oswa yon klik montre sous li; Tab fè w soti nan tablo a</translation>
    </message>
    <message>
        <source>Events table</source>
        <translation>Tablo evènman</translation>
    </message>
    <message>
        <source>Every event the filters show: its date, category, title, location and sources. Enter or a click shows its source; Tab leaves the table</source>
        <translation>Chak evènman filt yo montre: dat, kategori, tit, kote ak sous li. Antre oswa yon klik montre sous li; Tab fè w soti nan tablo a</translation>
    </message>
    <message>
        <source>Source of the selected record</source>
        <translation>Sous anrejistreman ki seleksyone a</translation>
    </message>
    <message>
        <source>The quote, the source and the records it supports, of the figure or event selected</source>
        <translation>Sitasyon an, sous la ak anrejistreman li sipòte yo, pou chif oswa evènman ki seleksyone a</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sous</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filt</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Istwa</translation>
    </message>
    <message>
        <source>%1 panel</source>
        <translation>Pano %1</translation>
    </message>
    <message>
        <source>F6 moves to the next panel</source>
        <translation>F6 pase nan pwochen pano a</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichye</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvo baz done…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvri yon baz done…</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>Ouvri baz done ek&amp;ip…</translation>
    </message>
    <message>
        <source>Open a dataset a desk shares on a PostgreSQL server</source>
        <translation>Ouvri done yon ekip pataje sou yon sèvè PostgreSQL</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvri sa ki &amp;resan</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Enpòte…</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Ekspòte &amp;graf la…</translation>
    </message>
    <message>
        <source>Export &amp;Brief Pack…</source>
        <translation>Ekspòte &amp;dosye rezime a…</translation>
    </message>
    <message>
        <source>Export Story &amp;Handout…</source>
        <translation>Ekspòte &amp;fèy istwa a…</translation>
    </message>
    <message>
        <source>&amp;Print Chart…</source>
        <translation>Enprime gr&amp;af la…</translation>
    </message>
    <message>
        <source>Print &amp;Table…</source>
        <translation>Enprime &amp;tablo a…</translation>
    </message>
    <message>
        <source>Print Table</source>
        <translation>Enprime tablo a</translation>
    </message>
    <message>
        <source>The table has %1 rows as filtered. Print them all?</source>
        <translation>Tablo a gen %1 liy apre filt yo. Enprime yo tout?</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kite</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifye</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anile</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refè</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>&amp;Modifye seleksyon an…</translation>
    </message>
    <message>
        <source>Edit &amp;Source of Selected…</source>
        <translation>Modifye &amp;sous seleksyon an…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>&amp;Efase seleksyon an</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
    <message>
        <source>Delete Source of Selected</source>
        <translation>Efase sous seleksyon an</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Efase sous la</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvo</translation>
    </message>
    <message>
        <source>&amp;Figure…</source>
        <translation>&amp;Chif…</translation>
    </message>
    <message>
        <source>&amp;Event…</source>
        <translation>&amp;Evènman…</translation>
    </message>
    <message>
        <source>&amp;Source…</source>
        <translation>&amp;Sous…</translation>
    </message>
    <message>
        <source>Source &amp;Texts Folder…</source>
        <translation>Dosye &amp;tèks sous yo…</translation>
    </message>
    <message>
        <source>Where the source documents are</source>
        <translation>Kote dokiman sous yo ye</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Istorik…</translation>
    </message>
    <message>
        <source>Every change saved to the team database: who, when and what</source>
        <translation>Chak chanjman ki anrejistre nan baz done ekip la: kiyès, kilè ak kisa</translation>
    </message>
    <message>
        <source>History of Se&amp;lected…</source>
        <translation>Istorik se&amp;leksyon an…</translation>
    </message>
    <message>
        <source>Select a figure or an event to see its history</source>
        <translation>Seleksyone yon chif oswa yon evènman pou wè istorik li</translation>
    </message>
    <message>
        <source>&amp;Copy Record with Its Source</source>
        <translation>&amp;Kopye anrejistreman an ak sous li</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>Kopye &amp;graf la</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Chèche…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Retire &amp;filt yo</translation>
    </message>
    <message>
        <source>&amp;Add Events to Story</source>
        <translation>A&amp;joute evènman yo nan istwa a</translation>
    </message>
    <message>
        <source>Add the selected events to the story chosen in the Story panel</source>
        <translation>Ajoute evènman ki seleksyone yo nan istwa ki chwazi nan pano Istwa a</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afichaj</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Prensipal</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Grosi</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Rapetise</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoum &amp;nòmal</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plen ekran</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Pre&amp;zante</translation>
    </message>
    <message>
        <source>Present the story chosen, or the events shown, full screen (F5)</source>
        <translation>Prezante istwa ki chwazi a, oswa evènman ki parèt yo, sou tout ekran an (F5)</translation>
    </message>
    <message>
        <source>Next Vie&amp;w</source>
        <translation>&amp;Vi swivan</translation>
    </message>
    <message>
        <source>Previous View</source>
        <translation>Vi anvan</translation>
    </message>
    <message>
        <source>Next &amp;Panel</source>
        <translation>Pano s&amp;wivan</translation>
    </message>
    <message>
        <source>Previous Panel</source>
        <translation>Pano anvan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>È&amp;d</translation>
    </message>
    <message>
        <source>&amp;About Crisis Timeline</source>
        <translation>&amp;Konsènan Crisis Timeline</translation>
    </message>
    <message>
        <source>About Crisis Timeline</source>
        <translation>Konsènan Crisis Timeline</translation>
    </message>
    <message>
        <source>&lt;b&gt;Crisis Timeline %1&lt;/b&gt;&lt;p&gt;A crisis as a timeline of events and figures, each traced to the sentence of the source that states it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Crisis Timeline %1&lt;/b&gt;&lt;p&gt;Yon kriz kòm yon kwonoloji evènman ak chif, chak mare ak fraz sous ki di l la.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Konsènan &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lang</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Lang &amp;sistèm nan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lang</translation>
    </message>
    <message>
        <source>Crisis Timeline will be in the language chosen the next time it starts.</source>
        <translation>Crisis Timeline ap nan lang ou chwazi a pwochen fwa li demare.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>N ap ouvri %1…</translation>
    </message>
    <message>
        <source>Changes others save will not show until the database is opened again: %1</source>
        <translation>Chanjman lòt moun anrejistre p ap parèt toutotan baz done a pa ouvri ankò: %1</translation>
    </message>
    <message>
        <source>Offline, read-only: %1 (trying again in %2 s)</source>
        <translation>San koneksyon, lekti sèlman: %1 (n ap eseye ankò nan %2 s)</translation>
    </message>
    <message>
        <source>Offline, read-only: %1 (trying again now)</source>
        <translation>San koneksyon, lekti sèlman: %1 (n ap eseye ankò kounye a)</translation>
    </message>
    <message>
        <source>%1 keeps no history of its changes: a team database on a PostgreSQL server does</source>
        <translation>%1 pa kenbe istorik chanjman li yo: yon baz done ekip sou yon sèvè PostgreSQL kenbe l</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Pa gen baz done</translation>
    </message>
    <message>
        <source>The team database cannot be reached. What it last held is shown; nothing can be changed until it is back.</source>
        <translation>Nou pa ka jwenn baz done ekip la. Dènye sa li te genyen an parèt; anyen pa ka chanje toutotan li pa tounen.</translation>
    </message>
    <message>
        <source>Cannot show a change %1 saved: %2</source>
        <translation>Nou pa ka montre yon chanjman %1 anrejistre: %2</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Pa ouvri: %1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Nou pa ka ouvri baz done a</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>itilizatè w</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Modpas</translation>
    </message>
    <message>
        <source>%1 asks for the password of %2:</source>
        <translation>%1 mande modpas %2:</translation>
    </message>
    <message>
        <source>%1 refused that password for %2. Password:</source>
        <translation>%1 refize modpas sa a pou %2. Modpas:</translation>
    </message>
    <message>
        <source>%1 — Crisis Timeline</source>
        <translation>%1 — Crisis Timeline</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Pa gen baz done ki ouvri</translation>
    </message>
    <message>
        <source>%1 of %2 figures, %3 of %4 events, %5 sources</source>
        <translation>%1 sou %2 chif, %3 sou %4 evènman, %5 sous</translation>
    </message>
    <message>
        <source>The selected figure is hidden by the filters</source>
        <translation>Filt yo kache chif ki seleksyone a</translation>
    </message>
    <message>
        <source>Copied with its source</source>
        <translation>Kopye ak sous li</translation>
    </message>
    <message>
        <source>Brief Pack Folder</source>
        <translation>Kote pou mete dosye rezime a</translation>
    </message>
    <message>
        <source>Brief Pack</source>
        <translation>Dosye rezime</translation>
    </message>
    <message>
        <source>Brief pack written to %1</source>
        <translation>Dosye rezime a ekri nan %1</translation>
    </message>
    <message>
        <source>Chart copied, with its title, dates and sources</source>
        <translation>Graf la kopye, ak tit, dat ak sous li</translation>
    </message>
    <message>
        <source>%1 rows of %2, as filtered and sorted in %3</source>
        <translation>%1 liy nan %2, filtre ak klase jan yo ye nan %3</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>rechèch “%1”</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depi %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>jiska %1</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>endikatè %1</translation>
    </message>
    <message>
        <source>subject or actor %1</source>
        <translation>sijè oswa aktè %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>sous %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>kategori %1</translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Filtre pa %1</translation>
    </message>
    <message>
        <source>Select events in the Events table or on the timeline first</source>
        <translation>Seleksyone evènman nan tablo Evènman an oswa sou kwonoloji a anvan</translation>
    </message>
    <message>
        <source>1 event added to “%1”</source>
        <translation>1 evènman ajoute nan “%1”</translation>
    </message>
    <message>
        <source>%1 events added to “%2”</source>
        <translation>%1 evènman ajoute nan “%2”</translation>
    </message>
    <message>
        <source>%1 of %2 events added to “%3”: the others were in it already</source>
        <translation>%1 sou %2 evènman ajoute nan “%3”: lòt yo te ladan l deja</translation>
    </message>
    <message>
        <source>Nothing to present: the story has no steps, or the filters hide every event</source>
        <translation>Pa gen anyen pou prezante: istwa a pa gen etap, oswa filt yo kache tout evènman yo</translation>
    </message>
    <message>
        <source>Nothing to write: the story has no steps, or the filters hide every event</source>
        <translation>Pa gen anyen pou ekri: istwa a pa gen etap, oswa filt yo kache tout evènman yo</translation>
    </message>
    <message>
        <source>Story Handout</source>
        <translation>Fèy istwa</translation>
    </message>
    <message>
        <source>No story is chosen, so the handout has a page for each of the %1 events the filters show. Write them all?</source>
        <translation>Ou pa chwazi okenn istwa, donk fèy la ap gen yon paj pou chak %1 evènman filt yo montre. Ekri yo tout?</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>N ap ekri fèy la…</translation>
    </message>
    <message>
        <source>Handout cancelled: nothing was written</source>
        <translation>Fèy la anile: anyen pa t ekri</translation>
    </message>
    <message>
        <source>Handout written to %1</source>
        <translation>Fèy la ekri nan %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Enpòte</translation>
    </message>
    <message>
        <source>Data files (*.json *.csv *.txt);;All files (*)</source>
        <translation>Fichye done (*.json *.csv *.txt);;Tout fichye (*)</translation>
    </message>
    <message>
        <source>Select a figure or an event to edit</source>
        <translation>Seleksyone yon chif oswa yon evènman pou modifye</translation>
    </message>
    <message>
        <source>Select a figure or an event: its source is edited</source>
        <translation>Seleksyone yon chif oswa yon evènman: se sous li ki pral modifye</translation>
    </message>
    <message>
        <source>nothing is selected</source>
        <translation>pa gen anyen ki seleksyone</translation>
    </message>
    <message>
        <source>select a figure or an event: its source is deleted</source>
        <translation>seleksyone yon chif oswa yon evènman: se sous li ki pral efase</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 pa mache: %2</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvri yon baz done</translation>
    </message>
    <message>
        <source>Crisis Timeline databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Baz done Crisis Timeline (*.sqlite *.sqlite3 *.db);;Tout fichye (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvo baz done</translation>
    </message>
    <message>
        <source>Crisis Timeline databases (*.sqlite)</source>
        <translation>Baz done Crisis Timeline (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists. Choose a new name: a new database never replaces a file.</source>
        <translation>%1 egziste deja. Chwazi yon lòt non: yon nouvo baz done pa janm ranplase yon fichye.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Pa gen baz done resan</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vide lis la</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tèm</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistèm</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Klè</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Fonse</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lekti sèlman</translation>
    </message>
    <message>
        <source>Nothing can be changed from this window: the database refuses this user&apos;s changes (a reader&apos;s role in a team database, or a file that cannot be written).</source>
        <translation>Ou pa ka chanje anyen nan fenèt sa a: baz la refize chanjman itilizatè sa a (wòl lektè nan yon baz ekip, oswa yon fichye ki pa ka ekri).</translation>
    </message>
</context>
<context>
    <name>crisis::ui::PresenterWindow</name>
    <message>
        <source> (date inferred)</source>
        <translation> (dat dedui)</translation>
    </message>
    <message>
        <source>Presenting — Crisis Timeline</source>
        <translation>Prezantasyon — Crisis Timeline</translation>
    </message>
    <message>
        <source>Nothing to present: no events.</source>
        <translation>Pa gen anyen pou prezante: pa gen evènman.</translation>
    </message>
    <message>
        <source>Presenting: nothing to present</source>
        <translation>Prezantasyon: pa gen anyen pou prezante</translation>
    </message>
    <message>
        <source>%1%2 of %3</source>
        <translation>%1%2 sou %3</translation>
    </message>
    <message>
        <source>Sources:&lt;br&gt;%1</source>
        <translation>Sous:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Presenting %1: %2, %3</source>
        <translation>Prezantasyon %1: %2, %3</translation>
    </message>
    <message>
        <source>→ / Page Down / Space: next   ← / Page Up: back   Home / End   C: high contrast   Esc: leave</source>
        <translation>→ / Page Down / Espas: swivan   ← / Page Up: retounen   Home / End   C: kontras fò   Esc: soti</translation>
    </message>
</context>
<context>
    <name>crisis::ui::RecordDialog</name>
    <message>
        <source>Inferred &amp;from</source>
        <translation>Dedui &amp;apati</translation>
    </message>
    <message>
        <source>Not checked: the text of %1 is not available.</source>
        <translation>Pa verifye: tèks %1 pa disponib.</translation>
    </message>
    <message>
        <source>Found at character %1 of %2.</source>
        <translation>Jwenn nan karaktè %1 nan %2.</translation>
    </message>
    <message>
        <source>The quote stands at character %1 of %2, not at %3: OK moves the offset there.</source>
        <translation>Sitasyon an nan karaktè %1 nan %2, pa nan %3: OK deplase pozisyon an la.</translation>
    </message>
    <message>
        <source>The quote is not in %1.</source>
        <translation>Sitasyon an pa nan %1.</translation>
    </message>
</context>
<context>
    <name>crisis::ui::RecordEditor</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 pa mache: %2</translation>
    </message>
    <message>
        <source>%1: their version kept, yours dropped</source>
        <translation>%1: vèsyon pa yo a rete, pa w la tonbe</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>Nouvo chif</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvo evènman</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvo sous</translation>
    </message>
    <message>
        <source>Edit figure %1</source>
        <translation>Modifye chif %1</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>Modifye evènman %1</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>Modifye sous %1</translation>
    </message>
    <message>
        <source>Delete figure %1</source>
        <translation>Efase chif %1</translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation>Efase evènman %1</translation>
    </message>
    <message>
        <source>Delete source %1</source>
        <translation>Efase sous %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Enpòte</translation>
    </message>
    <message>
        <source>Open a database first: imports go into it.</source>
        <translation>Ouvri yon baz done anvan: enpòtasyon yo ale ladan l.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Enpòte %1</translation>
    </message>
    <message>
        <source>Imported %1, %2 and %3 from %4</source>
        <translation>Enpòte %1, %2 ak %3 soti nan %4</translation>
    </message>
    <message>
        <source>%n figure</source>
        <translation>%n chif</translation>
    </message>
    <message>
        <source>%n figures</source>
        <translation>%n chif</translation>
    </message>
    <message>
        <source>%n event</source>
        <translation>%n evènman</translation>
    </message>
    <message>
        <source>%n events</source>
        <translation>%n evènman</translation>
    </message>
    <message>
        <source>%n new source</source>
        <translation>%n nouvo sous</translation>
    </message>
    <message>
        <source>%n new sources</source>
        <translation>%n nouvo sous</translation>
    </message>
    <message>
        <source>Your version opens again, so that nothing you typed is lost: save it again, or cancel.</source>
        <translation>Vèsyon pa w la louvri ankò, pou anyen ou te ekri pa pèdi: anrejistre l ankò, oswa anile.</translation>
    </message>
</context>
<context>
    <name>crisis::ui::SourceDialog</name>
    <message>
        <source>Inferred</source>
        <translation>Dedui</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>Nouvo sous</translation>
    </message>
    <message>
        <source>Edit Source %1</source>
        <translation>Modifye sous %1</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes, e.g. src-005</source>
        <translation>lèt miniskil, chif ak tirè, egzanp src-005</translation>
    </message>
    <message>
        <source>The text file its quotes are taken from, e.g. 005_article.txt</source>
        <translation>Fichye tèks kote sitasyon li yo soti, egzanp 005_article.txt</translation>
    </message>
    <message>
        <source>As the document names it; empty if it does not</source>
        <translation>Jan dokiman an rele l; vid si li pa di l</translation>
    </message>
    <message>
        <source>The headline as stated; empty if there is none</source>
        <translation>Tit la jan li ekri; vid si pa genyen</translation>
    </message>
    <message>
        <source>Our own one-line description</source>
        <translation>Pwòp deskripsyon nou an yon liy</translation>
    </message>
    <message>
        <source>optional, e.g. 2024-09-22 or 2023-09~</source>
        <translation>si ou vle, egzanp 2024-09-22 oswa 2023-09~</translation>
    </message>
    <message>
        <source>EDTF: YYYY, YYYY-MM or YYYY-MM-DD, ~ for approximate</source>
        <translation>EDTF: AAAA, AAAA-MM oswa AAAA-MM-JJ, ~ pou apeprè</translation>
    </message>
    <message>
        <source>How the date was inferred (required when inferred)</source>
        <translation>Kijan yo dedui dat la (obligatwa si li dedui)</translation>
    </message>
    <message>
        <source>optional, https://…</source>
        <translation>si ou vle, https://…</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Idantifyan</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokiman</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medya</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tit</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;eskripsyon</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Otè</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Pibliye</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Give the source an id.</source>
        <translation>Bay sous la yon idantifyan.</translation>
    </message>
    <message>
        <source>The id “%1” may hold only lower-case letters, digits and dashes.</source>
        <translation>Idantifyan “%1” la ka gen sèlman lèt miniskil, chif ak tirè.</translation>
    </message>
    <message>
        <source>There is already a source %1: choose another id.</source>
        <translation>Gen yon sous %1 deja: chwazi yon lòt idantifyan.</translation>
    </message>
    <message>
        <source>Give the source an outlet, a title or a description, so that it can be named.</source>
        <translation>Bay sous la yon medya, yon tit oswa yon deskripsyon, pou nou ka nonmen l.</translation>
    </message>
    <message>
        <source>The publication date is not valid: %1.</source>
        <translation>Dat piblikasyon an pa valab: %1.</translation>
    </message>
    <message>
        <source>Give the publication date that was inferred, or untick “Inferred”.</source>
        <translation>Bay dat piblikasyon yo dedui a, oswa retire mak sou “Dedui”.</translation>
    </message>
    <message>
        <source>Say how the publication date was inferred, since the document does not state it.</source>
        <translation>Di kijan yo dedui dat piblikasyon an, paske dokiman an pa di l.</translation>
    </message>
    <message>
        <source>The URL “%1” is not a web address: it must start with http:// or https://.</source>
        <translation>URL “%1” la se pa yon adrès wèb: li dwe kòmanse ak http:// oswa https://.</translation>
    </message>
</context>
<context>
    <name>crisis::ui::SourcePanel</name>
    <message>
        <source>Select a figure or an event in a chart, the timeline or the table to see where it comes from.</source>
        <translation>Seleksyone yon chif oswa yon evènman nan yon graf, nan kwonoloji a oswa nan tablo a pou wè kote li soti.</translation>
    </message>
    <message>
        <source>Source %1 is not in the database.</source>
        <translation>Sous %1 pa nan baz done a.</translation>
    </message>
    <message>
        <source>Outlet not stated</source>
        <translation>Medya a pa endike</translation>
    </message>
    <message>
        <source>Author not stated</source>
        <translation>Otè a pa endike</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Pa %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Pibliye %1</translation>
    </message>
    <message>
        <source>Publication date not stated</source>
        <translation>Dat piblikasyon an pa endike</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation>(dedui)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokiman</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>karaktè %1</translation>
    </message>
    <message>
        <source>Also citing this source</source>
        <translation>Lòt ki site sous sa a tou</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ak %n lòt</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nòt: %1</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Pati nan</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>Rapò ki pa dakò</translation>
    </message>
</context>
<context>
    <name>crisis::ui::StoryModel</name>
    <message>
        <source>(event %1 is not in this database)</source>
        <translation>(evènman %1 pa nan baz done sa a)</translation>
    </message>
</context>
<context>
    <name>crisis::ui::StoryPanel</name>
    <message>
        <source>New…</source>
        <translation>Nouvo…</translation>
    </message>
    <message>
        <source>Start a new story</source>
        <translation>Kòmanse yon nouvo istwa</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Chanje non…</translation>
    </message>
    <message>
        <source>Rename the story</source>
        <translation>Chanje non istwa a</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
    <message>
        <source>Delete the story</source>
        <translation>Efase istwa a</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monte</translation>
    </message>
    <message>
        <source>Move the step earlier (or drag it)</source>
        <translation>Mete etap la pi bonè (oswa trennen l)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Desann</translation>
    </message>
    <message>
        <source>Move the step later (or drag it)</source>
        <translation>Mete etap la pi ta (oswa trennen l)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Remove the step from the story</source>
        <translation>Retire etap la nan istwa a</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Prezante</translation>
    </message>
    <message>
        <source>Handout PDF…</source>
        <translation>Fèy PDF…</translation>
    </message>
    <message>
        <source>A note for this step, shown while presenting</source>
        <translation>Yon nòt pou etap sa a, ki parèt pandan prezantasyon an</translation>
    </message>
    <message>
        <source>Present the story full screen (F5); with no story, all events shown, in date order</source>
        <translation>Prezante istwa a sou tout ekran an (F5); san istwa, tout evènman ki parèt yo, dapre dat</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Istwa</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>Etap istwa a</translation>
    </message>
    <message>
        <source>The events of the story, in the order they are presented</source>
        <translation>Evènman istwa a, nan lòd yo prezante yo</translation>
    </message>
    <message>
        <source>Step note</source>
        <translation>Nòt etap la</translation>
    </message>
    <message>
        <source>Drag steps into order</source>
        <translation>Trennen etap yo pou mete yo nan lòd</translation>
    </message>
    <message>
        <source>New Story</source>
        <translation>Nouvo istwa</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tit:</translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation>Chanje non istwa a</translation>
    </message>
    <message>
        <source>Delete the story “%1” and its step? The events stay.</source>
        <translation>Efase istwa “%1” la ak etap li a? Evènman yo ap rete.</translation>
    </message>
    <message>
        <source>Delete the story “%1” and its %2 steps? The events stay.</source>
        <translation>Efase istwa “%1” la ak %2 etap li yo? Evènman yo ap rete.</translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation>Efase istwa a</translation>
    </message>
    <message>
        <source>The story was not deleted: %1</source>
        <translation>Istwa a pa t efase: %1</translation>
    </message>
    <message>
        <source>All events shown, in date order</source>
        <translation>Tout evènman ki parèt yo, dapre dat</translation>
    </message>
    <message>
        <source>Not saved: %1. The change stays here until the app closes.</source>
        <translation>Pa anrejistre: %1. Chanjman an ap rete la jiskaske aplikasyon an fèmen.</translation>
    </message>
    <message>
        <source>Story: %1</source>
        <translation>Istwa: %1</translation>
    </message>
    <message>
        <source>The story to present</source>
        <translation>Istwa pou prezante a</translation>
    </message>
</context>
<context>
    <name>crisis::ui::TeamDatabaseDialog</name>
    <message>
        <source>When the server offers it (default)</source>
        <translation>Lè sèvè a ofri l (pa defo)</translation>
    </message>
    <message>
        <source>Always (TLS required)</source>
        <translation>Toujou (TLS obligatwa)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate and name</source>
        <translation>Toujou, epi verifye sètifika ak non sèvè a</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Janm</translation>
    </message>
    <message>
        <source>If the database is empty, &amp;set it up with the bundled dataset</source>
        <translation>Si baz done a vid, &amp;ranpli l ak done ki vini ak aplikasyon an</translation>
    </message>
    <message>
        <source>Open Team Database</source>
        <translation>Ouvri baz done ekip</translation>
    </message>
    <message>
        <source>e.g. db.example.org; empty: this computer</source>
        <translation>egzanp db.example.org; vid: òdinatè sa a</translation>
    </message>
    <message>
        <source>e.g. haiti</source>
        <translation>egzanp haiti</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>vid: non koneksyon w</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass, or asked for when needed</source>
        <translation>vid: nan ~/.pgpass, oswa n ap mande l lè sa nesesè</translation>
    </message>
    <message>
        <source>Kept only while the database is open; never saved</source>
        <translation>Kenbe sèlman pandan baz done a ouvri; pa janm anrejistre</translation>
    </message>
    <message>
        <source>A database an administrator has just created holds nothing: set it up with our tables and the bundled dataset. A database holding anything else is never changed.</source>
        <translation>Yon baz done yon administratè fèk kreye pa gen anyen ladan l: ranpli l ak tablo nou yo ak done ki vini ak aplikasyon an. Nou pa janm chanje yon baz done ki gen lòt bagay ladan l.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Sè&amp;vè:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Pò:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baz done:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Itilizatè:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Modpas:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chifraj:</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>Konekte ak %1</translation>
    </message>
    <message>
        <source>Name the database to open</source>
        <translation>Bay non baz done pou ouvri a</translation>
    </message>
</context>
<context>
    <name>crisis::ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Kwonoloji</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag or Shift+wheel: pan · ←/→: pan · +/−: zoom · 0: fit all · ↑/↓: previous/next event · Enter: its source</source>
        <translation>Wou: zoum · trennen oswa Shift+wou: deplase · ←/→: deplase · +/−: zoum · 0: wè tout · ↑/↓: evènman anvan/apre · Antre: sous li</translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>Pa gen evènman pou montre</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Pa gen baz done ki ouvri</translation>
    </message>
    <message>
        <source>1 label left out for room</source>
        <translation>1 etikèt pa parèt paske pa gen plas</translation>
    </message>
    <message>
        <source>%1 labels left out for room</source>
        <translation>%1 etikèt pa parèt paske pa gen plas</translation>
    </message>
    <message>
        <source>1 label hidden: zoom in</source>
        <translation>1 etikèt kache: grosi</translation>
    </message>
    <message>
        <source>%1 labels hidden: zoom in</source>
        <translation>%1 etikèt kache: grosi</translation>
    </message>
    <message>
        <source>Timeline: %1, %2, %3</source>
        <translation>Kwonoloji: %1, %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>inferred: %1</source>
        <translation>dedui: %1</translation>
    </message>
</context>
</TS>
