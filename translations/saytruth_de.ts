<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Application</name>
    <message>
        <location filename="../app/application.cpp" line="+97"/>
        <source>Opening the profile &quot;%1&quot;</source>
        <translation>Öffnen des Profils „%1“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is no saved profile with that name.</source>
        <translation>Es gibt kein gespeichertes Profil mit diesem Namen.</translation>
    </message>
</context>
<context>
    <name>CatalogDescription</name>
    <message>
        <location filename="../ui/browser/catalogdescription.cpp" line="+39"/>
        <source>PostgreSQL %1 · connected as %2 · %3</source>
        <translation>PostgreSQL %1 · verbunden als %2 · %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows (estimate)</source>
        <translation>Zeilen (geschätzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a table in the schema tree to open it. Row counts are the planner&apos;s estimates, shown instantly whatever the table&apos;s size.</source>
        <translation>Doppelklicken Sie auf eine Tabelle im Schemabaum, um sie zu öffnen. Die Zeilenzahlen sind Schätzungen des Planers und werden unabhängig von der Tabellengröße sofort angezeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>View</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nullable</source>
        <translation>NULL zulässig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not null</source>
        <translation>nicht NULL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Referenced by</source>
        <translation>Referenziert von</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+8"/>
        <source>SayTruth Studio: a desktop client for the SayTruth PostgreSQL database.</source>
        <translation>SayTruth Studio: ein Desktop-Client für die SayTruth-PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect with the saved profile &lt;name&gt;.</source>
        <translation>Mit dem gespeicherten Profil &lt;Name&gt; verbinden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Start on the built-in demo database (a private PostgreSQL server).</source>
        <translation>Mit der eingebauten Demo-Datenbank starten (ein privater PostgreSQL-Server).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the demo database and create it anew (implies --demo).</source>
        <translation>Die Demo-Datenbank löschen und neu anlegen (impliziert --demo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data size when it is created: &lt;n&gt; × (1,000 users, 20,000 messages). Default 1.</source>
        <translation>Umfang der Demo-Daten beim Anlegen: &lt;n&gt; × (1.000 Benutzer, 20.000 Nachrichten). Standard: 1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the demo database in &lt;directory&gt;.</source>
        <translation>Die Demo-Datenbank in &lt;Verzeichnis&gt; ablegen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the table &lt;name&gt; once connected.</source>
        <translation>Nach dem Verbinden die Tabelle &lt;Name&gt; öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A postgresql:// connection string to connect to.</source>
        <translation>Eine postgresql://-Verbindungszeichenfolge, mit der verbunden werden soll.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Give one of a connection URI, --profile or --demo, not several.</source>
        <translation>Geben Sie genau eines von Verbindungs-URI, --profile oder --demo an, nicht mehrere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--demo-scale takes a whole number from 1 to 10000.</source>
        <translation>--demo-scale erwartet eine ganze Zahl von 1 bis 10000.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/mainwindow/connectionbanner.cpp" line="+11"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connect/connectiondialog.ui" line="+14"/>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Production: opens read-only</source>
        <translation>Produktion: wird schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave empty for a one-off connection</source>
        <translation>Leer lassen für eine einmalige Verbindung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection &amp;string:</source>
        <translation>Verbindungs&amp;zeichenfolge:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>postgresql://user@host:5432/database or host=… dbname=…</source>
        <translation>postgresql://user@host:5432/database oder host=… dbname=…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remember password in keychain</source>
        <translation>Passwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind&apos;s default</source>
        <translation>Standard der Art</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../ui/connect/connectiondialog.cpp" line="+515"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Start &amp;demo database</source>
        <translation>De&amp;mo-Datenbank starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a private PostgreSQL server with sample data on this computer and connect to it</source>
        <translation>Einen privaten PostgreSQL-Server mit Beispieldaten auf diesem Computer starten und damit verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectiondialog.cpp" line="-402"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never use TLS</source>
        <translation>TLS nie verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use TLS only when the server insists</source>
        <translation>TLS nur verwenden, wenn der Server darauf besteht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use TLS when the server offers it (libpq&apos;s default)</source>
        <translation>TLS verwenden, wenn der Server es anbietet (Standard von libpq)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always use TLS, without checking the server&apos;s certificate</source>
        <translation>Immer TLS verwenden, ohne das Zertifikat des Servers zu prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always use TLS, with a certificate signed by a trusted authority</source>
        <translation>Immer TLS verwenden, mit einem von einer vertrauenswürdigen Stelle signierten Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always use TLS, with a trusted certificate for this very host name</source>
        <translation>Immer TLS verwenden, mit einem vertrauenswürdigen Zertifikat für genau diesen Hostnamen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1  [PROD]</source>
        <translation>%1  [PROD]</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Connection Colour</source>
        <translation>Verbindungsfarbe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The password goes to the system keychain, never to a file.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems abgelegt, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain is available: the password is kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: Das Passwort wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please fill in: %1.</source>
        <translation>Bitte ausfüllen: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A connection named “%1” exists already; choose another name.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Connected: PostgreSQL %1 as %2@%3</source>
        <translation>Verbunden: PostgreSQL %1 als %2@%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <location filename="../models/connection/connectionerror.cpp" line="+36"/>
        <source>Connecting to %1</source>
        <translation>Verbinden mit %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not accept the password for user &quot;%1&quot;.</source>
        <translation>Der Server hat das Passwort für den Benutzer „%1“ nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server asks for a password for user &quot;%1&quot;, and none was given.</source>
        <translation>Der Server verlangt ein Passwort für den Benutzer „%1“, es wurde aber keines angegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database &quot;%1&quot; does not exist on this server.</source>
        <translation>Die Datenbank „%1“ existiert auf diesem Server nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user &quot;%1&quot; does not exist on this server.</source>
        <translation>Der Benutzer „%1“ existiert auf diesem Server nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PostgreSQL server is running at %1, port %2 (the connection was refused).</source>
        <translation>Auf %1, Port %2 läuft kein PostgreSQL-Server (die Verbindung wurde abgelehnt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the server is running and that host and port are right.</source>
        <translation>Prüfen Sie, ob der Server läuft und ob Host und Port stimmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name &quot;%1&quot; could not be found.</source>
        <translation>Der Hostname „%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at %1 did not answer in time.</source>
        <translation>Der Server auf %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not support SSL, but the connection requires it (sslmode=%1).</source>
        <translation>Der Server unterstützt kein SSL, die Verbindung erfordert es aber (sslmode=%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s access rules (pg_hba.conf) do not allow this connection.</source>
        <translation>Die Zugriffsregeln des Servers (pg_hba.conf) erlauben diese Verbindung nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has no free connection slots left.</source>
        <translation>Der Server hat keine freien Verbindungsplätze mehr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running the statement</source>
        <translation>Ausführen der Anweisung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connection to %1 lost</source>
        <translation>Verbindung zu %1 verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection or stopped answering.</source>
        <translation>Der Server hat die Verbindung geschlossen oder antwortet nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../ui/mainwindow/connectionstatus.cpp" line="+32"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRODUCTION · read-only</source>
        <translation>PRODUKTION · schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DEV</source>
        <translation>ENTW</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <location filename="../models/connection/connectionuri.cpp" line="+85"/>
        <location line="+265"/>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password contains %1, which should be percent-encoded (%2); read as you meant.</source>
        <translation>Das Passwort enthält %1, was prozentkodiert werden sollte (%2); es wurde wie beabsichtigt gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name contains %1, which should be percent-encoded (%2); read as you meant.</source>
        <translation>Der Benutzername enthält %1, was prozentkodiert werden sollte (%2); er wurde wie beabsichtigt gelesen.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>There is a space in the host or port; a host name cannot contain spaces.</source>
        <translation>Host oder Port enthalten ein Leerzeichen; ein Hostname darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IPv6 address after &apos;[&apos; has no closing &apos;]&apos;.</source>
        <translation>Die IPv6-Adresse nach &apos;[&apos; hat keine schließende &apos;]&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The brackets &apos;[]&apos; hold no IPv6 address.</source>
        <translation>Die Klammern &apos;[]&apos; enthalten keine IPv6-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only &apos;:&apos; and a port may follow the IPv6 address in brackets.</source>
        <translation>Auf die IPv6-Adresse in Klammern dürfen nur &apos;:&apos; und ein Port folgen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The port is not a number. If the text after &apos;:&apos; is a password, the &apos;@&apos; and the host after it are missing (user:password@host).</source>
        <translation>Der Port ist keine Zahl. Falls der Text nach &apos;:&apos; ein Passwort ist, fehlen das &apos;@&apos; und der Host danach (user:password@host).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The parameter &quot;%1&quot; after &apos;?&apos; has no value; write it as %1=value.</source>
        <translation>Der Parameter „%1“ nach &apos;?&apos; hat keinen Wert; schreiben Sie ihn als %1=Wert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL does not know the parameter &quot;%1&quot; after &apos;?&apos;. Known ones include sslmode, connect_timeout, application_name, options and sslrootcert.</source>
        <translation>PostgreSQL kennt den Parameter „%1“ nach &apos;?&apos; nicht. Bekannte Parameter sind unter anderem sslmode, connect_timeout, application_name, options und sslrootcert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parameter ssl may only be true (it means sslmode=require); use sslmode instead.</source>
        <translation>Der Parameter ssl darf nur true sein (das bedeutet sslmode=require); verwenden Sie stattdessen sslmode.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is a space after the host: a database name cannot contain a raw space (write it as %20), and further settings go after &apos;?&apos; as key=value.</source>
        <translation>Nach dem Host steht ein Leerzeichen: Ein Datenbankname darf kein unkodiertes Leerzeichen enthalten (schreiben Sie es als %20), und weitere Einstellungen folgen nach &apos;?&apos; als Schlüssel=Wert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown scheme &quot;%1&quot;: a PostgreSQL connection string starts with postgresql:// or postgres://.</source>
        <translation>Unbekanntes URI-Schema „%1“: Eine PostgreSQL-Verbindungszeichenfolge beginnt mit postgresql:// oder postgres://.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It is unclear where the password ends: it is followed by a second &apos;@&apos; with a &apos;/&apos; after it. If the password contains &apos;@&apos;, write it as %40; if it contains &apos;/&apos;, write it as %2F.</source>
        <translation>Es ist unklar, wo das Passwort endet: Darauf folgt ein zweites &apos;@&apos; mit einem &apos;/&apos; dahinter. Wenn das Passwort &apos;@&apos; enthält, schreiben Sie es als %40; wenn es &apos;/&apos; enthält, schreiben Sie es als %2F.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>PostgreSQL does not know the setting &quot;%1&quot;.</source>
        <translation>PostgreSQL kennt die Einstellung „%1“ nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every setting must be written as key=value, but &quot;%1&quot; has no &apos;=&apos;.</source>
        <translation>Jede Einstellung muss als Schlüssel=Wert geschrieben werden, aber „%1“ hat kein &apos;=&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every setting must be written as key=value, and a value with spaces needs quotes: key=&apos;a value&apos;.</source>
        <translation>Jede Einstellung muss als Schlüssel=Wert geschrieben werden, und ein Wert mit Leerzeichen braucht Anführungszeichen: Schlüssel=&apos;ein Wert&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quoted value has no closing quote (&apos;).</source>
        <translation>Einem Wert in Anführungszeichen fehlt das schließende Anführungszeichen (&apos;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL&apos;s client library could not read it: %1</source>
        <translation>Die Client-Bibliothek von PostgreSQL konnte sie nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The host name contains %1, which a host name cannot contain.</source>
        <translation>Der Hostname enthält %1, was in einem Hostnamen nicht vorkommen darf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The port &quot;%1&quot; is not a number; it must be from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl; er muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The port %1 is out of range; it must be from 1 to 65535.</source>
        <translation>Der Port %1 liegt außerhalb des gültigen Bereichs; er muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Several hosts are given; a connection here goes to one host. Keep the one you want.</source>
        <translation>Es sind mehrere Hosts angegeben; eine Verbindung geht hier nur zu einem Host. Behalten Sie den gewünschten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown sslmode &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannter sslmode „%1“; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the connection string</source>
        <translation>Lesen der Verbindungszeichenfolge</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The connection string is empty.</source>
        <translation>Die Verbindungszeichenfolge ist leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a connection string: write postgresql://user@host:port/database or settings such as host=localhost dbname=saytruth_db.</source>
        <translation>Dies ist keine Verbindungszeichenfolge: Schreiben Sie postgresql://user@host:port/database oder Einstellungen wie host=localhost dbname=saytruth_db.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../models/connection/credentialstore.cpp" line="+69"/>
        <location line="+12"/>
        <source>Reading the saved password</source>
        <translation>Lesen des gespeicherten Passworts</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Saving the password in the keychain</source>
        <translation>Speichern des Passworts im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Removing the password from the keychain</source>
        <translation>Entfernen des Passworts aus dem Schlüsselbund</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Access to the keychain was declined, so the password is kept for this session only.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert; das Passwort wird daher nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain answered, so the password is kept for this session only.</source>
        <translation>Kein Schlüsselbund hat geantwortet; das Passwort wird daher nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain gave no answer within %1 ms.</source>
        <translation>Der Schlüsselbund hat innerhalb von %1 ms nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <location filename="../models/cluster/demodatabase.cpp" line="+29"/>
        <source>Creating the demo database in %1 (first start takes a few seconds)…</source>
        <translation>Demo-Datenbank wird in %1 angelegt (der erste Start dauert einige Sekunden)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the demo database…</source>
        <translation>Demo-Datenbank wird gestartet…</translation>
    </message>
</context>
<context>
    <name>LocalCluster</name>
    <message>
        <location filename="../models/cluster/localcluster.cpp" line="+103"/>
        <location line="+205"/>
        <source>Starting the local PostgreSQL server</source>
        <translation>Starten des lokalen PostgreSQL-Servers</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>The PostgreSQL server programs (initdb, pg_ctl, postgres) are not installed.</source>
        <translation>Die PostgreSQL-Serverprogramme (initdb, pg_ctl, postgres) sind nicht installiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the Debian packages &quot;postgresql&quot; and &quot;postgresql-contrib&quot; (sudo apt install postgresql postgresql-contrib), or set SAYTRUTH_PG_BINDIR to the directory that holds them.</source>
        <translation>Installieren Sie die Debian-Pakete „postgresql“ und „postgresql-contrib“ (sudo apt install postgresql postgresql-contrib) oder setzen Sie SAYTRUTH_PG_BINDIR auf das Verzeichnis, das sie enthält.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Running %1</source>
        <translation>Ausführen von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not finish in time.</source>
        <translation>%1 wurde nicht rechtzeitig beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed (exit code %2).</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+10"/>
        <source>Preparing the local PostgreSQL server</source>
        <translation>Vorbereiten des lokalen PostgreSQL-Servers</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The server runs as the unprivileged user &quot;%1&quot;, who cannot enter %2.</source>
        <translation>Der Server läuft als nicht privilegierter Benutzer „%1“, der nicht auf %2 zugreifen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a directory that user can reach, for example under /var/tmp.</source>
        <translation>Wählen Sie ein Verzeichnis, auf das dieser Benutzer zugreifen kann, zum Beispiel unter /var/tmp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The directory %1 cannot be created or is not writable.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden oder ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the permissions of that directory and the free space on its disk.</source>
        <translation>Prüfen Sie die Berechtigungen dieses Verzeichnisses und den freien Speicherplatz auf seinem Datenträger.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not hand %1 to the user &quot;%2&quot;.</source>
        <translation>Der Besitz von %1 konnte nicht an den Benutzer „%2“ übertragen werden.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+24"/>
        <source>Configuring the local PostgreSQL server</source>
        <translation>Konfigurieren des lokalen PostgreSQL-Servers</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Resetting the local PostgreSQL server</source>
        <translation>Zurücksetzen des lokalen PostgreSQL-Servers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Seeding the demo database</source>
        <translation>Befüllen der Demo-Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The built-in script %1 is missing.</source>
        <translation>Das eingebaute Skript %1 fehlt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to the local PostgreSQL server</source>
        <translation>Verbinden mit dem lokalen PostgreSQL-Server</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Running SQL on the local PostgreSQL server</source>
        <translation>Ausführen von SQL auf dem lokalen PostgreSQL-Server</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Setting a password on the local PostgreSQL server</source>
        <translation>Setzen eines Passworts auf dem lokalen PostgreSQL-Server</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+34"/>
        <source>SayTruth Studio</source>
        <translation>SayTruth Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h2&gt;SayTruth Studio&lt;/h2&gt;&lt;p&gt;Not connected. Use &lt;b&gt;Connection → Connect…&lt;/b&gt; or start the demo database.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SayTruth Studio&lt;/h2&gt;&lt;p&gt;Nicht verbunden. Verwenden Sie &lt;b&gt;Verbindung → Verbinden…&lt;/b&gt; oder starten Sie die Demo-Datenbank.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh schema</source>
        <translation>Schema &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SayTruth Studio</source>
        <translation>&amp;Über SayTruth Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SayTruth Studio — %1@%2</source>
        <translation>SayTruth Studio — %1@%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[PRODUCTION] </source>
        <translation>[PRODUKTION] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Production: %1 — read-only</source>
        <translation>Produktion: %1 — schreibgeschützt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing you had open was lost. Reconnect when the server is back.</source>
        <translation>Nichts, was Sie geöffnet hatten, ist verloren gegangen. Verbinden Sie sich neu, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no table or view named &quot;%1&quot; in this database.</source>
        <translation>In dieser Datenbank gibt es keine Tabelle oder Sicht namens „%1“.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reconnecting to %1…</source>
        <translation>Verbindung zu %1 wird neu hergestellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnected. Use Reconnect to connect again.</source>
        <translation>Getrennt. Verwenden Sie „Neu verbinden“, um sich erneut zu verbinden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About SayTruth Studio</source>
        <translation>Über SayTruth Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SayTruth Studio %1&lt;/h3&gt;&lt;p&gt;A desktop client for the SayTruth PostgreSQL database.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SayTruth Studio %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Client für die SayTruth-PostgreSQL-Datenbank.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/connect/passworddialog.cpp" line="+12"/>
        <source>Remember in the keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keychain answered: the password is kept in memory until you quit.</source>
        <translation>Kein Schlüsselbund hat geantwortet: Das Passwort wird bis zum Beenden im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../models/connection/profilestore.cpp" line="+32"/>
        <source>Reading the saved connections from %1</source>
        <translation>Lesen der gespeicherten Verbindungen aus %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving the connections to %1</source>
        <translation>Speichern der Verbindungen in %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file is damaged (%1 at byte %2).</source>
        <translation>Die Datei ist beschädigt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is damaged: it holds no list of profiles.</source>
        <translation>Die Datei ist beschädigt: Sie enthält keine Liste von Profilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was written by a newer version of SayTruth Studio (format %1).</source>
        <translation>Die Datei wurde von einer neueren Version von SayTruth Studio geschrieben (Format %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is damaged: its format version is missing.</source>
        <translation>Die Datei ist beschädigt: Ihre Formatversion fehlt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is damaged: a profile has no name.</source>
        <translation>Die Datei ist beschädigt: Ein Profil hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file is left as it is; saving a connection first keeps a copy of it as %1.</source>
        <translation>Die Datei bleibt unverändert; beim Speichern einer Verbindung wird zuerst eine Kopie davon als %1 angelegt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A connection needs a name to be saved.</source>
        <translation>Eine Verbindung braucht einen Namen, um gespeichert zu werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A connection named %1 already exists.</source>
        <translation>Eine Verbindung namens %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no connection named %1.</source>
        <translation>Es gibt keine Verbindung namens %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The damaged file could not be kept aside as %1.</source>
        <translation>Die beschädigte Datei konnte nicht als %1 beiseitegelegt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SchemaBrowser</name>
    <message>
        <location filename="../ui/browser/schemabrowser.cpp" line="+67"/>
        <source>Filter tables, columns, indexes…</source>
        <translation>Tabellen, Spalten, Indizes filtern…</translation>
    </message>
</context>
<context>
    <name>SchemaCatalog</name>
    <message>
        <location filename="../models/catalog/schemacatalog.cpp" line="+28"/>
        <source>Reading the database schema (%1)</source>
        <translation>Lesen des Datenbankschemas (%1)</translation>
    </message>
</context>
<context>
    <name>SchemaTreeModel</name>
    <message>
        <location filename="../models/catalog/schematreemodel.cpp" line="+41"/>
        <location line="+16"/>
        <location line="+19"/>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>not null</source>
        <translation>nicht NULL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generated</source>
        <translation>generiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exclusion</source>
        <translation>Ausschluss</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>rows unknown</source>
        <translation>Zeilenzahl unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>~%1 rows</source>
        <translation>
            <numerusform>~%1 Zeile</numerusform>
            <numerusform>~%1 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys and constraints</source>
        <translation>Schlüssel und Einschränkungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Referenced by</source>
        <translation>Referenziert von</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../models/connection/session.cpp" line="+58"/>
        <source>Running the statement</source>
        <translation>Ausführen der Anweisung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <location filename="../models/connection/sessionworker.cpp" line="+47"/>
        <source>Connecting to %1</source>
        <translation>Verbinden mit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the Debian package libqt6sql6-psql.</source>
        <translation>Installieren Sie das Debian-Paket libqt6sql6-psql.</translation>
    </message>
</context>
</TS>
