<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <location filename="../../casedesk/ui/clients/page.py" line="257"/>
        <source>%Ln match(es) for your search. Clear the search to return to the list.</source>
        <translation>
            <numerusform>%Ln match for your search. Clear the search to return to the list.</numerusform>
            <numerusform>%Ln matches for your search. Clear the search to return to the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/ui/clients/page.py" line="266"/>
        <source>%Ln client(s) match these filters</source>
        <translation>
            <numerusform>%Ln client matches these filters</numerusform>
            <numerusform>%Ln clients match these filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/ui/clients/page.py" line="268"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../casedesk/ui/main_window.py" line="484"/>
        <source>%Ln client(s) · store %1</source>
        <translation>
            <numerusform>%Ln client · store %1</numerusform>
            <numerusform>%Ln clients · store %1</numerusform>
        </translation>
    </message>
</context>
</TS>
