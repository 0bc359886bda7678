<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddClientDialog</name>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="81"/>
        <source>Add client to matter</source>
        <translation>Agregar cliente al asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="84"/>
        <source>Name in any spelling, alias or A-Number</source>
        <translation>Nombre en cualquier grafía, alias o Número A</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="89"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="90"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="91"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="121"/>
        <source>No client matches; check the spelling or try an alias.</source>
        <translation>Ningún cliente coincide; revise la ortografía o pruebe un alias.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="134"/>
        <source>choose a client from the list first</source>
        <translation>primero elija un cliente de la lista</translation>
    </message>
</context>
<context>
    <name>AddDeadlineDialog</name>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="48"/>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="56"/>
        <source>Add deadline</source>
        <translation>Agregar plazo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="72"/>
        <source>e.g. File reply brief</source>
        <translation>p. ej., Presentar escrito de réplica</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="80"/>
        <source>Type a name or A-Number to find a client</source>
        <translation>Escriba un nombre o Número A para buscar un cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="83"/>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="153"/>
        <source>— no client —</source>
        <translation>— sin cliente —</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="85"/>
        <source>— no matter —</source>
        <translation>— sin asunto —</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="93"/>
        <source>Or a period after an event: 14 days after 2025-06-20</source>
        <translation>O un plazo tras un hecho: 14 days after 2025-06-20</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="107"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="108"/>
        <source>&amp;Due</source>
        <translation>&amp;Vencimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="109"/>
        <source>Or &amp;within</source>
        <translation>O &amp;dentro de</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="111"/>
        <source>Pre&amp;sets</source>
        <translation>Planti&amp;llas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="112"/>
        <source>&amp;Find client</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="113"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="114"/>
        <source>&amp;Matter</source>
        <translation>&amp;Asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="115"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/dialogs.py" line="169"/>
        <source>No client matches “%1”.</source>
        <translation>Ningún cliente coincide con “%1”.</translation>
    </message>
</context>
<context>
    <name>AddObligationDialog</name>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="98"/>
        <source>Add obligation</source>
        <translation>Agregar obligación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="103"/>
        <source>e.g. 2025-04-07 23:59, or 14 days after 2025-06-20</source>
        <translation>p. ej. 2025-04-07 23:59, o 14 days after 2025-06-20</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="105"/>
        <source>Find a client to name (optional)</source>
        <translation>Busque un cliente para nombrarlo (opcional)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="110"/>
        <source>Name &amp;selected</source>
        <translation>Nombrar &amp;seleccionados</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="111"/>
        <source>&amp;Unname</source>
        <translation>&amp;Quitar nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="117"/>
        <source>Name nobody to bind everyone on the matter&apos;s roster (%1 people now, and whoever joins later).</source>
        <translation>Si no nombra a nadie, obliga a todas las personas del asunto (%1 personas ahora y quienes se sumen después).</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="132"/>
        <source>Named clients:</source>
        <translation>Clientes nombrados:</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="135"/>
        <source>&amp;Requires</source>
        <translation>&amp;Exige</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="136"/>
        <source>&amp;Due</source>
        <translation>&amp;Vencimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="141"/>
        <source>Pre&amp;sets</source>
        <translation>Planti&amp;llas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="143"/>
        <source>&amp;Binds</source>
        <translation>&amp;Obliga a</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="74"/>
        <source>When</source>
        <extracomment>(deadline id, done wanted)</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="75"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="76"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="77"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="78"/>
        <source>Client / matter</source>
        <translation>Cliente / asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="79"/>
        <source>People open</source>
        <translation>Personas pendientes</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="112"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="116"/>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="120"/>
        <source>Court order duty</source>
        <translation>Obligación judicial</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="123"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="127"/>
        <source>as a whole</source>
        <translation>en conjunto</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="277"/>
        <source>Add alias</source>
        <translation>Agregar alias</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="277"/>
        <source>Edit alias</source>
        <translation>Editar alias</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="279"/>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="280"/>
        <source>Surname</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="281"/>
        <source>Second surname</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="283"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="285"/>
        <source>Where this spelling appears</source>
        <translation>Dónde aparece esta grafía</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../casedesk/ui/dashboard/chart.py" line="157"/>
        <source>Click to list them</source>
        <translation>Haga clic para listarlos</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="75"/>
        <source>Print brief</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="105"/>
        <source>Client brief</source>
        <translation>Informe del cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="106"/>
        <source>Matter roster</source>
        <translation>Personas del asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="107"/>
        <source>Order compliance report</source>
        <translation>Informe de cumplimiento de órdenes</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="108"/>
        <source>Deadline docket</source>
        <translation>Agenda de plazos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="115"/>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="115"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="115"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="140"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="146"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="146"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="148"/>
        <source>(change in File ▸ Letterhead and paper…)</source>
        <translation>(se cambia en Archivo ▸ Membrete y papel…)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="153"/>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="154"/>
        <source>Prepared &amp;for</source>
        <translation>Preparado &amp;para</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="156"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="157"/>
        <source>&amp;Period</source>
        <translation>P&amp;eríodo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="160"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="173"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="174"/>
        <source>Stop making this brief</source>
        <translation>Dejar de preparar este informe</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="179"/>
        <source>Fit &amp;width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="180"/>
        <source>Zoom &amp;in</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="181"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="182"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="183"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="184"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="219"/>
        <source>Everything in the file, marked privileged and confidential: for the legal team only.</source>
        <translation>Todo lo registrado, marcado como privilegiado y confidencial: solo para el equipo legal.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="223"/>
        <source>Withholds contacts and private notes; shows the birth year only and a masked A-Number.</source>
        <translation>Omite contactos y notas privadas; muestra solo el año de nacimiento y el Número A enmascarado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="227"/>
        <source>Withholds identifiers, birth dates, contacts and notes; names become initials.</source>
        <translation>Omite identificadores, fechas de nacimiento, contactos y notas; los nombres se reducen a iniciales.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="261"/>
        <source>Preparing the brief…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="288"/>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="296"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="324"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="324"/>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="338"/>
        <source>Cancelled: the brief was not made.</source>
        <translation>Cancelado: el informe no se preparó.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="351"/>
        <source>The brief could not be made: %1</source>
        <translation>No se pudo generar el informe: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="382"/>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="396"/>
        <source>Save brief</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="384"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="397"/>
        <source>The brief could not be saved to %1: %2</source>
        <translation>No se pudo guardar el informe en %1: %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="403"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="422"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>Se enviaron %1 páginas a la impresora.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/dialog.py" line="424"/>
        <source>Nothing was printed.</source>
        <translation>No se imprimió nada.</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../../casedesk/ui/calendar/model.py" line="72"/>
        <source>Monday</source>
        <extracomment>The items of a cell (list[AgendaItem]). The cell&apos;s date. Whether the day belongs to the month shown (False for the spill-over days). Colour of each state, shared with the legend.</extracomment>
        <translation>Lunes</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/model.py" line="73"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/model.py" line="74"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/model.py" line="75"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/model.py" line="76"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/model.py" line="77"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/model.py" line="78"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="148"/>
        <source>Previous (Page Up)</source>
        <translation>Anterior (Re Pág)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="151"/>
        <source>Next (Page Down)</source>
        <translation>Siguiente (Av Pág)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="153"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="157"/>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="158"/>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="183"/>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="184"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="185"/>
        <source>Suspended (order stayed)</source>
        <translation>Suspendido (orden suspendida)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="186"/>
        <source>Moot (order not in force)</source>
        <translation>Sin efecto (orden no vigente)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="187"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="188"/>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="195"/>
        <source>Times on your clock; hover a day for each court&apos;s.</source>
        <translation>Horas en su reloj; pase el ratón por un día para ver la de cada tribunal.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="201"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="250"/>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="44"/>
        <source>Left record</source>
        <extracomment>The ``Candidate`` behind a pair row. True when the two records differ on a comparison row. Pairs added to the view per scroll step.</extracomment>
        <translation>Registro izquierdo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="45"/>
        <source>Right record</source>
        <translation>Registro derecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="46"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="47"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="48"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="75"/>
        <source>Different people</source>
        <translation>Personas distintas</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../casedesk/ui/security/passphrase_dialogs.py" line="175"/>
        <location filename="../../casedesk/ui/security/passphrase_dialogs.py" line="177"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/passphrase_dialogs.py" line="182"/>
        <source>The store &lt;b&gt;%1&lt;/b&gt; and the backups in its backups folder are re-encrypted under the new passphrase; the old one stops working. Nobody can recover a forgotten passphrase.</source>
        <translation>La base &lt;b&gt;%1&lt;/b&gt; y las copias de su carpeta de copias se vuelven a cifrar con la nueva frase de contraseña; la anterior deja de funcionar. Nadie puede recuperar una frase de contraseña olvidada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/passphrase_dialogs.py" line="187"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/passphrase_dialogs.py" line="188"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/passphrase_dialogs.py" line="189"/>
        <source>Type it again</source>
        <translation>Escríbala de nuevo</translation>
    </message>
</context>
<context>
    <name>ChangeStatusDialog</name>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="203"/>
        <source>Change order status</source>
        <translation>Cambiar estado de la orden</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="208"/>
        <source>e.g. 2025-06-23, or 2025-06 if the day is unknown</source>
        <translation>p. ej., 2025-06-23, o 2025-06 si se desconoce el día</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="209"/>
        <source>e.g. Supreme Court order, docket entry</source>
        <translation>p. ej., orden de la Corte Suprema, entrada del expediente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="211"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="212"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="213"/>
        <source>S&amp;ource</source>
        <translation>F&amp;uente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="214"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
</context>
<context>
    <name>ClientDetailPane</name>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="83"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="84"/>
        <source>Legal status</source>
        <translation>Estatus legal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="85"/>
        <source>Whereabouts</source>
        <translation>Paradero</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="86"/>
        <source>Matters &amp;&amp; orders</source>
        <translation>Asuntos y órdenes</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="87"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="88"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="89"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="90"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="91"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="100"/>
        <source>Select a client in the list to see their record.</source>
        <translation>Seleccione un cliente en la lista para ver su registro.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="114"/>
        <source>Delete client…</source>
        <translation>Eliminar cliente…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="116"/>
        <source>Move this client and their whole record to the Trash (Shift+Del)</source>
        <translation>Mover este cliente y todo su expediente a la papelera (Mayús+Supr)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="177"/>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="188"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="188"/>
        <source>Archive…</source>
        <translation>Archivar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="190"/>
        <source>Bring this client back into the list</source>
        <translation>Volver a mostrar este cliente en la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail.py" line="192"/>
        <source>Hide this client from the list; nothing is deleted (Ctrl+Del)</source>
        <translation>Ocultar este cliente de la lista; no se elimina nada (Ctrl+Del)</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="86"/>
        <source>Name</source>
        <extracomment>Reloading after a change re-reads what was loaded, up to this many rows at once. Days without news after which &quot;last contact&quot; turns red. Which SQL sort each column asks for; columns absent here cannot be sorted.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="87"/>
        <source>A-Number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="88"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="89"/>
        <source>Status</source>
        <translation>Estatus</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="90"/>
        <source>Whereabouts</source>
        <translation>Paradero</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="91"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="92"/>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="188"/>
        <source>Docket numbers; this column cannot be sorted</source>
        <translation>Números de expediente; esta columna no se puede ordenar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="225"/>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="243"/>
        <location filename="../../casedesk/ui/clients/model.py" line="245"/>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="247"/>
        <source>Last heard from: %1</source>
        <translation>Última noticia: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="254"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="256"/>
        <source>After today</source>
        <translation>Posterior a hoy</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="258"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="260"/>
        <source>1 day ago</source>
        <translation>Hace 1 día</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/model.py" line="261"/>
        <source>%1 days ago</source>
        <translation>Hace %1 días</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="94"/>
        <location filename="../../casedesk/ui/clients/page.py" line="152"/>
        <source>New client…</source>
        <extracomment>Pages fetched at most when looking for a client to select (beyond that the detail opens without a highlighted row rather than loading thousands of rows).</extracomment>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="95"/>
        <source>Add a client (Ctrl+N)</source>
        <translation>Agregar un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="170"/>
        <source>Archive / restore…</source>
        <translation>Archivar / restaurar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="174"/>
        <source>Print brief…</source>
        <translation>Imprimir informe…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="190"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="254"/>
        <source>Search refused: %1</source>
        <translation>Búsqueda rechazada: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="263"/>
        <source>No client matches your search. Try fewer letters or another spelling.</source>
        <translation>Ningún cliente coincide con su búsqueda. Pruebe con menos letras u otra grafía.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="144"/>
        <source>No clients yet. Add the first one with File ▸ New client (Ctrl+N). To look around first, open a demo store of fictional people in a separate window; it is deleted when that window closes, and this store stays as it is.</source>
        <translation>Aún no hay clientes. Añada el primero con Archivo ▸ Nuevo cliente (Ctrl+N). Para echar un vistazo antes, abra un almacén de demostración con personas ficticias en otra ventana; se borra al cerrar esa ventana y este almacén queda como está.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="154"/>
        <source>Try a demo store…</source>
        <translation>Probar un almacén de demostración…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="176"/>
        <source>Delete client…</source>
        <translation>Eliminar cliente…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/ui/clients/page.py" line="257"/>
        <source>%Ln match(es) for your search. Clear the search to return to the list.</source>
        <translation>
            <numerusform>%Ln coincidencia para su búsqueda. Borre la búsqueda para volver a la lista.</numerusform>
            <numerusform>%Ln coincidencias para su búsqueda. Borre la búsqueda para volver a la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/ui/clients/page.py" line="266"/>
        <source>%Ln client(s) match these filters</source>
        <translation>
            <numerusform>%Ln cliente coincide con estos filtros</numerusform>
            <numerusform>%Ln clientes coinciden con estos filtros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/ui/clients/page.py" line="268"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="274"/>
        <source>Could not read more clients: %1</source>
        <translation>No se pudieron leer más clientes: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="330"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="331"/>
        <source>You changed %1&apos;s identity but did not save. Save the changes?</source>
        <translation>Cambió la identidad de %1 pero no la guardó. ¿Desea guardar los cambios?</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="373"/>
        <source>Archive client</source>
        <translation>Archivar cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="375"/>
        <source>Archive %1? Archived clients are hidden from the list unless “Include archived” is ticked. Nothing is deleted; you can restore them at any time.</source>
        <translation>¿Archivar a %1? Los clientes archivados se ocultan de la lista salvo que marque “Incluir archivados”. No se elimina nada; puede restaurarlos en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="379"/>
        <source>Restore client</source>
        <translation>Restaurar cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="380"/>
        <source>Restore %1 to the client list?</source>
        <translation>¿Restaurar a %1 en la lista de clientes?</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="402"/>
        <source>Delete client</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="404"/>
        <source>Delete %1 and everything on their record (legal status, whereabouts, notes, contacts, documents, places on matters)? It all goes to the Trash (Edit ▸ Trash), from which it comes back whole until someone purges it.</source>
        <translation>¿Eliminar a %1 y todo su expediente (estado legal, paradero, notas, contactos, documentos, lugares en asuntos)? Todo va a la papelera (Edición ▸ Papelera), de donde vuelve entero hasta que alguien lo purgue.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="416"/>
        <location filename="../../casedesk/ui/clients/page.py" line="424"/>
        <source>Print brief</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="416"/>
        <source>Select a client first.</source>
        <translation>Primero seleccione un cliente.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/page.py" line="425"/>
        <source>Briefs are not available in this build. Use “casedesk brief” instead.</source>
        <translation>Los informes no están disponibles en esta versión. Use “casedesk brief” en su lugar.</translation>
    </message>
</context>
<context>
    <name>ClosingBackup</name>
    <message>
        <location filename="../../casedesk/ui/closing_backup.py" line="31"/>
        <source>Backing up the store before closing…</source>
        <translation>Copia de seguridad del almacén antes de cerrar…</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="65"/>
        <source>Add court closure</source>
        <translation>Añadir cierre de tribunal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="68"/>
        <source>&amp;Court</source>
        <translation>&amp;Tribunal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="71"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="71"/>
        <source>e.g. 2025-01-09</source>
        <translation>p. ej. 2025-01-09</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="74"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="74"/>
        <source>e.g. snow</source>
        <translation>p. ej. nieve</translation>
    </message>
</context>
<context>
    <name>ClosureModel</name>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="44"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="44"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="44"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ClosuresWindow</name>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="89"/>
        <source>Court closures</source>
        <translation>Cierres de tribunales</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="100"/>
        <source>Days a court was closed count as legal holidays of that court: a deadline computed by FRCP 6(a) that ends on one runs to the next day the court is open.</source>
        <translation>Los días en que un tribunal estuvo cerrado cuentan como feriados de ese tribunal: un plazo calculado según la regla FRCP 6(a) que vence en uno de ellos se traslada al siguiente día en que el tribunal abre.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="105"/>
        <source>No closures recorded. Federal holidays are known already.</source>
        <translation>No hay cierres registrados. Los feriados federales ya se conocen.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="107"/>
        <source>&amp;Add closure…</source>
        <translation>&amp;Añadir cierre…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="108"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="167"/>
        <source>Remove closure</source>
        <extracomment>The add form opened last (tests fill it as a person would).</extracomment>
        <translation>Quitar cierre</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/calendar/closures.py" line="168"/>
        <source>Forget that %1 was closed on %2? Deadlines computed over it may move.</source>
        <translation>¿Olvidar que %1 estuvo cerrado el %2? Los plazos calculados sobre ese día pueden cambiar.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="157"/>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="166"/>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="157"/>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="157"/>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="167"/>
        <source>Left (#%1)</source>
        <translation>Izquierda (#%1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="168"/>
        <source>Right (#%1)</source>
        <translation>Derecha (#%1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="180"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="181"/>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="182"/>
        <source>A-Number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="183"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="184"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="185"/>
        <source>Legal status</source>
        <translation>Estatus legal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="186"/>
        <source>Whereabouts</source>
        <translation>Paradero</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="187"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="188"/>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="189"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="190"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates_model.py" line="210"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="184"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="184"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="184"/>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="184"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../casedesk/ui/team/live.py" line="49"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/live.py" line="58"/>
        <source>&lt;b&gt;Not connected to the team server:&lt;/b&gt; %1. What you see may be out of date.</source>
        <translation>&lt;b&gt;Sin conexión con el servidor del equipo:&lt;/b&gt; %1. Lo que ve puede no estar al día.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="312"/>
        <source>Add contact</source>
        <translation>Agregar contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="312"/>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="314"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="315"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="317"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="319"/>
        <source>e.g. mother</source>
        <translation>p. ej., madre</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="321"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="322"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="323"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="269"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="270"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="271"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="272"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="273"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="274"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="339"/>
        <source>Add contact…</source>
        <translation>Agregar contacto…</translation>
    </message>
</context>
<context>
    <name>CornerNote</name>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="244"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="246"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../casedesk/ui/orders/countdown.py" line="32"/>
        <source>Complied</source>
        <extracomment>Colour of anything overdue (matches the error red of the forms).</extracomment>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/countdown.py" line="39"/>
        <source>due in %1 d %2 h</source>
        <translation>vence en %1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/countdown.py" line="45"/>
        <source>due in %1 h %2 min</source>
        <translation>vence en %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/countdown.py" line="50"/>
        <source>due in %1 min</source>
        <translation>vence en %1 min</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/countdown.py" line="57"/>
        <source>Overdue by %1 h</source>
        <translation>Vencida hace %1 h</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/countdown.py" line="59"/>
        <source>Overdue by 1 day</source>
        <translation>Vencida hace 1 día</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/countdown.py" line="61"/>
        <source>Overdue by %1 days</source>
        <translation>Vencida hace %1 días</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="236"/>
        <source>Add whereabouts event</source>
        <translation>Agregar evento de paradero</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="236"/>
        <source>Edit whereabouts event</source>
        <translation>Editar evento de paradero</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="239"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="241"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="241"/>
        <source>e.g. CECOT, Tecoluca</source>
        <translation>p. ej., CECOT, Tecoluca</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="244"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="244"/>
        <source>e.g. El Salvador or SV</source>
        <translation>p. ej., El Salvador o SV</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="111"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="112"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="113"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="114"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="115"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="116"/>
        <source>Confidence</source>
        <translation>Confiabilidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="121"/>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="52"/>
        <source>Loading the figures…</source>
        <extracomment>Whereabouts that need attention stand out in the picture. Emitted after figures have been drawn.</extracomment>
        <translation>Cargando las cifras…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="57"/>
        <source>Clients by current legal status</source>
        <translation>Clientes por estatus legal actual</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="58"/>
        <source>Where clients are now</source>
        <translation>Dónde están los clientes ahora</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="59"/>
        <source>Time since last contact</source>
        <translation>Tiempo desde el último contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="60"/>
        <source>Court-order duties, person by person</source>
        <translation>Obligaciones judiciales, persona por persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="91"/>
        <source>No clients yet. The dashboard fills in as clients, matters and court orders are added.</source>
        <translation>Aún no hay clientes. El panel se completa a medida que se agregan clientes, asuntos y órdenes judiciales.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="107"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="136"/>
        <source>Counting the caseload…</source>
        <translation>Contando la carga de casos…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="151"/>
        <source>1 client on file</source>
        <translation>1 cliente registrado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="153"/>
        <source>%1 clients on file</source>
        <translation>%1 clientes registrados</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="158"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 overdue&lt;/b&gt; court-order duties&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 obligaciones vencidas&lt;/b&gt; de órdenes judiciales&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="163"/>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="163"/>
        <source>clients</source>
        <translation>clientes</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="170"/>
        <location filename="../../casedesk/ui/dashboard/page.py" line="183"/>
        <location filename="../../casedesk/ui/dashboard/page.py" line="198"/>
        <source>No clients yet.</source>
        <translation>Aún no hay clientes.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="186"/>
        <source>30 days or less</source>
        <translation>30 días o menos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="187"/>
        <source>31 to 90 days</source>
        <translation>31 a 90 días</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="188"/>
        <source>91 to 180 days</source>
        <translation>91 a 180 días</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="189"/>
        <source>More than 180 days</source>
        <translation>Más de 180 días</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="190"/>
        <source>Never in contact</source>
        <translation>Nunca contactado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="202"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="203"/>
        <source>Open, not yet due</source>
        <translation>Abiertas, sin vencer</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="204"/>
        <source>Met</source>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="205"/>
        <source>Suspended (order stayed)</source>
        <translation>Suspendidas (orden suspendida)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="206"/>
        <source>Moot (order vacated)</source>
        <translation>Sin efecto (orden anulada)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="208"/>
        <source>person-duty</source>
        <translation>obligación por persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="208"/>
        <source>person-duties</source>
        <translation>obligaciones por persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="209"/>
        <source>No court orders with duties yet.</source>
        <translation>Aún no hay órdenes judiciales con obligaciones.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/dashboard/page.py" line="215"/>
        <location filename="../../casedesk/ui/dashboard/page.py" line="221"/>
        <source>Not recorded</source>
        <translation>Sin registro</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="351"/>
        <source>Add deadline</source>
        <translation>Agregar plazo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="351"/>
        <source>Edit deadline</source>
        <translation>Editar plazo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="353"/>
        <source>What is due</source>
        <translation>Qué vence</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="355"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="357"/>
        <source>e.g. 2025-05-09 or 2025-05-09 17:00</source>
        <translation>p. ej., 2025-05-09 o 2025-05-09 17:00</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="359"/>
        <source>A date alone means 11:59 pm that day, local time</source>
        <translation>Solo una fecha significa las 11:59 p. m. de ese día, hora local</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="360"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="185"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="185"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="185"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="189"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="191"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="193"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="100"/>
        <source>Next %1 days</source>
        <extracomment>Emitted each time a (re)load has been shown, with or without items. The item ``show_item`` asked for, selected when the agenda has loaded.</extracomment>
        <translation>Próximos %1 días</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="101"/>
        <source>Custom period</source>
        <translation>Período personalizado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="108"/>
        <source>Show &amp;done</source>
        <translation>Mostrar &amp;hechos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="109"/>
        <source>&amp;Add deadline…</source>
        <translation>&amp;Agregar plazo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="110"/>
        <location filename="../../casedesk/ui/deadlines/page.py" line="340"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="111"/>
        <source>Mark the selected deadline done or not done (Space)</source>
        <translation>Marcar el plazo seleccionado como hecho o no hecho (Space)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="112"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="115"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="117"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="118"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="131"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="178"/>
        <source>Mark done</source>
        <translation>Marcar hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="185"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="199"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="235"/>
        <source>The period ends before it starts: choose a later “to” date.</source>
        <translation>El período termina antes de empezar: elija una fecha “hasta” posterior.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="238"/>
        <source>Loading the agenda…</source>
        <translation>Cargando la agenda…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="254"/>
        <source>Reading the agenda…</source>
        <translation>Leyendo la agenda…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="266"/>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;%1 overdue&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;%1 vencidos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="268"/>
        <source>%1 upcoming</source>
        <translation>%1 próximos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="284"/>
        <source>No deadlines in the next %1 days.</source>
        <translation>No hay plazos en los próximos %1 días.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="288"/>
        <source>No deadlines from %1 to %2.</source>
        <translation>No hay plazos del %1 al %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="292"/>
        <source>Nothing is overdue. Add one with “Add deadline…”.</source>
        <translation>No hay nada vencido. Agregue uno con “Agregar plazo…”.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="338"/>
        <source>&amp;Mark not done</source>
        <translation>&amp;Marcar no hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="362"/>
        <source>Marked done: %1</source>
        <translation>Marcado como hecho: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/page.py" line="362"/>
        <source>Marked not done: %1</source>
        <translation>Marcado como no hecho: %1</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="255"/>
        <source>Add deadline…</source>
        <translation>Agregar plazo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="256"/>
        <location filename="../../casedesk/ui/clients/tabs.py" line="273"/>
        <source>Mark done</source>
        <translation>Marcar hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="273"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>DemoLaunch</name>
    <message>
        <location filename="../../casedesk/ui/clients/demo_launch.py" line="34"/>
        <source>Demo store</source>
        <extracomment>How many fictional clients the throw-away store gets: enough to try filters and search, few enough to be ready in a few seconds.</extracomment>
        <translation>Almacén de demostración</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/demo_launch.py" line="35"/>
        <source>The demo store could not be started.</source>
        <translation>No se pudo abrir el almacén de demostración.</translation>
    </message>
</context>
<context>
    <name>DesktopPrompt</name>
    <message>
        <location filename="../../casedesk/ui/desktop_prompt.py" line="38"/>
        <source>Add casedesk to your applications menu?</source>
        <extracomment>True once the person answered &quot;Don&apos;t ask again&quot;.</extracomment>
        <translation>¿Agregar casedesk al menú de aplicaciones?</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/desktop_prompt.py" line="45"/>
        <source>You can then start casedesk from the menu like any other program, without opening this folder. It stays where it is now: if you move or delete this folder, the menu entry stops working.</source>
        <translation>Así podrá abrir casedesk desde el menú como cualquier otro programa, sin abrir esta carpeta. El programa se queda donde está ahora: si mueve o borra esta carpeta, la entrada del menú deja de funcionar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/desktop_prompt.py" line="53"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/desktop_prompt.py" line="56"/>
        <source>Don&apos;t ask again</source>
        <translation>No volver a preguntar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/desktop_prompt.py" line="106"/>
        <source>casedesk could not be added to the applications menu: %1</source>
        <translation>No se pudo agregar casedesk al menú de aplicaciones: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/desktop_prompt.py" line="109"/>
        <source>casedesk is now in your applications menu (under Office). Some desktops show it only after you log out and back in.</source>
        <translation>casedesk ya está en el menú de aplicaciones (en Oficina). Algunos escritorios lo muestran solo después de cerrar la sesión y volver a entrar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/desktop_prompt.py" line="121"/>
        <source>casedesk could not be removed from the applications menu: %1</source>
        <translation>No se pudo quitar casedesk del menú de aplicaciones: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/desktop_prompt.py" line="124"/>
        <source>casedesk is no longer in your applications menu. The program and your data were not touched.</source>
        <translation>casedesk ya no está en el menú de aplicaciones. El programa y sus datos no se tocaron.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/desktop_prompt.py" line="153"/>
        <source>Add to applications menu</source>
        <translation>Agregar al menú de aplicaciones</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/desktop_prompt.py" line="156"/>
        <source>Remove from applications menu</source>
        <translation>Quitar del menú de aplicaciones</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="408"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="408"/>
        <source>Edit document</source>
        <translation>Editar documento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="410"/>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="411"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="208"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="209"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="210"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="211"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="212"/>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="227"/>
        <source>Not checked</source>
        <extracomment>Result of the last SHA-256 check per document id (True = intact).</extracomment>
        <translation>No comprobado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="229"/>
        <source>OK (SHA-256 matches)</source>
        <translation>Correcto (SHA-256 coincide)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="231"/>
        <source>MISMATCH: the stored file changed</source>
        <translation>NO COINCIDE: el archivo guardado cambió</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../casedesk/ui/clients/documents_tab.py" line="39"/>
        <source>No documents yet. Attach a scan, a filing or a photo.</source>
        <translation>Aún no hay documentos. Adjunte un escaneo, un escrito o una foto.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/documents_tab.py" line="42"/>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/documents_tab.py" line="43"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/documents_tab.py" line="45"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/documents_tab.py" line="47"/>
        <source>Check that the stored file still matches its SHA-256 fingerprint</source>
        <translation>Comprobar que el archivo guardado aún coincide con su huella SHA-256</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/documents_tab.py" line="49"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/documents_tab.py" line="80"/>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/documents_tab.py" line="124"/>
        <source>Document changed</source>
        <translation>Documento modificado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/documents_tab.py" line="126"/>
        <source>%1 no longer matches the fingerprint recorded when it was attached. Do not rely on this copy; restore it from a backup.</source>
        <translation>%1 ya no coincide con la huella registrada al adjuntarlo. No confíe en esta copia; restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/documents_tab.py" line="137"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
</context>
<context>
    <name>DuePreview</name>
    <message>
        <location filename="../../casedesk/ui/due_preview.py" line="43"/>
        <source>A moment, or a period after an event: &quot;14 days after 2025-06-20&quot;, &quot;72 hours after 2025-06-20 17:00&quot;, &quot;10 court days after 2025-06-20&quot;.</source>
        <translation>Un momento, o un plazo tras un hecho: &quot;14 days after 2025-06-20&quot;, &quot;72 hours after 2025-06-20 17:00&quot;, &quot;10 court days after 2025-06-20&quot;.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/due_preview.py" line="57"/>
        <source>Due %1 — %2</source>
        <translation>Vence %1 — %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/due_preview.py" line="59"/>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
</context>
<context>
    <name>DueSoonStrip</name>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="287"/>
        <source>Snooze 1 hour</source>
        <translation>Posponer 1 hora</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="288"/>
        <source>Snooze until tomorrow</source>
        <translation>Posponer hasta mañana</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="312"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="313"/>
        <source>Due soon (%1)</source>
        <translation>Vence pronto (%1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="315"/>
        <source>%1 overdue</source>
        <translation>%1 vencidos</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="62"/>
        <source>Possible duplicates</source>
        <extracomment>Pairs found at most (the likeliest); a store with more has a data problem best fixed in batches, by name or score band.</extracomment>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="73"/>
        <source>Highlighted rows differ. Merging keeps one record, moves everything from the other onto it and keeps the other spelling as an alias; it cannot be undone.</source>
        <translation>Las filas resaltadas difieren. Al fusionar se conserva un registro, se le traslada todo lo del otro y se guarda la otra grafía como alias; no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="89"/>
        <source>Merge into &amp;left</source>
        <translation>Fusionar en el &amp;izquierdo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="91"/>
        <source>Merge into &amp;right</source>
        <translation>Fusionar en el &amp;derecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="93"/>
        <source>&amp;Different people</source>
        <translation>Personas dis&amp;tintas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="95"/>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="97"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="115"/>
        <source>Name contains…</source>
        <translation>El nombre contiene…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="120"/>
        <source>Any score</source>
        <translation>Cualquier puntuación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="121"/>
        <source>Very likely (95 and above)</source>
        <translation>Muy probable (95 o más)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="122"/>
        <source>Likely (85 to 94)</source>
        <translation>Probable (85 a 94)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="123"/>
        <source>Possible (below 85)</source>
        <translation>Posible (menos de 85)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="129"/>
        <source>Not yet decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="130"/>
        <source>Recorded as different people</source>
        <translation>Registrados como personas distintas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="131"/>
        <source>Decided or not</source>
        <translation>Decididos o no</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="136"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="188"/>
        <source>Looking for records that may be the same person… (a few seconds on a large store)</source>
        <translation>Buscando registros que podrían ser la misma persona… (unos segundos en una base grande)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="206"/>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="225"/>
        <source>The search for duplicates failed.</source>
        <translation>La búsqueda de duplicados falló.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="233"/>
        <source>No pair matches these filters.</source>
        <translation>Ningún par coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="236"/>
        <source>%1 pairs match these filters, most likely first.</source>
        <translation>%1 pares coinciden con estos filtros, los más probables primero.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="241"/>
        <source>No possible duplicates left to review.</source>
        <translation>No quedan posibles duplicados por revisar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="243"/>
        <source>1 pair of records may be the same person.</source>
        <translation>1 par de registros podría ser la misma persona.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="246"/>
        <source>%1 pairs of records may be the same person, most likely first.</source>
        <translation>%1 pares de registros podrían ser la misma persona; primero los más probables.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="311"/>
        <source>Merge %1 (#%2) into %3 (#%4)?

Everything recorded for #%2 moves to #%4, and the spelling “%1” is kept as an alias. This cannot be undone.</source>
        <translation>¿Fusionar %1 (#%2) en %3 (#%4)?

Todo lo registrado para #%2 pasa a #%4 y la grafía “%1” se conserva como alias. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/duplicates.py" line="321"/>
        <source>Merge records</source>
        <translation>Fusionar registros</translation>
    </message>
</context>
<context>
    <name>EditControls</name>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="27"/>
        <source>adding %1</source>
        <extracomment>The services name a change in English (&quot;edit of legal status entry&quot;); the menu says it in the user&apos;s language: the verb pattern, then the noun.</extracomment>
        <translation>añadir %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="28"/>
        <source>edit of %1</source>
        <translation>edición de %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="29"/>
        <source>removal of %1</source>
        <translation>eliminación de %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="30"/>
        <source>unlinking %1</source>
        <translation>desvinculación de %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="31"/>
        <source>restoring %1</source>
        <translation>restauración de %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="32"/>
        <source>unarchiving %1</source>
        <translation>desarchivado de %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="33"/>
        <source>archiving %1</source>
        <translation>archivado de %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="36"/>
        <source>mark done</source>
        <translation>marcar como hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="37"/>
        <source>mark not done</source>
        <translation>marcar como no hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="40"/>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="41"/>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="42"/>
        <source>legal status entry</source>
        <translation>entrada de estado legal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="43"/>
        <source>whereabouts event</source>
        <translation>evento de paradero</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="44"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="45"/>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="46"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="47"/>
        <source>matter</source>
        <translation>asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="48"/>
        <source>matter link</source>
        <translation>vínculo con un asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="49"/>
        <source>court order</source>
        <translation>orden judicial</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="50"/>
        <source>order status entry</source>
        <translation>entrada de estado de la orden</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="51"/>
        <source>obligation</source>
        <translation>obligación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="52"/>
        <source>compliance record</source>
        <translation>registro de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="53"/>
        <source>deadline</source>
        <translation>plazo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="80"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="82"/>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="117"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="85"/>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="120"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="94"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="117"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="120"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="143"/>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/edit_menu.py" line="143"/>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../casedesk/ui/security/passphrase_dialogs.py" line="145"/>
        <source>Encrypt</source>
        <translation>Cifrar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/passphrase_dialogs.py" line="147"/>
        <source>Encrypt store</source>
        <translation>Cifrar la base</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/passphrase_dialogs.py" line="150"/>
        <source>&lt;p&gt;Encrypting &lt;b&gt;%1&lt;/b&gt; protects, if this computer or its disk is lost or taken:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;every record in the store,&lt;/li&gt;&lt;li&gt;the documents attached in it,&lt;/li&gt;&lt;li&gt;the backups in its backups folder (they are re-encrypted now).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;It does &lt;b&gt;not&lt;/b&gt; protect exports (spreadsheets, PDFs, printed briefs) or copies of the store kept elsewhere.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not casedesk and not your IT support: without it the store and its backups cannot be opened. Write it down and keep it somewhere safe.&lt;/p&gt;&lt;p&gt;casedesk asks for it each time it starts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cifrar &lt;b&gt;%1&lt;/b&gt; protege, si esta computadora o su disco se pierde o se lo llevan:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;cada registro de la base,&lt;/li&gt;&lt;li&gt;los documentos adjuntos en ella,&lt;/li&gt;&lt;li&gt;las copias de su carpeta de copias (se vuelven a cifrar ahora).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;No&lt;/b&gt; protege las exportaciones (hojas de cálculo, PDF, escritos impresos) ni las copias de la base guardadas en otro lugar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nadie puede recuperar una frase de contraseña olvidada&lt;/b&gt;, ni casedesk ni su soporte informático: sin ella no se pueden abrir la base ni sus copias. Anótela y guárdela en un lugar seguro.&lt;/p&gt;&lt;p&gt;casedesk la pide cada vez que se abre.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/passphrase_dialogs.py" line="160"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/passphrase_dialogs.py" line="161"/>
        <source>Type it again</source>
        <translation>Escríbala de nuevo</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <location filename="../../casedesk/ui/entries/actions.py" line="62"/>
        <source>&amp;Edit…</source>
        <extracomment>(kind, entry id) of a row, or None when the row cannot be edited (e.g. no record yet). The View object (or value) of row n; a table&apos;s model row by default. The form or prompt opened last (tests drive it like a person would).</extracomment>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/actions.py" line="66"/>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/actions.py" line="71"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../casedesk/ui/entries/form.py" line="209"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>EntryEdit</name>
    <message>
        <location filename="../../casedesk/ui/entries/editors.py" line="98"/>
        <source>Edit matter</source>
        <translation>Editar asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/editors.py" line="111"/>
        <source>Edit order</source>
        <translation>Editar orden</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/editors.py" line="122"/>
        <source>Edit order status entry</source>
        <translation>Editar entrada de estado de la orden</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/editors.py" line="133"/>
        <source>Edit obligation</source>
        <translation>Editar obligación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/editors.py" line="144"/>
        <source>Edit compliance record</source>
        <translation>Editar registro de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/editors.py" line="154"/>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/form.py" line="89"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/form.py" line="122"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/form.py" line="130"/>
        <source>Changed since you opened it</source>
        <translation>Cambió desde que lo abrió</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/form.py" line="134"/>
        <source>%1 removed this entry at %2, after you opened it.</source>
        <translation>%1 eliminó esta entrada el %2, después de que usted la abriera.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/form.py" line="141"/>
        <source>Restore it from the Trash to edit it again.</source>
        <translation>Restáurela desde la papelera para volver a editarla.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/form.py" line="150"/>
        <source>%1 changed this entry at %2, after you opened it.</source>
        <translation>%1 modificó esta entrada el %2, después de que usted la abriera.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/form.py" line="158"/>
        <source>Their change: %1</source>
        <translation>Su cambio: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/form.py" line="161"/>
        <source>Save mine over theirs</source>
        <translation>Guardar lo mío sobre lo suyo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/form.py" line="165"/>
        <source>Show theirs</source>
        <translation>Ver lo suyo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="48"/>
        <source>Export</source>
        <extracomment>(format key, file ending); labels are translated in the dialog. (what, count, path) of the last export that worked; read by tests.</extracomment>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="54"/>
        <source>Client table, CSV (spreadsheets, other tools)</source>
        <translation>Tabla de clientes, CSV (hojas de cálculo, otras herramientas)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="55"/>
        <source>Client table, Excel workbook (XLSX)</source>
        <translation>Tabla de clientes, libro de Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="56"/>
        <source>Whole store, JSON (a complete copy to restore elsewhere)</source>
        <translation>Base completa, JSON (copia íntegra para restaurar en otro lugar)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="57"/>
        <source>Deadlines calendar, ICS (Outlook, Google, Apple)</source>
        <translation>Calendario de plazos, ICS (Outlook, Google, Apple)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="64"/>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="64"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="64"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="69"/>
        <source>Include &amp;archived clients</source>
        <translation>Incluir clientes &amp;archivados</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="71"/>
        <source>Where to save the file</source>
        <translation>Dónde guardar el archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="72"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="84"/>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="85"/>
        <source>&amp;For whom</source>
        <translation>&amp;Para quién</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="88"/>
        <source>&amp;File</source>
        <translation>A&amp;rchivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="94"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="131"/>
        <source>The whole store, every record in full: keep it as safe as the store.</source>
        <translation>Toda la base, cada registro completo: guárdelo con la misma seguridad que la base.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="134"/>
        <source>Everything: names, A-Numbers, dates of birth. Privileged.</source>
        <translation>Todo: nombres, Números A, fechas de nacimiento. Privilegiado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="136"/>
        <source>For filings: A-Numbers masked to the last digits, birth year only.</source>
        <translation>Para escritos judiciales: Números A enmascarados salvo los últimos dígitos; solo el año de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="138"/>
        <source>For the press or a website: initials only, no identifiers.</source>
        <translation>Para la prensa o un sitio web: solo iniciales, sin identificadores.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="147"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="160"/>
        <source>Choose where to save the file.</source>
        <translation>Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="183"/>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="191"/>
        <location filename="../../casedesk/ui/imports/export.py" line="192"/>
        <source>%1 clients were exported to %2.</source>
        <translation>Se exportaron %1 clientes a %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="194"/>
        <source>The whole store (%1 clients and all their records) was exported to %2.</source>
        <translation>La base completa (%1 clientes y todos sus registros) se exportó a %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="196"/>
        <source>%1 deadlines were exported to %2.</source>
        <translation>Se exportaron %1 plazos a %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="200"/>
        <source>Export done</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/export.py" line="213"/>
        <source>Cannot write the file: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="62"/>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="93"/>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que desea importar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="65"/>
        <source>A list of clients as CSV, TSV, text or Excel (XLSX), in English or Spanish, or a whole-store export (JSON) made by casedesk.</source>
        <translation>Una lista de clientes en CSV, TSV, texto o Excel (XLSX), en inglés o en español, o una exportación de la base completa (JSON) hecha con casedesk.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="71"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="72"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="110"/>
        <source>A casedesk whole-store export. It restores every record into an empty store; a store that already holds records refuses it. Nothing needs mapping: the next step imports it.</source>
        <translation>Una exportación de base completa de casedesk. Restaura cada registro en una base vacía; una base que ya contiene registros la rechaza. No hace falta asignar columnas: el siguiente paso la importa.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="117"/>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="128"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="139"/>
        <source>Worksheet “%1”</source>
        <translation>Hoja “%1”</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="142"/>
        <source>Text encoding %1, columns separated by %2</source>
        <translation>Codificación de texto %1, columnas separadas por %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="147"/>
        <source>%1. %2 rows, %3 columns.</source>
        <translation>%1. %2 filas, %3 columnas.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="166"/>
        <source>This file cannot be imported: %1</source>
        <translation>No se puede importar este archivo: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../casedesk/ui/clients/filters.py" line="41"/>
        <source>Any status</source>
        <translation>Cualquier estatus</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/filters.py" line="44"/>
        <source>Any whereabouts</source>
        <translation>Cualquier paradero</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/filters.py" line="46"/>
        <source>Any nationality</source>
        <translation>Cualquier nacionalidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/filters.py" line="47"/>
        <source>Any matter</source>
        <translation>Cualquier asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/filters.py" line="48"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/filters.py" line="55"/>
        <source>Include archived</source>
        <translation>Incluir archivados</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/filters.py" line="57"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/filters.py" line="62"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
</context>
<context>
    <name>HealthBanner</name>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="69"/>
        <source>Restore it…</source>
        <translation>Restaurarla…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="71"/>
        <source>Export what can be read…</source>
        <translation>Exportar lo que se pueda leer…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="109"/>
        <source>&lt;b&gt;This store is damaged, so it was opened read-only:&lt;/b&gt; nothing can be saved. Your newest good backup is from %1 (%2 clients).</source>
        <translation>&lt;b&gt;Esta base está dañada, así que se abrió solo para lectura:&lt;/b&gt; no se puede guardar nada. Su copia buena más reciente es del %1 (%2 clientes).</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="118"/>
        <source>&lt;b&gt;This store is damaged, so it was opened read-only:&lt;/b&gt; nothing can be saved, and no good backup was found in %1. Copy the store file somewhere safe before anything else.</source>
        <translation>&lt;b&gt;Esta base está dañada, así que se abrió solo para lectura:&lt;/b&gt; no se puede guardar nada, y no se encontró ninguna copia buena en %1. Antes que nada, copie el archivo de la base a un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="124"/>
        <source>The store is damaged: read-only</source>
        <translation>La base está dañada: solo lectura</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="133"/>
        <source>Restore the newest good backup</source>
        <translation>Restaurar la copia buena más reciente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="135"/>
        <source>Replace the damaged store with the backup %1?

Changes made after that backup are not in it. The damaged file is kept in the backups folder.</source>
        <translation>¿Reemplazar la base dañada con la copia %1?

Los cambios hechos después de esa copia no están en ella. El archivo dañado se guarda en la carpeta de copias.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="146"/>
        <source>Restored from %1; the damaged file is kept as %2</source>
        <translation>Restaurada desde %1; el archivo dañado se guarda como %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="156"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="164"/>
        <location filename="../../casedesk/ui/health_banner.py" line="171"/>
        <source>Export what can be read</source>
        <translation>Exportar lo que se pueda leer</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="166"/>
        <source>casedesk export (*.json)</source>
        <translation>exportación de casedesk (*.json)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="175"/>
        <source>Wrote what could be read to %1: %2 clients.</source>
        <translation>Se escribió lo que se pudo leer en %1: %2 clientes.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="181"/>
        <source>Every table was read whole.</source>
        <translation>Todas las tablas se leyeron completas.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="189"/>
        <source>Not exported (the damage reaches these):</source>
        <translation>No exportado (el daño alcanza a estas):</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="199"/>
        <source>Reading what can still be read…</source>
        <translation>Leyendo lo que aún se puede leer…</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="54"/>
        <source>Add hearing</source>
        <translation>Añadir audiencia</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="58"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="61"/>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="63"/>
        <source>e.g. 2025-06-12 09:30 (the court&apos;s local time)</source>
        <translation>p. ej. 2025-06-12 09:30 (hora local del tribunal)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="66"/>
        <source>Read on the court&apos;s clock; add a zone to use another, e.g. America/Chicago</source>
        <translation>Se lee en la hora del tribunal; añada una zona para usar otra, p. ej. America/Chicago</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="69"/>
        <source>&amp;Judge</source>
        <translation>&amp;Juez</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="69"/>
        <source>the matter&apos;s judge</source>
        <translation>el juez del asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="72"/>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="72"/>
        <source>courtroom and building</source>
        <translation>sala y edificio</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="75"/>
        <source>Remote &amp;link</source>
        <translation>&amp;Enlace remoto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="77"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="84"/>
        <source>Edit hearing</source>
        <translation>Editar audiencia</translation>
    </message>
</context>
<context>
    <name>HearingModel</name>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="107"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="108"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="109"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="110"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="111"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>HearingsTab</name>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="147"/>
        <source>Add &amp;hearing…</source>
        <translation>Añadir &amp;audiencia…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/hearings.py" line="149"/>
        <source>No hearings yet. Click “Add hearing…” to record one.</source>
        <translation>Aún no hay audiencias. Pulse «Añadir audiencia…» para registrar una.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="62"/>
        <source>client</source>
        <extracomment>Fields kept for the machine only: never shown. What each kind of record is called (audit entity names and the services&apos; kind names).</extracomment>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="63"/>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="64"/>
        <location filename="../../casedesk/ui/history_text.py" line="65"/>
        <source>legal status</source>
        <translation>estado legal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="66"/>
        <location filename="../../casedesk/ui/history_text.py" line="67"/>
        <source>whereabouts event</source>
        <translation>evento de paradero</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="68"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="69"/>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="70"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="71"/>
        <source>matter</source>
        <translation>asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="72"/>
        <location filename="../../casedesk/ui/history_text.py" line="73"/>
        <source>matter link</source>
        <translation>vínculo con un asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="74"/>
        <location filename="../../casedesk/ui/history_text.py" line="75"/>
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="76"/>
        <location filename="../../casedesk/ui/history_text.py" line="77"/>
        <source>order status</source>
        <translation>estado de la orden</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="78"/>
        <source>obligation</source>
        <translation>obligación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="79"/>
        <source>compliance record</source>
        <translation>registro de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="80"/>
        <source>deadline</source>
        <translation>plazo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="81"/>
        <source>Trash item</source>
        <translation>elemento de la papelera</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="86"/>
        <source>Added %1</source>
        <extracomment>&quot;%1&quot; is the kind of record (&quot;Changed legal status&quot;).</extracomment>
        <translation>Añadió %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="87"/>
        <source>Changed %1</source>
        <translation>Modificó %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="88"/>
        <location filename="../../casedesk/ui/history_text.py" line="89"/>
        <source>Removed %1</source>
        <translation>Eliminó %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="90"/>
        <source>Archived %1</source>
        <translation>Archivó %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="91"/>
        <source>Restored %1</source>
        <translation>Restauró %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="92"/>
        <source>Purged %1</source>
        <translation>Purgó %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="93"/>
        <source>Merged %1</source>
        <translation>Fusionó %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="94"/>
        <source>Imported %1</source>
        <translation>Importó %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="95"/>
        <source>Exported %1</source>
        <translation>Exportó %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="96"/>
        <source>Printed a brief of %1</source>
        <translation>Imprimió un informe de %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="97"/>
        <source>Demo data: %1</source>
        <translation>Datos de demostración: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="98"/>
        <source>Undid a change to %1</source>
        <translation>Deshizo un cambio en %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="99"/>
        <source>Redid a change to %1</source>
        <translation>Rehízo un cambio en %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="104"/>
        <location filename="../../casedesk/ui/history_text.py" line="105"/>
        <location filename="../../casedesk/ui/history_text.py" line="114"/>
        <location filename="../../casedesk/ui/history_text.py" line="115"/>
        <source>Status date</source>
        <extracomment>Field labels; ``(entity, field)`` first, then the field alone.</extracomment>
        <translation>Fecha del estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="106"/>
        <location filename="../../casedesk/ui/history_text.py" line="107"/>
        <source>Event date</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="108"/>
        <location filename="../../casedesk/ui/history_text.py" line="109"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="110"/>
        <location filename="../../casedesk/ui/history_text.py" line="111"/>
        <source>As to country</source>
        <translation>Respecto al país</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="112"/>
        <source>Compliance date</source>
        <translation>Fecha de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="113"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="116"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="117"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="118"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="119"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="120"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="121"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="122"/>
        <source>Confidence</source>
        <translation>Confiabilidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="123"/>
        <location filename="../../casedesk/ui/history_text.py" line="124"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="125"/>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="126"/>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="127"/>
        <source>Surname</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="128"/>
        <source>Second surname</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="129"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="130"/>
        <source>A-Number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="131"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="132"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="133"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="134"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="135"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="136"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="137"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="138"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="139"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="140"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="141"/>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="142"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="143"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="144"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="145"/>
        <source>Docket</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="146"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="147"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="148"/>
        <location filename="../../casedesk/ui/history_text.py" line="149"/>
        <source>Issued</source>
        <translation>Dictada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="150"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="151"/>
        <source>Obligation</source>
        <translation>Obligación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="152"/>
        <location filename="../../casedesk/ui/history_text.py" line="153"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="154"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="155"/>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="156"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="157"/>
        <source>Written by</source>
        <translation>Escrita por</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="158"/>
        <source>Binds</source>
        <translation>Obliga a</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="161"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/history_text.py" line="162"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="153"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="158"/>
        <source>Partial dates are fine: %1; ~ marks a guess</source>
        <translation>Se admiten fechas parciales: %1; ~ indica una estimación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="163"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="165"/>
        <source>Who says so: family, press, a filing…</source>
        <translation>Quién lo dice: familia, prensa, un escrito…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="168"/>
        <source>Confidence</source>
        <translation>Confiabilidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="170"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="98"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="98"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="98"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="98"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/history.py" line="32"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/history.py" line="32"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/history.py" line="32"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/history.py" line="32"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="97"/>
        <source>Given names</source>
        <extracomment>Emitted after a conflict when the person chose to reload the saved record.</extracomment>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="98"/>
        <source>Surname</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="99"/>
        <source>Second surname</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="100"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="101"/>
        <source>A-Number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="102"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="103"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="104"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="105"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="108"/>
        <source>For an unidentified person, e.g. “man on the second flight”</source>
        <translation>Para una persona no identificada, p. ej., “hombre del segundo vuelo”</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="110"/>
        <source>e.g. 1994, March 1994 or 1994-03-15</source>
        <translation>p. ej., 1994, marzo de 1994 o 1994-03-15</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="111"/>
        <location filename="../../casedesk/ui/clients/identity.py" line="112"/>
        <source>Comma-separated</source>
        <translation>Separados por comas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="116"/>
        <source>e.g. Venezuela or VE</source>
        <translation>p. ej., Venezuela o VE</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="128"/>
        <source>Add alias…</source>
        <translation>Agregar alias…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="144"/>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="152"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="153"/>
        <source>Save the identity (Ctrl+S)</source>
        <translation>Guardar la identidad (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="155"/>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="156"/>
        <source>Put back the saved values</source>
        <translation>Restablecer los valores guardados</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="228"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="270"/>
        <source>Changed elsewhere</source>
        <translation>Modificado en otro lugar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/identity.py" line="274"/>
        <source>Reload the saved record now? Your unsaved edits here will be lost. Choose No to keep editing and copy what you need first.</source>
        <translation>¿Volver a cargar ahora el registro guardado? Se perderán sus cambios sin guardar. Elija No para seguir editando y copie antes lo que necesite.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../casedesk/ui/imports/wizard.py" line="62"/>
        <source>Import clients</source>
        <extracomment>Fields of which at least one must be mapped, or no row could name a person (the same rule the import service applies; checked here so the person fixes it on the mapping). Rows read through the row checks for the preview: enough to show a file&apos;s typical problems, few enough to check instantly on the GUI thread. Rows matched by A-Number rewrite the stored names instead of adding an alias.</extracomment>
        <translation>Importar clientes</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../casedesk/ui/briefs/letterhead.py" line="29"/>
        <source>Letterhead and paper</source>
        <translation>Membrete y papel</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/letterhead.py" line="32"/>
        <source>e.g. Clínica de Derechos Humanos</source>
        <translation>p. ej., Clínica de Derechos Humanos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/letterhead.py" line="34"/>
        <source>One line of the address per row</source>
        <translation>Una línea de la dirección por renglón</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/letterhead.py" line="38"/>
        <source>PNG or JPEG; empty for no logo</source>
        <translation>PNG o JPEG; vacío para no poner logotipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/letterhead.py" line="39"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/letterhead.py" line="47"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/letterhead.py" line="48"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/letterhead.py" line="50"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/letterhead.py" line="51"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/letterhead.py" line="52"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logotipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/letterhead.py" line="55"/>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/letterhead.py" line="67"/>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/briefs/letterhead.py" line="67"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../casedesk/ui/security/lock_screen.py" line="37"/>
        <source>&lt;h2&gt;casedesk is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;casedesk está bloqueado&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/lock_screen.py" line="41"/>
        <source>Type the passphrase of &lt;b&gt;%1&lt;/b&gt; to continue.&lt;br&gt;Nothing was closed: unsaved changes are still there.</source>
        <translation>Escriba la frase de contraseña de &lt;b&gt;%1&lt;/b&gt; para continuar.&lt;br&gt;No se cerró nada: los cambios sin guardar siguen ahí.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/lock_screen.py" line="47"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/lock_screen.py" line="50"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/lock_screen.py" line="120"/>
        <source>That passphrase does not open this store.</source>
        <translation>Esa frase de contraseña no abre esta base.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/lock_screen.py" line="126"/>
        <source>The passphrase could not be checked: %1</source>
        <translation>No se pudo comprobar la frase de contraseña: %1</translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <location filename="../../casedesk/ui/security/locker.py" line="103"/>
        <location filename="../../casedesk/ui/security/locker.py" line="152"/>
        <location filename="../../casedesk/ui/security/locker.py" line="164"/>
        <source>casedesk — locked</source>
        <translation>casedesk — bloqueado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/locker.py" line="104"/>
        <source>Locked. Type the passphrase to continue.</source>
        <translation>Bloqueado. Escriba la frase de contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/locker.py" line="234"/>
        <source>Type the passphrase to quit: casedesk first asks about any unsaved changes, and that would show client data.</source>
        <translation>Escriba la frase de contraseña para salir: antes casedesk pregunta por los cambios sin guardar, y eso mostraría datos de clientes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="47"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="48"/>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="49"/>
        <source>Orders &amp; compliance</source>
        <translation>Órdenes y cumplimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="50"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="51"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="52"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="77"/>
        <source>Opening the store…</source>
        <extracomment>Rotating backups on close and daily; off for --smoke install checks.</extracomment>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="100"/>
        <source>Find a client by any spelling, alias or A-Number (Ctrl+K)</source>
        <translation>Buscar un cliente por cualquier grafía, alias o Número A (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="108"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="132"/>
        <source>casedesk — %1</source>
        <translation>casedesk — %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="197"/>
        <source>Another casedesk window already has this store open. You can work in both; each saves safely, but shows the other&apos;s changes only after you switch page or search again.</source>
        <translation>Otra ventana de casedesk ya tiene abierta esta base. Puede trabajar en ambas; cada una guarda sin riesgo, pero solo muestra los cambios de la otra cuando cambia de página o vuelve a buscar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="221"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="222"/>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="223"/>
        <source>&amp;Print brief…</source>
        <translation>&amp;Imprimir informe…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="227"/>
        <source>New &amp;matter…</source>
        <translation>Nuevo &amp;asunto…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="233"/>
        <source>New &amp;order…</source>
        <translation>Nueva &amp;orden…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="236"/>
        <source>Open &amp;team store…</source>
        <translation>Abrir almacén de &amp;equipo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="237"/>
        <source>&amp;Import…</source>
        <translation>Im&amp;portar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="238"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="239"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="241"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="244"/>
        <source>Automatic backups to &amp;keep…</source>
        <translation>Copias automáticas a &amp;conservar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="249"/>
        <source>&amp;Letterhead and paper…</source>
        <translation>&amp;Membrete y papel…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="252"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="256"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="257"/>
        <source>Find client</source>
        <translation>Buscar cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="266"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="268"/>
        <source>Find &amp;duplicate records…</source>
        <translation>Buscar registros &amp;duplicados…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="270"/>
        <source>Court &amp;closures…</source>
        <translation>&amp;Cierres de tribunales…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="273"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="274"/>
        <source>&amp;About casedesk</source>
        <translation>&amp;Acerca de casedesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="357"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="358"/>
        <source>Backed up and verified:
%1</source>
        <translation>Copia hecha y verificada:
%1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="365"/>
        <source>Backing up the store…</source>
        <translation>Haciendo copia de seguridad de la base…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="384"/>
        <source>Letterhead and paper saved.</source>
        <translation>Membrete y papel guardados.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="396"/>
        <source>Automatic backups</source>
        <translation>Copias automáticas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="398"/>
        <source>casedesk backs the store up when the window closes and once a day, into
%1

How many of these automatic backups should be kept?</source>
        <translation>casedesk hace una copia de la base al cerrar la ventana y una vez al día, en
%1

¿Cuántas de estas copias automáticas se deben conservar?</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="409"/>
        <source>The newest %1 automatic backups will be kept.</source>
        <translation>Se conservarán las %1 copias automáticas más recientes.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="419"/>
        <location filename="../../casedesk/ui/main_window.py" line="425"/>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="419"/>
        <source>casedesk backups (*.sqlite)</source>
        <translation>Copias de casedesk (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="427"/>
        <source>Replace everything in this store with the backup %1?

The store as it is now is kept as a backup first.</source>
        <translation>¿Reemplazar todo el contenido de esta base con la copia %1?

Antes se guarda una copia de la base tal como está ahora.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="462"/>
        <source>Open a client, matter, order or the deadlines to print a brief.</source>
        <translation>Abra un cliente, un asunto, una orden o los plazos para imprimir un informe.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="468"/>
        <source>About casedesk</source>
        <translation>Acerca de casedesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/main_window.py" line="470"/>
        <source>&lt;b&gt;casedesk %1&lt;/b&gt;&lt;p&gt;Offline case management for immigration and human-rights advocates. Licence: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;Fonts: Liberation Sans (SIL Open Font License 1.1). Libraries: Qt 6 and PySide6 (LGPLv3), SQLAlchemy, SQLModel, Alembic, pydantic, openpyxl, rapidfuzz, platformdirs (MIT), ReportLab, icalendar (BSD), PDFium via pypdfium2 (Apache-2.0/BSD), Pillow (HPND), Python (PSF).&lt;/p&gt;</source>
        <translation>&lt;b&gt;casedesk %1&lt;/b&gt;&lt;p&gt;Gestión de casos sin conexión para defensores de inmigrantes y de derechos humanos. Licencia: GPL-3.0 o posterior.&lt;/p&gt;&lt;p&gt;Fuentes: Liberation Sans (SIL Open Font License 1.1). Bibliotecas: Qt 6 y PySide6 (LGPLv3), SQLAlchemy, SQLModel, Alembic, pydantic, openpyxl, rapidfuzz, platformdirs (MIT), ReportLab, icalendar (BSD), PDFium mediante pypdfium2 (Apache-2.0/BSD), Pillow (HPND), Python (PSF).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/ui/main_window.py" line="484"/>
        <source>%Ln client(s) · store %1</source>
        <translation>
            <numerusform>%Ln cliente · almacén %1</numerusform>
            <numerusform>%Ln clientes · almacén %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../casedesk/ui/imports/models.py" line="101"/>
        <source>Column in the file</source>
        <extracomment>The casedesk field a mapping row goes to (str, or None for &quot;leave out&quot;). The reason a preview cell is refused (&quot;&quot; when the cell is fine).</extracomment>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/models.py" line="102"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/models.py" line="103"/>
        <source>Goes into</source>
        <translation>Va a</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/models.py" line="104"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="190"/>
        <source>Check which column goes where</source>
        <translation>Revise qué columna va a cada campo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="193"/>
        <source>casedesk guessed the meaning of each column from its header. Correct any guess; columns left out are not imported.</source>
        <translation>casedesk dedujo el significado de cada columna a partir de su encabezado. Corrija lo que haga falta; las columnas omitidas no se importan.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="212"/>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Cargar asignación…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="214"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Guardar asignación…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="244"/>
        <source>Field for column %1</source>
        <translation>Campo para la columna %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="264"/>
        <source>No column goes into a name, an A-Number, a description or a casedesk id, so no row could say who it is about. Choose the field of at least one of them.</source>
        <translation>Ninguna columna va a un nombre, un Número A, una descripción o un id de casedesk, así que ninguna fila podría indicar a quién se refiere. Elija el campo de al menos una de ellas.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="296"/>
        <source>The &quot;as of&quot; date: %1</source>
        <translation>La fecha de referencia: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="323"/>
        <source>Load a saved mapping</source>
        <translation>Cargar una asignación guardada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="323"/>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="343"/>
        <source>Column mappings (*.json)</source>
        <translation>Asignaciones de columnas (*.json)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="343"/>
        <source>Save this mapping</source>
        <translation>Guardar esta asignación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="352"/>
        <source>Mapping not saved</source>
        <translation>Asignación no guardada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/file_steps.py" line="353"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>MatterLinkModel</name>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="135"/>
        <source>Docket</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="135"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="135"/>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="135"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>MatterListModel</name>
    <message>
        <location filename="../../casedesk/ui/matters/model.py" line="30"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/model.py" line="31"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/model.py" line="32"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/model.py" line="33"/>
        <source>Docket</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/model.py" line="34"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/model.py" line="35"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/model.py" line="36"/>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
</context>
<context>
    <name>MattersPage</name>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="68"/>
        <source>&amp;New matter…</source>
        <translation>&amp;Nuevo asunto…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="73"/>
        <source>No matters yet. Click “New matter…” to open a court case or petition.</source>
        <translation>Aún no hay asuntos. Haga clic en “Nuevo asunto…” para abrir un caso judicial o una petición.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="85"/>
        <source>&amp;Add client…</source>
        <translation>&amp;Agregar cliente…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="86"/>
        <source>&amp;Remove from matter</source>
        <translation>&amp;Quitar del asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="87"/>
        <source>&amp;Print brief…</source>
        <translation>&amp;Imprimir informe…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="107"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="108"/>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="71"/>
        <location filename="../../casedesk/ui/matters/page.py" line="159"/>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="110"/>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="204"/>
        <source>Select a matter to see its people and orders.</source>
        <translation>Seleccione un asunto para ver sus personas y órdenes.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="215"/>
        <source>People (%1)</source>
        <translation>Personas (%1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="216"/>
        <location filename="../../casedesk/ui/matters/page.py" line="238"/>
        <source>Orders (%1)</source>
        <translation>Órdenes (%1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="219"/>
        <source>Hearings (%1)</source>
        <translation>Audiencias (%1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="240"/>
        <source>— %1 overdue</source>
        <translation>— %1 vencidas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="248"/>
        <source>Reading the matter&apos;s orders…</source>
        <translation>Leyendo las órdenes del asunto…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="283"/>
        <source>Select a matter first.</source>
        <translation>Primero seleccione un asunto.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="319"/>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="322"/>
        <source>Remove from matter</source>
        <translation>Quitar del asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/page.py" line="324"/>
        <source>Remove %1 from “%2”?

Their client record stays; obligations of this matter&apos;s orders will no longer bind them.</source>
        <translation>¿Quitar a %1 de “%2”?

Su registro de cliente se conserva; las obligaciones de las órdenes de este asunto dejarán de obligar a esta persona.</translation>
    </message>
</context>
<context>
    <name>MattersTab</name>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="223"/>
        <source>Matters (double-click to open)</source>
        <translation>Asuntos (doble clic para abrir)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="226"/>
        <source>Obligations binding this person (double-click to open the order)</source>
        <translation>Obligaciones que vinculan a esta persona (doble clic para abrir la orden)</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="78"/>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="78"/>
        <source>Create client</source>
        <translation>Crear cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="80"/>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="81"/>
        <source>Surname</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="82"/>
        <source>Second surname</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="84"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="88"/>
        <source>For an unidentified person, e.g. “man on the second flight”</source>
        <translation>Para una persona no identificada, p. ej., “hombre del segundo vuelo”</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="93"/>
        <source>A-Number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="96"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="98"/>
        <source>e.g. 1994, March 1994 or 1994-03-15</source>
        <translation>p. ej., 1994, marzo de 1994 o 1994-03-15</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="101"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="101"/>
        <source>e.g. Venezuela or VE</source>
        <translation>p. ej., Venezuela o VE</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="104"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="104"/>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="107"/>
        <source>Comma-separated</source>
        <translation>Separados por comas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="107"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>NewMatterDialog</name>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="45"/>
        <source>New matter</source>
        <translation>Nuevo asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="49"/>
        <source>e.g. D.D.C., D. Mass., S.D. Tex.</source>
        <translation>p. ej., D.D.C., D. Mass., S.D. Tex.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="50"/>
        <source>e.g. 1:25-cv-00766, 24A931, 25-5067</source>
        <translation>p. ej., 1:25-cv-00766, 24A931, 25-5067</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="55"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="56"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="57"/>
        <source>&amp;Court</source>
        <translation>T&amp;ribunal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="58"/>
        <source>&amp;Docket</source>
        <translation>&amp;Expediente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="59"/>
        <source>&amp;Judge</source>
        <translation>&amp;Juez</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/dialogs.py" line="60"/>
        <source>D&amp;escription</source>
        <translation>&amp;Descripción</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="52"/>
        <source>New order</source>
        <translation>Nueva orden</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="62"/>
        <source>e.g. 2025-03-15 or 2025-03-15 18:44</source>
        <translation>p. ej., 2025-03-15 o 2025-03-15 18:44</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="64"/>
        <source>Leave empty for the matter&apos;s judge</source>
        <translation>Déjelo vacío para usar el juez del asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="66"/>
        <source>&amp;Matter</source>
        <translation>&amp;Asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="67"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="68"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="69"/>
        <source>&amp;Issued</source>
        <translation>E&amp;mitida</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="70"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="71"/>
        <source>&amp;Judge</source>
        <translation>&amp;Juez</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="72"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="77"/>
        <source>open a matter first (Matters ▸ New matter…)</source>
        <translation>primero abra un asunto (Asuntos ▸ Nuevo asunto…)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="383"/>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="383"/>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="385"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="389"/>
        <source>Private (left out of court and public briefs)</source>
        <translation>Privada (no sale en informes para el tribunal ni públicos)</translation>
    </message>
</context>
<context>
    <name>NoteModel</name>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="256"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="256"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="256"/>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="259"/>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="256"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="293"/>
        <source>Write a note…</source>
        <translation>Escriba una nota…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="295"/>
        <source>Private (left out of court and public briefs)</source>
        <translation>Privada (se omite en los informes para el tribunal y públicos)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="306"/>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
</context>
<context>
    <name>ObligationModel</name>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="147"/>
        <location filename="../../casedesk/ui/orders/model.py" line="122"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="148"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="149"/>
        <location filename="../../casedesk/ui/orders/model.py" line="121"/>
        <source>Obligation</source>
        <translation>Obligación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="150"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="151"/>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="158"/>
        <source>%1 — suspended (order stayed)</source>
        <translation>%1 — suspendida (orden suspendida)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="160"/>
        <source>%1 — moot (order not in force)</source>
        <translation>%1 — sin efecto (orden no vigente)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="162"/>
        <source>%1 — Overdue by %2 days</source>
        <translation>%1 — Vencida hace %2 días</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="123"/>
        <source>Countdown</source>
        <translation>Cuenta regresiva</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="124"/>
        <source>Binds</source>
        <translation>Obliga a</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="125"/>
        <location filename="../../casedesk/ui/orders/model.py" line="139"/>
        <source>Complied</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="135"/>
        <source>Suspended: the order is stayed</source>
        <translation>Suspendida: la orden está suspendida</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="137"/>
        <source>Moot: the order is no longer in force</source>
        <translation>Sin efecto: la orden ya no está vigente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="152"/>
        <source>No one on the roster: as a whole</source>
        <translation>Nadie en la lista: en conjunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="154"/>
        <source>Whole roster (%1)</source>
        <translation>Todas las personas (%1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="155"/>
        <source>%1 named</source>
        <translation>%1 nombrados</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="160"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>OpenTeamStoreDialog</name>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="58"/>
        <source>Open team store</source>
        <extracomment>Windows opened on team stores, kept alive while shown.</extracomment>
        <translation>Abrir almacén de equipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="60"/>
        <source>e.g. db.clinic.org</source>
        <translation>p. ej., db.clinica.org</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="62"/>
        <source>e.g. clinic</source>
        <translation>p. ej., clinica</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="63"/>
        <source>your login, e.g. maria_lopez</source>
        <translation>su usuario, p. ej., maria_lopez</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="69"/>
        <source>prefer: TLS when the server offers it. verify-full: TLS, and the server&apos;s certificate must match its name (your IT gives you the root certificate).</source>
        <translation>prefer: TLS cuando el servidor lo ofrece. verify-full: TLS, y el certificado del servidor debe coincidir con su nombre (su equipo de informática le da el certificado raíz).</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="73"/>
        <source>Remember my password in this computer&apos;s keyring</source>
        <translation>Recordar mi contraseña en el llavero de este equipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="78"/>
        <source>No keyring on this computer: the password is asked each time (or ~/.pgpass)</source>
        <translation>Este equipo no tiene llavero: la contraseña se pide cada vez (o ~/.pgpass)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="85"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="96"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="97"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="98"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="99"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="100"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="101"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="150"/>
        <source>the system keyring refused to keep the password</source>
        <translation>el llavero del sistema no aceptó guardar la contraseña</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="167"/>
        <source>this casedesk cannot open team stores</source>
        <translation>este casedesk no puede abrir almacenes de equipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/open_dialog.py" line="172"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="57"/>
        <source>Title</source>
        <extracomment>True when the row is overdue (tests and delegates read it instead of colours).</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="58"/>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="59"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="60"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="61"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="62"/>
        <source>Obligations</source>
        <translation>Obligaciones</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="63"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/model.py" line="83"/>
        <source>%1 overdue</source>
        <translation>%1 vencidas</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="86"/>
        <source>&amp;New order…</source>
        <translation>&amp;Nueva orden…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="92"/>
        <source>No orders yet. Click “New order…” to record a court order; open the matter it belongs to first on the Matters page.</source>
        <translation>Aún no hay órdenes. Haga clic en “Nueva orden…” para registrar una orden judicial; antes abra el asunto al que pertenece en la página Asuntos.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="101"/>
        <source>C&amp;hange status…</source>
        <translation>Cambiar &amp;estado…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="102"/>
        <source>Add &amp;obligation…</source>
        <translation>Agregar &amp;obligación…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="103"/>
        <source>&amp;Print brief…</source>
        <translation>&amp;Imprimir informe…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="132"/>
        <source>&amp;Record compliance…</source>
        <translation>&amp;Registrar cumplimiento…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="147"/>
        <location filename="../../casedesk/ui/orders/page.py" line="314"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="148"/>
        <source>Status history</source>
        <translation>Historial de estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="89"/>
        <location filename="../../casedesk/ui/orders/page.py" line="184"/>
        <source>Orders &amp; compliance</source>
        <translation>Órdenes y cumplimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="203"/>
        <source>Reading orders and their deadlines…</source>
        <translation>Leyendo las órdenes y sus plazos…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="245"/>
        <source>Reading the order…</source>
        <translation>Leyendo la orden…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="253"/>
        <source>Status history (%1)</source>
        <translation>Historial de estado (%1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="270"/>
        <source>Select an order to see its obligations and compliance.</source>
        <translation>Seleccione una orden para ver sus obligaciones y su cumplimiento.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="277"/>
        <source>issued %1</source>
        <translation>emitida el %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="288"/>
        <source>%1 obligation(s) overdue</source>
        <translation>%1 obligación(es) vencida(s)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="309"/>
        <source>No obligations yet. Click “Add obligation…” to record what the order requires.</source>
        <translation>Aún no hay obligaciones. Haga clic en “Agregar obligación…” para registrar lo que exige la orden.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="330"/>
        <source>%1 of %2 complied with “%3”.</source>
        <translation>%1 de %2 cumplieron con “%3”.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="337"/>
        <source>Compliance (%1 open)</source>
        <translation>Cumplimiento (%1 pendientes)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="392"/>
        <source>Select an order first.</source>
        <translation>Primero seleccione una orden.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/page.py" line="438"/>
        <source>Select one or more people in the compliance table.</source>
        <translation>Seleccione una o más personas en la tabla de cumplimiento.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../casedesk/ui/security/fields.py" line="24"/>
        <location filename="../../casedesk/ui/security/fields.py" line="35"/>
        <source>Show</source>
        <extracomment>The shortest passphrase the store accepts (casedesk.storage.cipher.MIN_PASSPHRASE; the service refuses shorter ones too, this only lets the dialog say so while typing).</extracomment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/fields.py" line="25"/>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo escrito</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/fields.py" line="35"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/fields.py" line="54"/>
        <source>At least %1 characters. A few unrelated words are best: easy to remember, hard to guess (for example “lamp orbit velvet cactus”).</source>
        <translation>Al menos %1 caracteres. Lo mejor son unas cuantas palabras sin relación entre sí: fáciles de recordar, difíciles de adivinar (por ejemplo “lámpara órbita terciopelo cactus”).</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/fields.py" line="62"/>
        <source>Now type it again below.</source>
        <translation>Ahora escríbala de nuevo abajo.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/fields.py" line="64"/>
        <source>The two entries differ.</source>
        <translation>Las dos entradas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/fields.py" line="65"/>
        <source>The two entries match.</source>
        <translation>Las dos entradas coinciden.</translation>
    </message>
</context>
<context>
    <name>PresetButton</name>
    <message>
        <location filename="../../casedesk/ui/due_preview.py" line="70"/>
        <source>Presets</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/due_preview.py" line="74"/>
        <source>Status report within 72 hours</source>
        <translation>Informe de situación en 72 horas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/due_preview.py" line="75"/>
        <source>Declaration by 9:30 am the next day</source>
        <translation>Declaración antes de las 9:30 del día siguiente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/due_preview.py" line="76"/>
        <source>BIA appeal: 30 days</source>
        <translation>Apelación ante la BIA: 30 días</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/due_preview.py" line="77"/>
        <source>Response within 14 days</source>
        <translation>Respuesta en 14 días</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../casedesk/ui/imports/models.py" line="170"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/models.py" line="170"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/models.py" line="170"/>
        <source>Import as</source>
        <translation>Se importa como</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="64"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="65"/>
        <source>The first rows of the file as casedesk reads them.</source>
        <translation>Las primeras filas del archivo tal como las lee casedesk.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="74"/>
        <source>Rows that look like someone already in the store (same name, compatible date of birth, no A-Number to tell them apart) are flagged during the import and refused with a pointer to that person, never merged silently.</source>
        <translation>Las filas que parecen corresponder a alguien que ya está en la base (mismo nombre, fecha de nacimiento compatible, sin Número A que los distinga) se marcan durante la importación y se rechazan con una referencia a esa persona; nunca se fusionan sin aviso.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="106"/>
        <source>Showing the first %1 of %2 rows.</source>
        <translation>Se muestran las primeras %1 de %2 filas.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="111"/>
        <source>Showing all %1 rows.</source>
        <translation>Se muestran las %1 filas.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="113"/>
        <source>None of them has a problem.</source>
        <translation>Ninguna tiene problemas.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="116"/>
        <source>1 row has problems (cells in red; point at a cell for the reason). It will be refused; the others are imported.</source>
        <translation>1 fila tiene problemas (celdas en rojo; señale una celda para ver el motivo). Se rechazará; las demás se importan.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="121"/>
        <source>%1 of them have problems (cells in red; point at a cell for the reason). Those rows will be refused; the others are imported.</source>
        <translation>%1 de ellas tienen problemas (celdas en rojo; señale una celda para ver el motivo). Esas filas se rechazarán; las demás se importan.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="126"/>
        <source>%1 of them match a stored client by A-Number or id and update that client (see Import as).</source>
        <translation>%1 coinciden con un cliente guardado por número A o id y lo actualizan (vea «Se importa como»).</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="138"/>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="140"/>
        <source>new client</source>
        <translation>cliente nuevo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="144"/>
        <source>new alias %1</source>
        <translation>alias nuevo %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="146"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="148"/>
        <source>update of client %1</source>
        <translation>actualización del cliente %1</translation>
    </message>
</context>
<context>
    <name>ReadingOptions</name>
    <message>
        <location filename="../../casedesk/ui/imports/reading_options.py" line="28"/>
        <source>Reading the file</source>
        <translation>Lectura del archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/reading_options.py" line="32"/>
        <source>Day first (31/12/1990)</source>
        <translation>Día primero (31/12/1990)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/reading_options.py" line="33"/>
        <source>Month first (12/31/1990)</source>
        <translation>Mes primero (12/31/1990)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/reading_options.py" line="34"/>
        <source>Year first (1990/12/31)</source>
        <translation>Año primero (1990/12/31)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/reading_options.py" line="37"/>
        <source>Date order</source>
        <translation>Orden de las fechas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/reading_options.py" line="43"/>
        <source>empty: a status or whereabouts without a date is kept with its date unknown</source>
        <translation>vacío: un estatus o un paradero sin fecha se guarda con la fecha desconocida</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/reading_options.py" line="45"/>
        <source>As of date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/reading_options.py" line="48"/>
        <source>&amp;Replace stored names when a row matches a client by A-Number</source>
        <translation>&amp;Reemplazar los nombres guardados cuando una fila coincide con un cliente por número A</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/reading_options.py" line="52"/>
        <source>Unticked, a different spelling is kept as an alias and the stored name stays as it is.</source>
        <translation>Sin marcar, una grafía distinta se guarda como alias y el nombre guardado no cambia.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/reading_options.py" line="57"/>
        <source>&amp;Dates like 03/04/1990 are written:</source>
        <translation>&amp;Las fechas como 03/04/1990 se escriben:</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/reading_options.py" line="59"/>
        <source>Statuses and whereabouts &amp;as of:</source>
        <translation>Estatus y paradero &amp;a fecha de:</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/reading_options.py" line="66"/>
        <source>Proposed: %1.</source>
        <translation>Propuesto: %1.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/reading_options.py" line="68"/>
        <source>As chosen in the mapping.</source>
        <translation>Según la asignación guardada.</translation>
    </message>
</context>
<context>
    <name>RecordComplianceDialog</name>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="238"/>
        <source>Record compliance</source>
        <translation>Registrar cumplimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="244"/>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="246"/>
        <source>The obligation as a whole</source>
        <translation>La obligación en conjunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="252"/>
        <source>What shows it: a filing, a declaration, a call with the client…</source>
        <translation>Qué lo demuestra: un escrito, una declaración, una llamada con el cliente…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="255"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="256"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="257"/>
        <source>&amp;Evidence</source>
        <translation>&amp;Prueba</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/orders/dialogs.py" line="258"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
</context>
<context>
    <name>RejectionModel</name>
    <message>
        <location filename="../../casedesk/ui/imports/models.py" line="230"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/models.py" line="230"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/models.py" line="230"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ReminderCentre</name>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="171"/>
        <source>casedesk: 1 deadline needs attention</source>
        <extracomment>The reminders a notification was raised for (tray or in-window note). (&quot;deadlines&quot;, &quot;deadline:5&quot;) or (&quot;order&quot;, order id): where a click should go.</extracomment>
        <translation>casedesk: 1 plazo requiere atención</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="173"/>
        <source>casedesk: %1 deadlines need attention</source>
        <translation>casedesk: %1 plazos requieren atención</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="180"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../casedesk/ui/entries/remove.py" line="19"/>
        <source>entered on the wrong client</source>
        <extracomment>Offered in the reason box; translated when shown.</extracomment>
        <translation>registrado en el cliente equivocado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/remove.py" line="20"/>
        <source>source retracted</source>
        <translation>la fuente se retractó</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/remove.py" line="21"/>
        <source>entered twice</source>
        <translation>registrado dos veces</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/remove.py" line="22"/>
        <source>typing mistake</source>
        <translation>error de tecleo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/remove.py" line="42"/>
        <source>Remove entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/remove.py" line="44"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/remove.py" line="52"/>
        <source>Remove “%1”? It goes to the Trash, from which it can be restored with everything attached to it.</source>
        <translation>¿Eliminar «%1»? Va a la papelera, de donde puede restaurarse con todo lo que depende de ello.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/remove.py" line="69"/>
        <source>Why? (required, kept in the history)</source>
        <translation>¿Por qué? (obligatorio, queda en el historial)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/remove.py" line="70"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../casedesk/ui/matters/model.py" line="69"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/model.py" line="70"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/model.py" line="71"/>
        <source>Status</source>
        <translation>Estatus</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/model.py" line="72"/>
        <source>Whereabouts</source>
        <translation>Paradero</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/matters/model.py" line="73"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="159"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="160"/>
        <source>Import the rows, or only check what an import would do.</source>
        <translation>Importe las filas o solo verifique qué haría la importación.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="165"/>
        <source>Check &amp;only (dry run): report what would happen, write nothing</source>
        <translation>&amp;Solo verificar (simulación): informar qué pasaría, sin escribir nada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="168"/>
        <source>&amp;Write refused rows to a file:</source>
        <translation>&amp;Guardar filas rechazadas en un archivo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="170"/>
        <source>A CSV file to fix and import again</source>
        <translation>Un archivo CSV para corregir e importar de nuevo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="171"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="202"/>
        <source>Restore every record of %1 into this store, which must be empty.</source>
        <translation>Restaurar todos los registros de %1 en esta base, que debe estar vacía.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="210"/>
        <source>Import %1 rows of %2. Everything goes in together: if the import is stopped or fails, the store stays exactly as it was.</source>
        <translation>Importar %1 filas de %2. Todo entra a la vez: si la importación se detiene o falla, la base queda exactamente como estaba.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="221"/>
        <source>&amp;Check</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="221"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="226"/>
        <source>Write refused rows to</source>
        <translation>Guardar filas rechazadas en</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="267"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="267"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="269"/>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="269"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="298"/>
        <source>The import was stopped. Nothing was written.</source>
        <translation>Se detuvo la importación. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="301"/>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
</context>
<context>
    <name>SecurityControls</name>
    <message>
        <location filename="../../casedesk/ui/security/controls.py" line="46"/>
        <location filename="../../casedesk/ui/security/controls.py" line="89"/>
        <source>Encrypt store…</source>
        <translation>Cifrar la base…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/controls.py" line="49"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/controls.py" line="53"/>
        <source>Lock when idle</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/controls.py" line="58"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/controls.py" line="60"/>
        <source>After %1 minutes</source>
        <translation>Después de %1 minutos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/controls.py" line="89"/>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/controls.py" line="108"/>
        <source>Protect this store with a passphrase…</source>
        <translation>Proteger esta base con una frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/controls.py" line="112"/>
        <source>Encrypt the store so it cannot be read without its passphrase</source>
        <translation>Cifrar la base para que no se pueda leer sin su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/controls.py" line="144"/>
        <source>The store is encrypted; %1 backups re-encrypted with it.</source>
        <translation>La base está cifrada; %1 copias se volvieron a cifrar con ella.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/controls.py" line="146"/>
        <source>Passphrase changed; %1 backups re-encrypted under the new one.</source>
        <translation>Frase de contraseña cambiada; %1 copias se volvieron a cifrar con la nueva.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/controls.py" line="153"/>
        <source>These backups could not be re-encrypted (another passphrase, or damaged) and were left as they were:

%1</source>
        <translation>Estas copias no se pudieron volver a cifrar (otra frase de contraseña, o están dañadas) y se dejaron como estaban:

%1</translation>
    </message>
</context>
<context>
    <name>StartupBanner</name>
    <message>
        <location filename="../../casedesk/ui/team/startup_banner.py" line="43"/>
        <source>&amp;Open another store…</source>
        <translation>&amp;Abrir otro almacén…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/startup_banner.py" line="56"/>
        <source>&lt;b&gt;The team store did not open:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;El almacén del equipo no se abrió:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/startup_banner.py" line="61"/>
        <source>No store is open. Retry, or open another store from the bar above.</source>
        <translation>No hay ningún almacén abierto. Reintente, o abra otro almacén desde la barra de arriba.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/startup_banner.py" line="63"/>
        <source>The team store did not open.</source>
        <translation>El almacén del equipo no se abrió.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/startup_banner.py" line="69"/>
        <source>Connecting to the team server…</source>
        <translation>Conectando con el servidor del equipo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/startup_banner.py" line="70"/>
        <source>Opening the store…</source>
        <translation>Abriendo el almacén…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="188"/>
        <source>Add legal status</source>
        <translation>Agregar estatus legal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="188"/>
        <source>Edit legal status</source>
        <translation>Editar estado legal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="191"/>
        <source>Status</source>
        <translation>Estatus</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="193"/>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="207"/>
        <source>As to country</source>
        <translation>Respecto del país</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="195"/>
        <source>Required for withholding and CAT protection</source>
        <translation>Obligatorio para withholding y protección CAT</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/dialogs.py" line="207"/>
        <source>As to country *</source>
        <translation>Respecto del país *</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="86"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="87"/>
        <source>Status</source>
        <translation>Estatus</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="88"/>
        <source>As to country</source>
        <translation>Respecto del país</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="89"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="90"/>
        <source>Confidence</source>
        <translation>Confiabilidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="91"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/detail_models.py" line="96"/>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="116"/>
        <source>Add entry…</source>
        <translation>Agregar entrada…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="316"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="317"/>
        <source>What the import did, and the rows it refused.</source>
        <translation>Lo que hizo la importación y las filas que rechazó.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="323"/>
        <source>New clients</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="324"/>
        <source>Clients updated</source>
        <translation>Clientes actualizados</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="325"/>
        <source>Already up to date</source>
        <translation>Ya actualizados</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="326"/>
        <source>Rows refused</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="340"/>
        <source>&amp;Save refused rows…</source>
        <translation>&amp;Guardar filas rechazadas…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="356"/>
        <source>Check only: nothing was written. Importing %1 would give:</source>
        <translation>Solo verificación: no se escribió nada. Importar %1 daría:</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="362"/>
        <source>%1: %2 of %3 rows imported; %4 refused.</source>
        <translation>%1: %2 de %3 filas importadas; %4 rechazadas.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="384"/>
        <source>Refused rows were written to %1.</source>
        <translation>Las filas rechazadas se guardaron en %1.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="388"/>
        <source>Save the refused rows to fix them and import that file again.</source>
        <translation>Guarde las filas rechazadas para corregirlas y vuelva a importar ese archivo.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="391"/>
        <source>No row was refused.</source>
        <translation>No se rechazó ninguna fila.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="402"/>
        <source>Save refused rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="411"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="412"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/imports/run_steps.py" line="416"/>
        <source>%1 refused rows were saved to %2.</source>
        <translation>Se guardaron %1 filas rechazadas en %2.</translation>
    </message>
</context>
<context>
    <name>TeamLive</name>
    <message>
        <location filename="../../casedesk/ui/team/live.py" line="115"/>
        <source>Team server: not connected</source>
        <translation>Servidor del equipo: sin conexión</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/live.py" line="148"/>
        <source>Signed in as %1 · also connected: %2</source>
        <translation>Conectado como %1 · también conectados: %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/live.py" line="152"/>
        <source>Signed in as %1 · no one else connected</source>
        <translation>Conectado como %1 · nadie más conectado</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="120"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="126"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="146"/>
        <source>The Trash is empty. Removed entries wait here.</source>
        <translation>La papelera está vacía. Aquí esperan las entradas eliminadas.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="151"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="153"/>
        <source>Put the entry back, with everything that came along (Enter)</source>
        <translation>Devolver la entrada, con todo lo que se fue con ella (Intro)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="156"/>
        <source>&amp;Purge…</source>
        <translation>&amp;Purgar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="157"/>
        <source>Destroy the data for good; this cannot be undone</source>
        <translation>Destruir los datos para siempre; no se puede deshacer</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="159"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="162"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="225"/>
        <source>Purge “%1” for good? Its data is destroyed everywhere in this store, with everything that came along; the history keeps only that a purge happened. This cannot be undone.</source>
        <translation>¿Purgar «%1» para siempre? Sus datos se destruyen en todo este almacén, con todo lo que se fue con ellos; el historial solo conserva que hubo una purga. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="232"/>
        <source>These backups were made before and still hold the data; delete them too if it must be gone everywhere:
%1</source>
        <translation>Estas copias de seguridad son anteriores y aún contienen los datos; bórrelas también si deben desaparecer de todas partes:
%1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="236"/>
        <source>No backup of this store holds the data.</source>
        <translation>Ninguna copia de seguridad de este almacén contiene los datos.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="243"/>
        <location filename="../../casedesk/ui/entries/trash.py" line="245"/>
        <source>Purge for good</source>
        <translation>Purgar para siempre</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="38"/>
        <source>Client</source>
        <extracomment>What each kind is called in the Trash (plural forms for &quot;contains&quot;).</extracomment>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="39"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="40"/>
        <source>Legal status</source>
        <translation>Estado legal</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="41"/>
        <source>Whereabouts event</source>
        <translation>Evento de paradero</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="42"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="43"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="44"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="45"/>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="46"/>
        <source>Matter link</source>
        <translation>Vínculo con un asunto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="47"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="48"/>
        <source>Order status entry</source>
        <translation>Entrada de estado de la orden</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="49"/>
        <source>Obligation</source>
        <translation>Obligación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="50"/>
        <source>Compliance record</source>
        <translation>Registro de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="51"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="73"/>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="74"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="75"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="76"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="77"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/entries/trash.py" line="78"/>
        <source>Came along</source>
        <translation>Se fue con ello</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../casedesk/ui/security/unlock.py" line="49"/>
        <source>Unlock %1</source>
        <extracomment>Wrong passphrases before the message also says the file itself may be the problem.</extracomment>
        <translation>Desbloquear %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/unlock.py" line="58"/>
        <source>&lt;h3&gt;This store is encrypted&lt;/h3&gt;&lt;p&gt;Type the passphrase of &lt;b&gt;%1&lt;/b&gt; to open it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Esta base está cifrada&lt;/h3&gt;&lt;p&gt;Escriba la frase de contraseña de &lt;b&gt;%1&lt;/b&gt; para abrirla.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/unlock.py" line="64"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/unlock.py" line="76"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/unlock.py" line="78"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/unlock.py" line="129"/>
        <source>That passphrase does not open this store. Nothing was changed.</source>
        <translation>Esa frase de contraseña no abre esta base. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/unlock.py" line="133"/>
        <source>If you are sure of it, the file may be damaged or not a casedesk store: open a backup from the backups folder beside it instead.</source>
        <translation>Si está seguro de ella, puede que el archivo esté dañado o no sea una base de casedesk: abra en su lugar una copia de la carpeta de copias que está a su lado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/security/unlock.py" line="162"/>
        <source>Waiting for the passphrase…</source>
        <translation>Esperando la frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>WhereaboutsTab</name>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="155"/>
        <source>Add event…</source>
        <translation>Agregar evento…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="169"/>
        <source>No contact on record</source>
        <translation>Sin contacto registrado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="171"/>
        <source>Last contact dated after today</source>
        <translation>Último contacto con fecha posterior a hoy</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="173"/>
        <source>Last contact today</source>
        <translation>Último contacto hoy</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="175"/>
        <source>Last contact %1 days ago</source>
        <translation>Último contacto hace %1 días</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="177"/>
        <source>Last contact yesterday</source>
        <translation>Último contacto ayer</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="187"/>
        <source>As far as we know: %1, since %2</source>
        <translation>Según sabemos: %1, desde %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/tabs.py" line="192"/>
        <source>Whereabouts: nothing recorded yet</source>
        <translation>Paradero: aún no hay nada registrado</translation>
    </message>
</context>
<context>
    <name>WhereaboutsTimeline</name>
    <message>
        <location filename="../../casedesk/ui/clients/timeline.py" line="119"/>
        <source>Contact</source>
        <extracomment>Colours for country lanes, in order of appearance; chosen to read on light and dark.</extracomment>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/timeline.py" line="121"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/timeline.py" line="143"/>
        <source>No whereabouts recorded yet. Add an event to start the timeline.</source>
        <translation>Aún no hay paradero registrado. Agregue un evento para iniciar la línea de tiempo.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/timeline.py" line="245"/>
        <location filename="../../casedesk/ui/clients/timeline.py" line="248"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/clients/timeline.py" line="258"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>_RekeyDialog</name>
    <message>
        <location filename="../../casedesk/ui/security/passphrase_dialogs.py" line="54"/>
        <source>Re-encrypting %v of %m</source>
        <translation>Volviendo a cifrar %v de %m</translation>
    </message>
</context>
<context>
    <name>centre</name>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="49"/>
        <source>overdue by %1 d</source>
        <extracomment>How many reminders the strip names before &quot;and N more&quot;.</extracomment>
        <translation>vencida hace %1 d</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="50"/>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="54"/>
        <source>hearing in %1 min</source>
        <translation>audiencia en %1 min</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="56"/>
        <source>hearing in %1 h</source>
        <translation>audiencia en %1 h</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="57"/>
        <source>hearing in %1 days</source>
        <translation>audiencia en %1 días</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="59"/>
        <source>due in %1 min</source>
        <translation>vence en %1 min</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="61"/>
        <source>due in %1 h</source>
        <translation>vence en %1 h</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/reminders.py" line="62"/>
        <source>due in %1 days</source>
        <translation>vence en %1 días</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="15"/>
        <source>Asylum pending</source>
        <translation>Asilo pendiente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="16"/>
        <source>Final order of removal</source>
        <translation>Orden final de deportación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="17"/>
        <source>Refugee approved</source>
        <translation>Refugiado aprobado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="18"/>
        <source>Withholding of removal</source>
        <translation>Suspensión de deportación (withholding)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="19"/>
        <source>CAT protection</source>
        <translation>Protección CAT</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="20"/>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="21"/>
        <source>Parole</source>
        <translation>Permiso de permanencia temporal (parole)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="22"/>
        <source>Permanent resident</source>
        <translation>Residente permanente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="23"/>
        <source>US citizen</source>
        <translation>Ciudadano estadounidense</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="24"/>
        <location filename="../../casedesk/ui/labels.py" line="45"/>
        <location filename="../../casedesk/ui/labels.py" line="53"/>
        <location filename="../../casedesk/ui/labels.py" line="64"/>
        <location filename="../../casedesk/ui/labels.py" line="83"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="25"/>
        <location filename="../../casedesk/ui/labels.py" line="75"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="26"/>
        <source>Arrested</source>
        <translation>Arrestado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="27"/>
        <source>Detained</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="28"/>
        <source>Transferred</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="29"/>
        <source>Removed</source>
        <translation>Deportado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="30"/>
        <source>Arrived</source>
        <translation>Llegó a destino</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="31"/>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="32"/>
        <source>Repatriated</source>
        <translation>Repatriado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="33"/>
        <source>Returned to US</source>
        <translation>Regresó a EE. UU.</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="34"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="35"/>
        <source>Whereabouts unknown</source>
        <translation>Paradero desconocido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="36"/>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="37"/>
        <source>Habeas petition</source>
        <translation>Petición de hábeas corpus</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="38"/>
        <source>Class action</source>
        <translation>Demanda colectiva</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="39"/>
        <source>Civil action</source>
        <translation>Demanda civil</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="40"/>
        <source>Immigration court (EOIR)</source>
        <translation>Tribunal de inmigración (EOIR)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="41"/>
        <source>BIA appeal</source>
        <translation>Apelación ante la BIA</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="42"/>
        <source>Circuit appeal</source>
        <translation>Apelación ante el Circuito</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="43"/>
        <source>Supreme court</source>
        <translation>Corte Suprema</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="44"/>
        <source>FOIA</source>
        <translation>FOIA</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="46"/>
        <source>Petitioner</source>
        <translation>Peticionario</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="47"/>
        <source>Plaintiff</source>
        <translation>Demandante</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="48"/>
        <source>Named plaintiff</source>
        <translation>Demandante nombrado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="49"/>
        <source>Class member</source>
        <translation>Miembro de la clase</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="50"/>
        <source>Respondent</source>
        <translation>Demandado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="51"/>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="52"/>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="54"/>
        <source>Temporary restraining order</source>
        <translation>Orden de restricción temporal (TRO)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="55"/>
        <source>Preliminary injunction</source>
        <translation>Medida cautelar preliminar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="56"/>
        <source>Stay</source>
        <translation>Suspensión (stay)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="57"/>
        <source>Administrative stay</source>
        <translation>Suspensión administrativa</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="58"/>
        <source>Order to facilitate return</source>
        <translation>Orden de facilitar el regreso</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="59"/>
        <source>Contempt</source>
        <translation>Desacato</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="60"/>
        <source>Class certification</source>
        <translation>Certificación de clase</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="61"/>
        <source>Remedial</source>
        <translation>Medidas de reparación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="62"/>
        <source>Removal order</source>
        <translation>Orden de deportación</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="63"/>
        <source>Grant of withholding</source>
        <translation>Concesión de withholding</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="65"/>
        <source>In force</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="66"/>
        <source>Stayed</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="67"/>
        <source>Vacated</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="68"/>
        <source>Reversed</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="69"/>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="70"/>
        <source>Superseded</source>
        <translation>Reemplazada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="71"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="72"/>
        <source>Complied</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="73"/>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="74"/>
        <source>Not complied</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="76"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="77"/>
        <source>Reported</source>
        <translation>Reportado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="78"/>
        <source>Unverified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="79"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="80"/>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="81"/>
        <source>Consulate</source>
        <translation>Consulado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="82"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="84"/>
        <source>Master calendar hearing</source>
        <translation>Audiencia de calendario general</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="85"/>
        <source>Individual (merits) hearing</source>
        <translation>Audiencia individual (de fondo)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="86"/>
        <source>Status conference</source>
        <translation>Conferencia de estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="87"/>
        <source>Motion hearing</source>
        <translation>Audiencia sobre moción</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="88"/>
        <source>Evidentiary hearing</source>
        <translation>Audiencia probatoria</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="89"/>
        <source>Bond hearing</source>
        <translation>Audiencia de fianza</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="90"/>
        <source>Show-cause hearing</source>
        <translation>Audiencia para mostrar causa</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/labels.py" line="91"/>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="32"/>
        <source>Held</source>
        <extracomment>The ``AgendaItem`` behind a row (any column). True when the row is overdue (for delegates and tests).</extracomment>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="35"/>
        <source>Hearing today</source>
        <translation>Audiencia hoy</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="37"/>
        <source>Hearing tomorrow</source>
        <translation>Audiencia mañana</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="38"/>
        <source>Hearing in %1 days</source>
        <translation>Audiencia en %1 días</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="40"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="42"/>
        <source>Suspended (order stayed)</source>
        <translation>Suspendida (orden suspendida)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="44"/>
        <source>Moot (order not in force)</source>
        <translation>Sin efecto (orden no vigente)</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="48"/>
        <source>Overdue today</source>
        <translation>Vencido hoy</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="50"/>
        <source>Overdue by 1 day</source>
        <translation>Vencido hace 1 día</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="51"/>
        <source>Overdue by %1 days</source>
        <translation>Vencido hace %1 días</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="54"/>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="56"/>
        <source>Due tomorrow</source>
        <translation>Vence mañana</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/deadlines/model.py" line="57"/>
        <source>Due in %1 days</source>
        <translation>Vence en %1 días</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../casedesk/ui/errors.py" line="32"/>
        <source>Check the value</source>
        <translation>Revise el valor</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/ops.py" line="123"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>self.page</name>
    <message>
        <location filename="../../casedesk/ui/calendar/page.py" line="113"/>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../casedesk/ui/application.py" line="197"/>
        <source>Opening the store…</source>
        <extracomment>How long quitting waits for background work (a dead server answers within 10 s). Kept here: the worker thread reports through it after start_window returns. The exit code once the store could not be opened (EXIT_STORE), else 0.</extracomment>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/health_banner.py" line="53"/>
        <source>Store health</source>
        <extracomment>The quick check again every six hours while the window is open.</extracomment>
        <translation>Estado de la base</translation>
    </message>
    <message>
        <location filename="../../casedesk/ui/team/live.py" line="38"/>
        <source>Team server</source>
        <extracomment>Notices arriving within this many ms make one refresh (well inside the 1 s promise). How often &quot;who else is connected&quot; is asked when nothing else prompts it.</extracomment>
        <translation>Servidor del equipo</translation>
    </message>
</context>
</TS>
