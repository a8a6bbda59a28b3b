<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/mainwindow/aboutdialog.cpp" line="+20"/>
        <source>About SayTruth Studio</source>
        <translation>Über SayTruth Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SayTruth Studio %1&lt;/h3&gt;&lt;p&gt;A desktop client for the SayTruth PostgreSQL database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SayTruth Studio %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Client für die SayTruth-PostgreSQL-Datenbank.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Versions:</source>
        <translation>&amp;Versionen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SayTruth Studio: %1</source>
        <translation>SayTruth Studio: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (gebaut mit %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QScintilla: %1</source>
        <translation>QScintilla: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libpq: %1</source>
        <translation>libpq: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QtKeychain: %1</source>
        <translation>QtKeychain: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../app/application.cpp" line="+100"/>
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
    <name>AuditLog</name>
    <message>
        <location filename="../models/table/auditlog.cpp" line="+28"/>
        <location line="+38"/>
        <source>Writing the audit log %1</source>
        <translation>Schreiben des Prüfprotokolls %1</translation>
    </message>
</context>
<context>
    <name>BackendActions</name>
    <message>
        <location filename="../ui/monitor/backendactions.cpp" line="+18"/>
        <source>Session %1 of %2</source>
        <translation>Sitzung %1 von %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an unknown role</source>
        <translation>einer unbekannten Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, application “%1”</source>
        <translation>, Anwendung „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, client %1</source>
        <translation>, Client %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel the query that session %1 runs now? The session stays connected; its transaction, if any, is rolled back.</source>
        <translation>Die Abfrage abbrechen, die Sitzung %1 gerade ausführt? Die Sitzung bleibt verbunden; ihre Transaktion, falls eine offen ist, wird zurückgerollt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminate session %1? Its connection is closed and any open transaction is rolled back.</source>
        <translation>Sitzung %1 beenden? Ihre Verbindung wird geschlossen und eine offene Transaktion zurückgerollt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Cancel query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Terminate session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This is the PRODUCTION database %1.</source>
        <translation>Dies ist die PRODUKTIONS-Datenbank %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <location filename="../models/backup/backupjob.cpp" line="+140"/>
        <source>Checking the connection</source>
        <translation>Prüfen der Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This connection goes through a connection pooler (PgBouncer or alike), which hands each transaction to any server connection; pg_dump needs one server session for the whole backup. Back up through a direct connection to the primary (for CloudNativePG its &lt;cluster&gt;-rw Service, for Crunchy PGO &lt;cluster&gt;-primary).</source>
        <translation>Diese Verbindung läuft über einen Connection-Pooler (PgBouncer o. Ä.), der jede Transaktion einer beliebigen Serververbindung gibt; pg_dump braucht für die ganze Sicherung eine einzige Serversitzung. Sichern Sie über eine direkte Verbindung zum Primary (bei CloudNativePG dessen Service &lt;cluster&gt;-rw, bei Crunchy PGO &lt;cluster&gt;-primary).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (its last replayed transaction committed %1 s ago)</source>
        <translation> (seine zuletzt eingespielte Transaktion wurde vor %1 s bestätigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server is a standby%1: the backup holds what it has replayed so far, and a long dump may be cancelled by a conflict with replication. For a backup of the primary, connect to it (for CloudNativePG its &lt;cluster&gt;-rw Service, not -ro).</source>
        <translation>Dieser Server ist ein Standby%1: Die Sicherung enthält, was er bisher eingespielt hat, und ein langer Dump kann durch einen Konflikt mit der Replikation abgebrochen werden. Für eine Sicherung des Primarys verbinden Sie sich mit ihm (bei CloudNativePG dessen Service &lt;cluster&gt;-rw, nicht -ro).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choosing the compressor</source>
        <translation>Kompressor wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not installed. Install the package %1, or choose another format.</source>
        <translation>%1 ist nicht installiert. Installieren Sie das Paket %1 oder wählen Sie ein anderes Format.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Backing up to %1</source>
        <translation>Sicherung nach %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A file of that name exists already; it was left as it is.</source>
        <translation>Eine Datei dieses Namens gibt es schon; sie wurde nicht angerührt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing a private password file</source>
        <translation>Private Passwortdatei schreiben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Running %1 (%2)</source>
        <translation>%1 läuft (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Verifying</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backing up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backing up %1</source>
        <translation>%1 sichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk holding %1 is full.</source>
        <translation>Der Datenträger mit %1 ist voll.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verifying %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+49"/>
        <location line="+6"/>
        <source>Verifying the backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The file does not end with pg_dump&apos;s completion line: it is incomplete.</source>
        <translation>Die Datei endet nicht mit der Abschlusszeile von pg_dump: Sie ist unvollständig.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Reading the backup back failed, so it cannot be trusted.</source>
        <translation>Die Sicherung ließ sich nicht vollständig zurücklesen; ihr ist nicht zu trauen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The decompressed file does not end with pg_dump&apos;s completion line: it is incomplete.</source>
        <translation>Die entpackte Datei endet nicht mit der Abschlusszeile von pg_dump: Sie ist unvollständig.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deep check skipped: it compares row counts, and this backup holds only the %1.</source>
        <translation>Tiefenprüfung übersprungen: Sie vergleicht Zeilenzahlen, und diese Sicherung enthält nur %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema</source>
        <translation>das Schema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data</source>
        <translation>die Daten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Naming the backup %1</source>
        <translation>Sicherung %1 benennen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>BackupWizard</name>
    <message>
        <location filename="../ui/backup/backupwizard.cpp" line="+47"/>
        <source>Back up %1</source>
        <translation>%1 sichern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What to back up</source>
        <translation>Was gesichert wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen tables bring their sequences with them; views and materialized views can be chosen like tables.</source>
        <translation>Gewählte Tabellen nehmen ihre Sequenzen mit; Sichten und materialisierte Sichten lassen sich wie Tabellen wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole database</source>
        <translation>Die ganze Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen schemas and tables</source>
        <translation>Gewählte Schemas und Tabellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schemas and tables to back up</source>
        <translation>Zu sichernde Schemas und Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema / table</source>
        <translation>Schema / Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows (about)</source>
        <translation>Zeilen (etwa)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Schema and data</source>
        <translation>Schema und Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema only</source>
        <translation>Nur Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data only</source>
        <translation>Nur Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No owners (restore as whoever restores)</source>
        <translation>Keine Eigentümer (gehört dem, der wiederherstellt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No privileges (no GRANT/REVOKE)</source>
        <translation>Keine Rechte (kein GRANT/REVOKE)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How to write it</source>
        <translation>Wie geschrieben wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom archive, zstd-compressed (recommended: fast, small, selective restore)</source>
        <translation>Custom-Archiv, zstd-komprimiert (empfohlen: schnell, klein, gezielt wiederherstellbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory archive (parallel jobs)</source>
        <translation>Verzeichnis-Archiv (parallele Jobs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar archive</source>
        <translation>Tar-Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain SQL</source>
        <translation>Reines SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain SQL, gzip-compressed (as the seed&apos;s pg_dump | gzip)</source>
        <translation>Reines SQL, gzip-komprimiert (wie pg_dump | gzip im Seed)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file</source>
        <translation>Sicherungsdatei wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deep check: restore it into a scratch database and compare every table&apos;s row count (takes as long as a restore; needs the right to create databases)</source>
        <translation>Tiefenprüfung: in eine Wegwerf-Datenbank zurückspielen und die Zeilenzahl jeder Tabelle vergleichen (dauert so lange wie ein Zurückspielen; braucht das Recht, Datenbanken anzulegen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional: a folder with pg_dump, searched before the installed ones</source>
        <translation>optional: ein Ordner mit pg_dump, der vor den installierten durchsucht wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compression level:</source>
        <translation>Kompressionsstufe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel jobs:</source>
        <translation>Parallele Jobs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL programs:</source>
        <translation>PostgreSQL-Programme:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restorable without this app too: zstd -dc FILE | pg_restore -d DATABASE</source>
        <translation>Auch ohne diese App wiederherstellbar: zstd -dc DATEI | pg_restore -d DATENBANK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with one compressed file per table; pg_dump writes tables in parallel.</source>
        <translation>Ein Ordner mit einer komprimierten Datei je Tabelle; pg_dump schreibt Tabellen parallel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restorable with: gunzip -c FILE | psql -X -v ON_ERROR_STOP=1 DATABASE</source>
        <translation>Wiederherstellbar mit: gunzip -c DATEI | psql -X -v ON_ERROR_STOP=1 DATENBANK</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+80"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Review</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These commands will run. The password reaches them through a private file, never the command line.</source>
        <translation>Diese Befehle werden ausgeführt. Das Passwort erreicht sie über eine private Datei, nie über die Befehlszeile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commands the backup runs</source>
        <translation>Befehle, die die Sicherung ausführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as shell script</source>
        <translation>Als Shell-Skript kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule in Kubernetes…</source>
        <translation>In Kubernetes planen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a CronJob that runs this backup in the cluster every night, as the seed does.</source>
        <translation>Einen CronJob schreiben, der diese Sicherung jede Nacht im Cluster ausführt, wie im Seed.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 exists already. Replace it once the new backup is verified?</source>
        <translation>%1 gibt es schon. Ersetzen, sobald die neue Sicherung geprüft ist?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the server and the installed PostgreSQL tools…</source>
        <translation>Server und installierte PostgreSQL-Werkzeuge werden geprüft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server: PostgreSQL %1. Using %2 — %3</source>
        <translation>Server: PostgreSQL %1. Verwendet wird %2 — %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot back up: %1</source>
        <translation>Sichern nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified and saved as %1 (%2).</source>
        <translation>Geprüft und gespeichert als %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Nothing was kept.</source>
        <translation>Abgebrochen. Nichts wurde behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed, and nothing was kept: %1</source>
        <translation>Fehlgeschlagen, nichts wurde behalten: %1</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Backing up</source>
        <translation>Sichern</translation>
    </message>
</context>
<context>
    <name>BlockingPanel</name>
    <message>
        <location filename="../ui/monitor/blockingpanel.cpp" line="+22"/>
        <source>&amp;Cancel query</source>
        <translation>Abfrage &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminate session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked and blocking sessions</source>
        <translation>Blockierte und blockierende Sitzungen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No session waits for a lock held by another.</source>
        <translation>Keine Sitzung wartet auf eine Sperre, die eine andere hält.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n blocking chain(s); %1 more waiting sessions not shown.</source>
        <translation>
            <numerusform>%n blockierende Kette; %1 weitere wartende Sitzungen nicht angezeigt.</numerusform>
            <numerusform>%n blockierende Ketten; %1 weitere wartende Sitzungen nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n blocking chain(s): the head blocker of each on top.</source>
        <translation>
            <numerusform>%n blockierende Kette: der Hauptblockierer oben.</numerusform>
            <numerusform>%n blockierende Ketten: der Hauptblockierer jeder Kette oben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockingTreeModel</name>
    <message>
        <location filename="../models/monitor/blockingtreemodel.cpp" line="+162"/>
        <source>(not visible)</source>
        <translation>(nicht sichtbar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds for %1</source>
        <translation>hält seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waits for %1</source>
        <translation>wartet seit %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock waited for</source>
        <translation>Erwartete Sperre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
</context>
<context>
    <name>CatalogDescription</name>
    <message>
        <location filename="../ui/browser/catalogdescription.cpp" line="+46"/>
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
        <location line="+2"/>
        <source>Open the monitoring dashboard once connected (e.g. for a second screen).</source>
        <translation>Nach dem Verbinden das Überwachungs-Dashboard öffnen (z. B. für einen zweiten Bildschirm).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A postgresql:// connection string to connect to, or a Kubernetes address:
k8s://[context@]namespace/[svc/|pod/]name[:port]/[database][?secret=name&amp;user-key=k&amp;password-key=k&amp;user=u&amp;sslmode=m&amp;kubeconfig=file&amp;kind=production|development]
(a port-forward run by the app; credentials from the Secret, default postgres-secret).</source>
        <translation>Eine postgresql://-Verbindungszeichenfolge, oder eine Kubernetes-Adresse:
k8s://[Kontext@]Namespace/[svc/|pod/]Name[:Port]/[Datenbank][?secret=Name&amp;user-key=k&amp;password-key=k&amp;user=u&amp;sslmode=m&amp;kubeconfig=Datei&amp;kind=production|development]
(ein Port-Forward, den die App selbst startet; Zugangsdaten aus dem Secret, Vorgabe postgres-secret).</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location filename="../ui/mainwindow/connectionbanner.cpp" line="+14"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
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
        <location line="+7"/>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+15"/>
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
        <source>postgresql://user@host:5432/database, host=… dbname=…, or k8s://namespace/service/database</source>
        <translation>postgresql://benutzer@host:5432/datenbank, host=… dbname=… oder k8s://namespace/service/datenbank</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>local socket (default)</source>
        <translation>lokaler Socket (Standard)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>Choose the profile colour</source>
        <translation>Farbe des Profils wählen</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../ui/connect/connectiondialog.cpp" line="+471"/>
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
        <location filename="../ui/connect/connectiondialog.cpp" line="-397"/>
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
        <location line="+97"/>
        <source>%1  [PROD]</source>
        <translation>%1  [PROD]</translation>
    </message>
    <message>
        <location line="+98"/>
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
        <location filename="../ui/connect/connectiondialoguri.cpp" line="+146"/>
        <source>read from the Secret at connect time</source>
        <translation>beim Verbinden aus dem Secret gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from the Secret&apos;s uri or dbname key, else the user&apos;s name</source>
        <translation>aus dem Schlüssel uri oder dbname des Secrets, sonst der Name des Benutzers</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectiondialog.cpp" line="+43"/>
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
        <location line="+12"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+61"/>
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
        <location filename="../models/connection/connectionerror.cpp" line="+51"/>
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
        <location line="+4"/>
        <source>The host name &quot;%1&quot; could not be found.</source>
        <translation>Der Hostname „%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at %1 did not answer in time.</source>
        <translation>Der Server auf %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not support SSL, but the connection requires it (sslmode=%1).</source>
        <translation>Der Server unterstützt kein SSL, die Verbindung erfordert es aber (sslmode=%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s access rules (pg_hba.conf) do not allow this connection.</source>
        <translation>Die Zugriffsregeln des Servers (pg_hba.conf) erlauben diese Verbindung nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection pooler (PgBouncer) in front of the server refuses the startup parameter &quot;%1&quot; that this profile sends.</source>
        <translation>Der Verbindungs-Pooler (PgBouncer) vor dem Server lehnt den Startparameter „%1“ ab, den dieses Profil sendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove &quot;%1&quot; from the profile&apos;s connection options, or have PgBouncer ignore it (ignore_startup_parameters).</source>
        <translation>Entfernen Sie „%1“ aus den Verbindungsoptionen des Profils oder lassen Sie PgBouncer ihn ignorieren (ignore_startup_parameters).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server has no free connection slots left.</source>
        <translation>Der Server hat keine freien Verbindungsplätze mehr.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../ui/mainwindow/connectionstatus.cpp" line="+27"/>
        <source>A hot standby (a read-only replica): every write is refused. The lag is how long ago the last transaction it replayed committed on the primary.</source>
        <translation>Ein Hot Standby (ein schreibgeschütztes Replikat): Jeder Schreibzugriff wird abgelehnt. Der Rückstand gibt an, wie lange der Commit der zuletzt eingespielten Transaktion auf dem Primärserver zurückliegt.</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+20"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>replay lag %1 s</source>
        <translation>Rückstand %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing replayed yet</source>
        <translation>noch nichts eingespielt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> standby, read-only, %1 </source>
        <translation> Standby, schreibgeschützt, %1 </translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>ConnectionTest</name>
    <message>
        <location filename="../models/database/connectiontest.cpp" line="+28"/>
        <source>Connecting through the forward to %1…</source>
        <translation>Verbinde über den Forward mit %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected: PostgreSQL %1 as %2@%3</source>
        <translation>Verbunden: PostgreSQL %1 als %2@%3</translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <location filename="../models/connection/connectionuri.cpp" line="+92"/>
        <location filename="../models/connection/pasteduri.cpp" line="+47"/>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <location filename="../models/connection/pasteduri.cpp" line="+6"/>
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
        <location line="+43"/>
        <source>Unknown scheme &quot;%1&quot;: a PostgreSQL connection string starts with postgresql:// or postgres://.</source>
        <translation>Unbekanntes URI-Schema „%1“: Eine PostgreSQL-Verbindungszeichenfolge beginnt mit postgresql:// oder postgres://.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It is unclear where the password ends: it is followed by a second &apos;@&apos; with a &apos;/&apos; after it. If the password contains &apos;@&apos;, write it as %40; if it contains &apos;/&apos;, write it as %2F.</source>
        <translation>Es ist unklar, wo das Passwort endet: Darauf folgt ein zweites &apos;@&apos; mit einem &apos;/&apos; dahinter. Wenn das Passwort &apos;@&apos; enthält, schreiben Sie es als %40; wenn es &apos;/&apos; enthält, schreiben Sie es als %2F.</translation>
    </message>
    <message>
        <location filename="../models/connection/connectionuri.cpp" line="-27"/>
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
        <location line="+11"/>
        <source>Unknown sslmode &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannter sslmode „%1“; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../models/connection/kubeuri.cpp" line="+176"/>
        <source>Reading the connection string</source>
        <translation>Lesen der Verbindungszeichenfolge</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <name>ConsoleTab</name>
    <message>
        <location filename="../ui/console/consoletab.cpp" line="+86"/>
        <source>Running statement %1 of %2…</source>
        <translation>Anweisung %1 von %2 wird ausgeführt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The commit failed; the console stays open. See the messages.</source>
        <translation>Das Commit ist fehlgeschlagen; die Konsole bleibt offen. Siehe die Meldungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your text and results are still here. Use Connection → Reconnect, then run again.</source>
        <translation>Ihr Text und Ihre Ergebnisse sind noch vorhanden. Verwenden Sie Verbindung → Neu verbinden und führen Sie dann erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnecting…</source>
        <translation>Verbinde neu…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting… %1 of %2 rows</source>
        <translation>Wird exportiert… %1 von %2 Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export finished.</source>
        <translation>Export abgeschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../ui/console/consoletabactions.cpp" line="+41"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run script</source>
        <translation>Skript ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain analyze</source>
        <translation>Explain analyze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-commit</source>
        <translation>Auto-Commit</translation>
    </message>
    <message>
        <location filename="../ui/console/consoletab.cpp" line="+229"/>
        <location filename="../ui/console/consoletabactions.cpp" line="+5"/>
        <source>Commit</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <location filename="../ui/console/consoletabactions.cpp" line="+2"/>
        <source>Rollback</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row limit</source>
        <translation>Zeilenlimit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask after </source>
        <translation>fragen nach </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results stop and ask before fetching more rows than this (0: never ask).</source>
        <translation>Ergebnisse halten an und fragen, bevor mehr Zeilen als diese geholt werden (0: nie fragen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this console</source>
        <translation>diese Konsole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export result…</source>
        <translation>Ergebnis exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snippets…</source>
        <translation>Textbausteine…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/console/consoletab.cpp" line="-199"/>
        <source>Nothing to run.</source>
        <translation>Nichts auszuführen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A statement is still running.</source>
        <translation>Eine Anweisung wird noch ausgeführt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Production is read-only</source>
        <translation>Produktion ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This console is read-only because the profile is production. Unlock writes for this console?</source>
        <translation>Diese Konsole ist schreibgeschützt, weil das Profil zur Produktion gehört. Schreiben für diese Konsole entsperren?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Finish the open transaction before EXPLAIN ANALYZE of a write.</source>
        <translation>Beenden Sie die offene Transaktion vor einem EXPLAIN ANALYZE einer schreibenden Anweisung.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Plan (analyzed)</source>
        <translation>Plan (analysiert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in transaction</source>
        <translation>in Transaktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transaction failed: roll back</source>
        <translation>Transaktion fehlgeschlagen: zurückrollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Writes unlocked: %1</source>
        <translation>Schreiben entsperrt: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open transaction</source>
        <translation>Offene Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This console has an open transaction. Its changes are lost unless you commit them.</source>
        <translation>Diese Konsole hat eine offene Transaktion. Ihre Änderungen gehen verloren, wenn Sie sie nicht festschreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>SQL editor</source>
        <translation>SQL-Editor</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>Save %1 before closing?</source>
        <translation>%1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Committing before closing…</source>
        <translation>Commit vor dem Schließen…</translation>
    </message>
    <message>
        <location filename="../ui/console/consoletabactions.cpp" line="+8"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open SQL file</source>
        <translation>SQL-Datei öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save SQL file</source>
        <translation>SQL-Datei speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQL files (*.sql)</source>
        <translation>SQL-Dateien (*.sql)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show a result to export it.</source>
        <translation>Zeigen Sie ein Ergebnis an, um es zu exportieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
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
    <name>CronJobDialog</name>
    <message>
        <location filename="../ui/backup/cronjobdialog.cpp" line="+30"/>
        <source>Schedule this backup in Kubernetes</source>
        <translation>Diese Sicherung in Kubernetes planen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Namespace:</source>
        <translation>Namespace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule (cron, UTC):</source>
        <translation>Zeitplan (cron, UTC):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the last:</source>
        <translation>Die letzten behalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret with username and password:</source>
        <translation>Secret mit Benutzername und Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database service:</source>
        <translation>Datenbank-Service:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups volume claim:</source>
        <translation>Volume-Claim für Sicherungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save the CronJob</source>
        <translation>CronJob speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save %1: %2</source>
        <translation>%1 ließ sich nicht speichern: %2</translation>
    </message>
</context>
<context>
    <name>CronJobManifest</name>
    <message>
        <location filename="../models/backup/cronjobmanifest.cpp" line="+94"/>
        <source>Checking the schedule</source>
        <translation>Zeitplan prüfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a schedule Kubernetes knows: use five fields, as in &quot;0 2 * * *&quot;, or one of @hourly, @daily, @weekly, @monthly, @yearly.</source>
        <translation>„%1“ ist kein Zeitplan, den Kubernetes kennt: fünf Felder verwenden, etwa „0 2 * * *“, oder eines von @hourly, @daily, @weekly, @monthly, @yearly.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The schedule &quot;%1&quot; has %n field(s); a cron schedule has five: minute, hour, day of month, month and day of week, as in &quot;0 2 * * *&quot; (every day at 02:00).</source>
        <translation>
            <numerusform>Der Zeitplan „%1“ hat %n Feld; ein cron-Zeitplan hat fünf: Minute, Stunde, Tag des Monats, Monat und Wochentag, etwa „0 2 * * *“ (täglich um 02:00).</numerusform>
            <numerusform>Der Zeitplan „%1“ hat %n Felder; ein cron-Zeitplan hat fünf: Minute, Stunde, Tag des Monats, Monat und Wochentag, etwa „0 2 * * *“ (täglich um 02:00).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 field of the schedule, &quot;%2&quot;, is not valid: use *, a number from %3 to %4, a range a-b, a step such as */15, or a list of these separated by commas.</source>
        <translation>Das Feld %1 des Zeitplans, „%2“, ist ungültig: *, eine Zahl von %3 bis %4, einen Bereich a-b, einen Schritt wie */15 oder eine Liste davon mit Kommas verwenden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the backup CronJob</source>
        <translation>Sicherungs-CronJob schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name &quot;%1&quot; cannot name a CronJob: use at most 52 lower-case letters, digits and dashes, starting and ending with a letter or digit.</source>
        <translation>„%1“ taugt nicht als Name eines CronJobs: höchstens 52 Kleinbuchstaben, Ziffern und Bindestriche, am Anfang und Ende ein Buchstabe oder eine Ziffer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the namespace the CronJob runs in (for example saytruth-dev or saytruth-prod).</source>
        <translation>Wählen Sie den Namespace, in dem der CronJob läuft (etwa saytruth-dev oder saytruth-prod).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a Kubernetes namespace name.</source>
        <translation>„%1“ ist kein Name eines Kubernetes-Namespace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a time zone name such as Europe/Berlin.</source>
        <translation>„%1“ ist kein Zeitzonenname wie Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the database server&apos;s host: its Service in the cluster, such as postgres-service.</source>
        <translation>Geben Sie den Host des Datenbankservers an: seinen Service im Cluster, etwa postgres-service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>Der Port %1 liegt nicht zwischen 1 und 65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the name of the database to back up.</source>
        <translation>Geben Sie den Namen der zu sichernden Datenbank an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a Kubernetes Secret name.</source>
        <translation>„%1“ ist kein Name eines Kubernetes-Secrets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a key a Secret can hold (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;).</source>
        <translation>„%1“ ist kein Schlüssel, den ein Secret haben kann (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s major version %1 does not name a postgres image.</source>
        <translation>Die Hauptversion %1 des Servers benennt kein postgres-Image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a PersistentVolumeClaim name.</source>
        <translation>„%1“ ist kein Name eines PersistentVolumeClaims.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backups folder &quot;%1&quot; must be an absolute path without &apos;:&apos;.</source>
        <translation>Der Sicherungsordner „%1“ muss ein absoluter Pfad ohne &apos;:&apos; sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; cannot start a file name: it must not be empty, contain &apos;/&apos; or start with &apos;.&apos;.</source>
        <translation>„%1“ kann keinen Dateinamen beginnen: Er darf nicht leer sein, kein &apos;/&apos; enthalten und nicht mit &apos;.&apos; beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep at least the newest backup (the retention is %1).</source>
        <translation>Behalten Sie mindestens die neueste Sicherung (die Aufbewahrung ist %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump compresses at levels 0 to 9, not %1.</source>
        <translation>pg_dump komprimiert mit Stufen von 0 bis 9, nicht %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries and the time limit cannot be negative.</source>
        <translation>Wiederholungen und Zeitlimit dürfen nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../ui/monitor/dashboardtab.cpp" line="+80"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blocking</source>
        <translation>&amp;Blockierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatements</source>
        <translation>A&amp;nweisungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables &amp;&amp; &amp;indexes</source>
        <translation>Tabellen &amp;&amp; &amp;Indizes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replication</source>
        <translation>&amp;Replikation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kubernetes</source>
        <translation>&amp;Kubernetes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The query of session %1 was cancelled.</source>
        <translation>Die Abfrage von Sitzung %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session %1 was terminated.</source>
        <translation>Sitzung %1 wurde beendet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The dashboard lost its connection; it reconnects by itself.
%1</source>
        <translation>Das Dashboard hat seine Verbindung verloren; es verbindet sich von selbst neu.
%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+8"/>
        <source>every %n s</source>
        <translation>
            <numerusform>jede Sekunde</numerusform>
            <numerusform>alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>How often the header figures, the charts and the sessions are read.</source>
        <translation>Wie oft die Kennzahlen, die Diagramme und die Sitzungen gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statement statistics interval</source>
        <translation>Intervall der Anweisungsstatistik</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>every %n min</source>
        <translation>
            <numerusform>jede Minute</numerusform>
            <numerusform>alle %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often the statement statistics (a heavier query) are read while polling.</source>
        <translation>Wie oft die Anweisungsstatistik (eine schwerere Abfrage) beim Abfragen gelesen wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Connections by state</source>
        <translation>Verbindungen nach Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in tx</source>
        <translation>in Tx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions per second</source>
        <translation>Transaktionen pro Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rollbacks</source>
        <translation>Rollbacks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache hit ratio (%)</source>
        <translation>Cache-Trefferquote (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows per second</source>
        <translation>Zeilen pro Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Paused.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused while not visible.</source>
        <translation>Angehalten, solange nicht sichtbar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A refresh has been running for %1 s</source>
        <translation>Eine Aktualisierung läuft seit %1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Last refresh: %n statement(s) in %1 ms</source>
        <translation>
            <numerusform>Letzte Aktualisierung: %n Anweisung in %1 ms</numerusform>
            <numerusform>Letzte Aktualisierung: %n Anweisungen in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last refresh failed after %1 ms</source>
        <translation>Letzte Aktualisierung nach %1 ms fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> · slow: refreshing every %1 s instead of %2 s</source>
        <translation> · langsam: Aktualisierung alle %1 s statt alle %2 s</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · %n refresh(es) skipped while one was running</source>
        <translation>
            <numerusform> · %n Aktualisierung ausgelassen, weil eine noch lief</numerusform>
            <numerusform> · %n Aktualisierungen ausgelassen, weil eine noch lief</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepVerifier</name>
    <message>
        <location filename="../models/backup/deepverifier.cpp" line="+62"/>
        <source>Checking the backup by restoring it into %1</source>
        <translation>Sicherung durch Zurückspielen in %1 prüfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deep check: restoring into the scratch database %1</source>
        <translation>Tiefenprüfung: Zurückspielen in die Wegwerf-Datenbank %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Deep check: counting the rows of %n table(s) in both databases</source>
        <translation>
            <numerusform>Tiefenprüfung: Zeilen von %n Tabelle in beiden Datenbanken zählen</numerusform>
            <numerusform>Tiefenprüfung: Zeilen von %n Tabellen in beiden Datenbanken zählen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: %2 rows in the database, %3 in the backup</source>
        <translation>%1: %2 Zeilen in der Datenbank, %3 in der Sicherung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deep check: every table&apos;s row count matches</source>
        <translation>Tiefenprüfung: Die Zeilenzahl jeder Tabelle stimmt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the backup by restoring it</source>
        <translation>Sicherung durch Zurückspielen prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The restored copy differs from the database in %n table(s) (rows written during the backup also show here).</source>
        <translation>
            <numerusform>Die zurückgespielte Kopie weicht in %n Tabelle von der Datenbank ab (während der Sicherung geschriebene Zeilen zeigen sich auch hier).</numerusform>
            <numerusform>Die zurückgespielte Kopie weicht in %n Tabellen von der Datenbank ab (während der Sicherung geschriebene Zeilen zeigen sich auch hier).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not drop the scratch database %1: %2</source>
        <translation>Die Wegwerf-Datenbank %1 ließ sich nicht löschen: %2</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <location filename="../models/cluster/demodatabase.cpp" line="+34"/>
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
    <name>DumpFile</name>
    <message>
        <location filename="../models/backup/dumpfile.cpp" line="+108"/>
        <source>Reading the backup file</source>
        <translation>Sicherungsdatei lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a backup written by pg_dump (no archive header and no plain SQL dump header).</source>
        <translation>Das ist keine Sicherung von pg_dump (weder Archivkopf noch Kopf eines SQL-Dumps).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the backup folder %1</source>
        <translation>Sicherungsordner %1 lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder has no toc.dat, so it is not a directory-format backup.</source>
        <translation>Der Ordner hat keine toc.dat und ist daher keine Sicherung im Verzeichnisformat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>custom archive</source>
        <translation>Custom-Archiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>directory archive</source>
        <translation>Verzeichnis-Archiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tar archive</source>
        <translation>Tar-Archiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plain SQL</source>
        <translation>reines SQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, gzip-compressed</source>
        <translation>%1, gzip-komprimiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, zstd-compressed</source>
        <translation>%1, zstd-komprimiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the tar archive %1</source>
        <translation>Tar-Archiv %1 prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The archive is cut short after %n member(s): its end is missing.</source>
        <translation>
            <numerusform>Das Archiv bricht nach %n Eintrag ab: Sein Ende fehlt.</numerusform>
            <numerusform>Das Archiv bricht nach %n Einträgen ab: Sein Ende fehlt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive is damaged: member %1 has no readable size.</source>
        <translation>Das Archiv ist beschädigt: Eintrag %1 hat keine lesbare Größe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archive is cut short inside member %1 (%2).</source>
        <translation>Das Archiv bricht mitten in Eintrag %1 ab (%2).</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <location filename="../models/monitor/durationtext.cpp" line="+16"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>ExplainPlan</name>
    <message>
        <location filename="../models/console/explainplan.cpp" line="+64"/>
        <source>Reading the query plan</source>
        <translation>Lesen des Abfrageplans</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+114"/>
        <source>(unknown node)</source>
        <translation>(unbekannter Knoten)</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The server returned no plan.</source>
        <translation>Der Server hat keinen Plan zurückgegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan is not valid JSON (%1 at byte %2).</source>
        <translation>Der Plan ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only plans from EXPLAIN (FORMAT JSON) can be shown as a tree.</source>
        <translation>Nur Pläne von EXPLAIN (FORMAT JSON) können als Baum angezeigt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The JSON holds no query plan.</source>
        <translation>Das JSON enthält keinen Abfrageplan.</translation>
    </message>
</context>
<context>
    <name>ExplainPlanModel</name>
    <message>
        <location filename="../models/console/explainplanmodel.cpp" line="+107"/>
        <location line="+80"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>never executed</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Never executed</source>
        <translation>Nie ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual: %1..%2 ms per loop, %3 rows × %4 loops</source>
        <translation>Tatsächlich: %1..%2 ms pro Schleife, %3 Zeilen × %4 Schleifen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time in this node: %1 ms of %2 ms with its children (%3 % of the total)</source>
        <translation>Zeit in diesem Knoten: %1 ms von %2 ms mit seinen Unterknoten (%3 % der Gesamtzeit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row estimate was off by a factor of %1.</source>
        <translation>Die Zeilenschätzung lag um den Faktor %1 daneben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Relationship to parent: %1</source>
        <translation>Beziehung zum übergeordneten Knoten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost: %1..%2, %3 rows of %4 bytes estimated</source>
        <translation>Kosten: %1..%2, geschätzt %3 Zeilen zu je %4 Bytes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the slowest node of the plan.</source>
        <translation>Dies ist der langsamste Knoten des Plans.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index Cond</source>
        <translation>Index Cond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recheck Cond</source>
        <translation>Recheck Cond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hash Cond</source>
        <translation>Hash Cond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge Cond</source>
        <translation>Merge Cond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join Filter</source>
        <translation>Join Filter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort Key</source>
        <translation>Sort Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group Key</source>
        <translation>Group Key</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows Removed by Filter</source>
        <translation>Rows Removed by Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows Removed by Join Filter</source>
        <translation>Rows Removed by Join Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows Removed by Index Recheck</source>
        <translation>Rows Removed by Index Recheck</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workers: %1 planned, %2 launched</source>
        <translation>Worker: %1 geplant, %2 gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buffers: %1</source>
        <translation>Puffer: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows (est.)</source>
        <translation>Zeilen (geschätzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows (actual)</source>
        <translation>Zeilen (tatsächlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loops</source>
        <translation>Schleifen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time (ms, exclusive)</source>
        <translation>Zeit (ms, exklusiv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of total</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The planner&apos;s estimated total cost, in its own units, including the children</source>
        <translation>Die vom Planer geschätzten Gesamtkosten in seinen eigenen Einheiten, einschließlich der Unterknoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows returned per loop, as measured</source>
        <translation>Pro Schleife zurückgegebene Zeilen, wie gemessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time spent in this node itself over all its loops, without its children</source>
        <translation>In diesem Knoten selbst über alle seine Schleifen verbrachte Zeit, ohne seine Unterknoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s own share of the execution time (of the cost when the statement was not run)</source>
        <translation>Der eigene Anteil des Knotens an der Ausführungszeit (an den Kosten, wenn die Anweisung nicht ausgeführt wurde)</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <location filename="../ui/console/explainview.cpp" line="+83"/>
        <source>Raw output</source>
        <translation>Rohausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw query plan</source>
        <translation>Roher Abfrageplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the plan as the server returned it</source>
        <translation>Den Plan so anzeigen, wie der Server ihn zurückgegeben hat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Query plan</source>
        <translation>Abfrageplan</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No plan yet: explain a statement to see how the server runs it.</source>
        <translation>Noch kein Plan: Führen Sie Explain für eine Anweisung aus, um zu sehen, wie der Server sie ausführt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The plan is empty.</source>
        <translation>Der Plan ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planning: %1 ms</source>
        <translation>Planung: %1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Execution: %1 ms</source>
        <translation>Ausführung: %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slowest: %1, %2 ms (%3 %)</source>
        <translation>Am langsamsten: %1, %2 ms (%3 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated cost: %1</source>
        <translation>Geschätzte Kosten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costliest: %1 (%2 % of the cost)</source>
        <translation>Am teuersten: %1 (%2 % der Kosten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not executed: explain with ANALYZE for actual times</source>
        <translation>Nicht ausgeführt: Verwenden Sie Explain mit ANALYZE für tatsächliche Zeiten</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/browser/filterbar.cpp" line="+22"/>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≠</source>
        <translation>≠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is null</source>
        <translation>ist NULL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not null</source>
        <translation>ist nicht NULL</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter column</source>
        <translation>Filterspalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter comparison</source>
        <translation>Filtervergleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter value</source>
        <translation>Filterwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second filter value</source>
        <translation>Zweiter Filterwert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WHERE expression</source>
        <translation>WHERE-Ausdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHERE … (your own SQL expression, Enter to apply)</source>
        <translation>WHERE … (eigener SQL-Ausdruck, Enter zum Anwenden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search words (full text), Enter</source>
        <translation>Suchbegriffe (Volltext), Enter</translation>
    </message>
    <message>
        <location line="+101"/>
        <source> and &apos;%1&apos;</source>
        <translation> und &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Showing rows where %1</source>
        <translation>Angezeigt werden Zeilen, bei denen gilt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/console/findbar.cpp" line="+18"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole word</source>
        <translation>Ganzes &amp;Wort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gular expression</source>
        <translation>Regulärer &amp;Ausdruck</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECMAScript syntax; \1 in the replacement stands for the first group</source>
        <translation>ECMAScript-Syntax; \1 in der Ersetzung steht für die erste Gruppe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find next (Enter)</source>
        <translation>Nächsten Treffer suchen (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace this match and find the next</source>
        <translation>Diesen Treffer ersetzen und den nächsten suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match</source>
        <translation>Jeden Treffer ersetzen</translation>
    </message>
    <message>
        <location line="+140"/>
        <location line="+68"/>
        <source>Invalid regular expression</source>
        <translation>Ungültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForeignKeyPicker</name>
    <message>
        <location filename="../ui/browser/foreignkeypicker.cpp" line="+22"/>
        <source>Choose %1</source>
        <translation>%1 wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Current: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is not a single-column foreign key.</source>
        <translation>%1 ist kein einspaltiger Fremdschlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+82"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search by %1</source>
        <translation>Suche nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search %1 by %2 or %3</source>
        <translation>%1 nach %2 oder %3 durchsuchen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown, scroll for more.</source>
        <translation>
            <numerusform>%n angezeigt, für mehr scrollen.</numerusform>
            <numerusform>%n angezeigt, für mehr scrollen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n Treffer.</numerusform>
            <numerusform>%n Treffer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForeignKeySearch</name>
    <message>
        <location filename="../models/table/foreignkeysearch.cpp" line="+151"/>
        <source>Searching %1</source>
        <translation>%1 wird durchsucht</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>(%1 %2)</source>
        <translation>(%1 %2)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../ui/mainwindow/guidedialog.cpp" line="+17"/>
        <source>SayTruth Studio User Guide</source>
        <translation>SayTruth Studio – Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>guide.md</source>
        <extracomment>The file name of the user guide in this language, under docs/: guide.de.md for German. A language without a guide of its own keeps guide.md, the English one.</extracomment>
        <translation>guide.de.md</translation>
    </message>
</context>
<context>
    <name>HeaderFigures</name>
    <message>
        <location filename="../ui/monitor/headerfigures.cpp" line="+33"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database size</source>
        <translation>Datenbankgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest transaction</source>
        <translation>Älteste Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temp data written</source>
        <translation>Temp-Daten geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of this role</source>
        <translation>Dieser Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of this database</source>
        <translation>Dieser Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlocks · temp files</source>
        <translation>Deadlocks · Temp-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache hits</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commits/s</source>
        <translation>Commits/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollbacks/s</source>
        <translation>Rollbacks/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read/s</source>
        <translation>Zeilen gelesen/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows written/s</source>
        <translation>Zeilen geschrieben/s</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1, up %2</source>
        <translation>%1, läuft seit %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of max_connections %2 (%3 reserved for superusers)</source>
        <translation>%1 von max_connections %2 (%3 für Superuser reserviert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The role has no connection limit of its own.</source>
        <translation>Die Rolle hat kein eigenes Verbindungslimit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has no connection limit of its own.</source>
        <translation>Die Datenbank hat kein eigenes Verbindungslimit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of block reads served from shared buffers since the statistics were reset.</source>
        <translation>Anteil der Blocklesevorgänge, die seit dem Zurücksetzen der Statistik aus den Shared Buffers bedient wurden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statistics were reset during the last interval: no rate for it.</source>
        <translation>Die Statistik wurde im letzten Intervall zurückgesetzt: für dieses gibt es keine Rate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per second over the measured %1 s between the last two readings.</source>
        <translation>Pro Sekunde über die gemessenen %1 s zwischen den letzten beiden Messungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>standby, %1 behind</source>
        <translation>Standby, %1 zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standby, nothing replayed yet</source>
        <translation>Standby, noch nichts eingespielt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server is a standby: the age of the last transaction it replayed from the primary.</source>
        <translation>Dieser Server ist ein Standby: das Alter der letzten Transaktion, die er vom Primary eingespielt hat.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>primary, %n standby(s)</source>
        <translation>
            <numerusform>Primary, %n Standby</numerusform>
            <numerusform>Primary, %n Standbys</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since the statistics were reset.</source>
        <translation>Seit dem Zurücksetzen der Statistik.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/console/historydialog.cpp" line="+22"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the statements you ran…</source>
        <translation>Ausgeführte Anweisungen durchsuchen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Selected statement</source>
        <translation>Ausgewählte Anweisung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put in editor</source>
        <translation>In den Editor übernehmen</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../models/console/historymodel.cpp" line="+107"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 UTC on database %2</source>
        <translation>%1 UTC in der Datenbank %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../models/console/historystore.cpp" line="+22"/>
        <source>Saving the query history to %1</source>
        <translation>Speichern des Abfrageverlaufs in %1</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The file could not be removed.</source>
        <translation>Die Datei konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>IndexProblemsModel</name>
    <message>
        <location filename="../models/monitor/indexproblemsmodel.cpp" line="+43"/>
        <source>invalid: a failed CREATE INDEX CONCURRENTLY; drop it or REINDEX</source>
        <translation>ungültig: ein fehlgeschlagenes CREATE INDEX CONCURRENTLY; löschen oder REINDEX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate of %1</source>
        <translation>Duplikat von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never scanned since the statistics were reset</source>
        <translation>seit dem Zurücksetzen der Statistik nie gelesen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
</context>
<context>
    <name>JobCommand</name>
    <message>
        <location filename="../app/jobcommand.cpp" line="+31"/>
        <source> · %1/%2 tables</source>
        <translation> · %1/%2 Tabellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %1/%2 rows</source>
        <translation> %1/%2 Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · %1 elapsed</source>
        <translation> · %1 vergangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Back up a PostgreSQL database; the file gets its name only once it has been verified.</source>
        <translation>Eine PostgreSQL-Datenbank sichern; die Datei bekommt ihren Namen erst, wenn sie geprüft ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup into a PostgreSQL database; the file is checked completely first.</source>
        <translation>Eine Sicherung in eine PostgreSQL-Datenbank zurückspielen; die Datei wird zuerst vollständig geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation>Das gespeicherte Profil &lt;name&gt; verwenden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <location line="+1"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Parallel jobs (directory format).</source>
        <translation>Parallele Jobs (Verzeichnisformat).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the rows, not the schema.</source>
        <translation>Nur die Zeilen, nicht das Schema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not set object owners.</source>
        <translation>Keine Eigentümer setzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not set privileges (GRANT/REVOKE).</source>
        <translation>Keine Rechte setzen (GRANT/REVOKE).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for pg_dump, pg_restore and psql in &lt;dir&gt; first.</source>
        <translation>pg_dump, pg_restore und psql zuerst in &lt;dir&gt; suchen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the backup to &lt;path&gt;.</source>
        <translation>Die Sicherung nach &lt;path&gt; schreiben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom (default: pg_dump&apos;s archive, zstd-compressed), directory, tar, plain or plain-gzip.</source>
        <translation>custom (Vorgabe: Archiv von pg_dump, zstd-komprimiert), directory, tar, plain oder plain-gzip.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compression level.</source>
        <translation>Kompressionsstufe.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this table, view or sequence (schema.name); repeatable.</source>
        <translation>Nur diese Tabelle, Sicht oder Sequenz (schema.name); mehrfach möglich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this schema; repeatable.</source>
        <translation>Nur dieses Schema; mehrfach möglich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the schema, no rows.</source>
        <translation>Nur das Schema, keine Zeilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace an existing file of the same name.</source>
        <translation>Eine vorhandene Datei gleichen Namens ersetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also restore the backup into a scratch database and compare every table&apos;s row count.</source>
        <translation>Die Sicherung zusätzlich in eine Wegwerf-Datenbank zurückspielen und die Zeilenzahl jeder Tabelle vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the database when it does not exist.</source>
        <translation>Die Datenbank anlegen, wenn es sie nicht gibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop objects before creating them (if they exist).</source>
        <translation>Objekte vor dem Anlegen löschen (falls vorhanden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All or nothing: restore in one transaction.</source>
        <translation>Alles oder nichts: in einer Transaktion zurückspielen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring into a production profile: the database name, typed again.</source>
        <translation>Zurückspielen in ein Produktionsprofil: der Datenbankname, noch einmal eingegeben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database, as a postgresql:// URI.</source>
        <translation>Die Datenbank als postgresql://-URI.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup file or folder.</source>
        <translation>Die Sicherungsdatei oder der Sicherungsordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target database, as a postgresql:// URI.</source>
        <translation>Die Zieldatenbank als postgresql://-URI.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the backup file to restore.</source>
        <translation>Geben Sie die Sicherungsdatei an, die zurückgespielt werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give one connection URI, not several.</source>
        <translation>Geben Sie eine Verbindungs-URI an, nicht mehrere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the database as a connection URI or with --profile NAME (one of them).</source>
        <translation>Geben Sie die Datenbank als Verbindungs-URI oder mit --profile NAME an (eines von beiden).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--jobs takes a whole number from 1 to 64.</source>
        <translation>--jobs erwartet eine ganze Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the backup&apos;s file name with --file PATH.</source>
        <translation>Geben Sie den Dateinamen der Sicherung mit --file PFAD an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown format &quot;%1&quot;: use custom, directory, tar, plain or plain-gzip.</source>
        <translation>Unbekanntes Format „%1“: custom, directory, tar, plain oder plain-gzip verwenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--compress takes a level from 0 to 19.</source>
        <translation>--compress erwartet eine Stufe von 0 bis 19.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--schema-only and --data-only exclude each other.</source>
        <translation>--schema-only und --data-only schließen einander aus.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+33"/>
        <source>Using %1: %2</source>
        <translation>Verwendet wird %1: %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup verified and saved: %1 (%2; %3 to write, %4 to verify)</source>
        <translation>Sicherung geprüft und gespeichert: %1 (%2; %3 zum Schreiben, %4 zum Prüfen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup cancelled; nothing was kept.</source>
        <translation>Sicherung abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup failed; nothing was kept. %1</source>
        <translation>Sicherung fehlgeschlagen; nichts wurde behalten. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a production database. To restore into it, add --confirm %1.</source>
        <translation>%1 ist eine Produktionsdatenbank. Um hinein zurückzuspielen, fügen Sie --confirm %1 hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2, checked completely.</source>
        <translation>%1: %2, vollständig geprüft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: %1 already holds tables, and --clean was not given; objects that exist will make the restore fail.</source>
        <translation>Warnung: %1 enthält schon Tabellen, und --clean fehlt; vorhandene Objekte lassen das Zurückspielen scheitern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored into %1 in %2.</source>
        <translation>In %1 zurückgespielt in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore cancelled.</source>
        <translation>Zurückspielen abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore failed. %1</source>
        <translation>Zurückspielen fehlgeschlagen. %1</translation>
    </message>
</context>
<context>
    <name>JobProgressWidget</name>
    <message>
        <location filename="../ui/backup/jobprogresswidget.cpp" line="+24"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tables:</source>
        <translation>Tabellen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now:</source>
        <translation>Gerade:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes:</source>
        <translation>Bytes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>: %1 of about %2 rows</source>
        <translation>: %1 von etwa %2 Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 elapsed, about %2 left</source>
        <translation>%1 vergangen, noch etwa %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 elapsed</source>
        <translation>%1 vergangen</translation>
    </message>
</context>
<context>
    <name>KubeConnector</name>
    <message>
        <location filename="../models/kube/kubeconnector.cpp" line="+42"/>
        <source>Connecting through Kubernetes</source>
        <translation>Verbinden über Kubernetes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the kubeconfig…</source>
        <translation>Lese die kubeconfig…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the kubeconfig</source>
        <translation>Lesen der kubeconfig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the kubeconfig&apos;s context %1</source>
        <translation>Lesen des kubeconfig-Kontexts %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kubeconfig has no current context: choose one.</source>
        <translation>Die kubeconfig hat keinen aktuellen Kontext: Wählen Sie einen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The kubeconfig&apos;s credential plugin &quot;%1&quot; was not found, neither on PATH nor on your login shell&apos;s PATH. Install it or put it on PATH.</source>
        <translation>Das Anmelde-Plugin „%1“ der kubeconfig wurde weder im PATH noch im PATH Ihrer Login-Shell gefunden. Installieren Sie es oder nehmen Sie es in den PATH auf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the namespace %1…</source>
        <translation>Prüfe den Namespace %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding the namespace %1</source>
        <translation>Suchen des Namespace %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no namespace %1 in this cluster.</source>
        <translation>In diesem Cluster gibt es keinen Namespace %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking that you may %1 %2…</source>
        <translation>Prüfe die Berechtigung für %1 %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking your access (%1 %2 in %3)</source>
        <translation>Prüfen Ihrer Berechtigung (%1 %2 in %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your Kubernetes account may not %1 %2 in the namespace %3. Ask an administrator for a Role that allows it.</source>
        <translation>Ihr Kubernetes-Konto darf im Namespace %3 nicht %1 %2. Bitten Sie einen Administrator um eine Role, die das erlaubt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the credentials from the Secret %1…</source>
        <translation>Lese die Zugangsdaten aus dem Secret %1…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Starting the port-forward to %1</source>
        <translation>Starten des Port-Forwards zu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile&apos;s forward has been restarting for a minute without success: %1</source>
        <translation>Der Forward des Profils startet seit einer Minute ohne Erfolg neu: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Starting the port-forward to %1…</source>
        <translation>Starte den Port-Forward zu %1…</translation>
    </message>
</context>
<context>
    <name>KubeForward</name>
    <message>
        <location filename="../models/kube/kubeforward.cpp" line="+98"/>
        <source>Kubernetes: not connected</source>
        <translation>Kubernetes: nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kubernetes: starting the forward to %1…</source>
        <translation>Kubernetes: starte den Forward zu %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kubernetes: up — %1 → 127.0.0.1:%2</source>
        <translation>Kubernetes: aktiv — %1 → 127.0.0.1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kubernetes: reconnecting (attempt %1) — %2</source>
        <translation>Kubernetes: verbinde neu (Versuch %1) — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kubernetes: failed — %1</source>
        <translation>Kubernetes: fehlgeschlagen — %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Forwarding to %1</source>
        <translation>Weiterleitung zu %1</translation>
    </message>
</context>
<context>
    <name>KubeListings</name>
    <message>
        <location filename="../models/kube/kubelistings.cpp" line="+80"/>
        <source>Listing the kubeconfig&apos;s contexts</source>
        <translation>Auflisten der Kontexte der kubeconfig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the kubeconfig&apos;s current context</source>
        <translation>Lesen des aktuellen Kontexts der kubeconfig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listing the namespaces</source>
        <translation>Auflisten der Namespaces</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your Kubernetes account may not list the namespaces here: type yours.</source>
        <translation>Ihr Kubernetes-Konto darf die Namespaces hier nicht auflisten: Geben Sie Ihren ein.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Listing the Services in %1</source>
        <translation>Auflisten der Services in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account may not list the Services in %1: type the target&apos;s name.</source>
        <translation>Ihr Konto darf die Services in %1 nicht auflisten: Geben Sie den Namen des Ziels ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listing the pods in %1</source>
        <translation>Auflisten der Pods in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account may not list the pods in %1.</source>
        <translation>Ihr Konto darf die Pods in %1 nicht auflisten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listing the Secrets in %1</source>
        <translation>Auflisten der Secrets in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account may not list the Secrets in %1, so their layout is not recognised: type the Secret&apos;s name.</source>
        <translation>Ihr Konto darf die Secrets in %1 nicht auflisten, daher wird ihr Aufbau nicht erkannt: Geben Sie den Namen des Secrets ein.</translation>
    </message>
</context>
<context>
    <name>KubeObjects</name>
    <message>
        <location filename="../models/kube/kubeobjects.cpp" line="+154"/>
        <source>The pod %1 is shutting down.</source>
        <translation>Der Pod %1 wird gerade beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pod %1 is not running (%2).</source>
        <translation>Der Pod %1 läuft nicht (%2).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pod %1 is running but not ready: PostgreSQL may still be starting.</source>
        <translation>Der Pod %1 läuft, ist aber nicht bereit: PostgreSQL startet vielleicht noch.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The pod %1 declares no PostgreSQL port: name one in the profile.</source>
        <translation>Der Pod %1 nennt keinen PostgreSQL-Port: Geben Sie einen im Profil an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pod %1 has no port named &quot;%2&quot;.</source>
        <translation>Der Pod %1 hat keinen Port namens „%2“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Service %1 has no PostgreSQL port (none named postgres or numbered 5432): name one.</source>
        <translation>Der Service %1 hat keinen PostgreSQL-Port (keiner heißt postgres oder hat die Nummer 5432): Geben Sie einen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Service %1 has no port &quot;%2&quot;.</source>
        <translation>Der Service %1 hat keinen Port „%2“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Service %1 has no selector: its endpoints say where it leads.</source>
        <translation>Der Service %1 hat keinen Selektor: Seine Endpoints sagen, wohin er führt.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No pod behind the Service %1 is ready (its endpoints list none as ready for port %2).</source>
        <translation>Kein Pod hinter dem Service %1 ist bereit (seine Endpoints nennen keinen als bereit für Port %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pod behind the Service %1 is ready: it has no selector and its endpoints are empty (is the cluster&apos;s primary elected?).</source>
        <translation>Kein Pod hinter dem Service %1 ist bereit: Er hat keinen Selektor und seine Endpoints sind leer (ist der Primary des Clusters gewählt?).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>No pod matches the Service %1&apos;s selector (%2).</source>
        <translation>Kein Pod passt zum Selektor des Service %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pod behind the Service %1 is ready (%2).</source>
        <translation>Kein Pod hinter dem Service %1 ist bereit (%2).</translation>
    </message>
</context>
<context>
    <name>KubePanel</name>
    <message>
        <location filename="../ui/monitor/kubepanel.cpp" line="+36"/>
        <source>Data volume used</source>
        <translation>Belegung des Datenvolumes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forward:</source>
        <translation>Forward:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pod:</source>
        <translation>Pod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restarts:</source>
        <translation>Neustarts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age:</source>
        <translation>Alter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data volume:</source>
        <translation>Datenvolume:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — %2, %3%4</source>
        <translation>%1 — %2, %3%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT ready</source>
        <translation>NICHT bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (last: %2)</source>
        <translation>%1 (zuletzt: %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the pod mounts no volume claim</source>
        <translation>der Pod bindet keinen Volume Claim ein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 used by the databases (%3 %) — %4</source>
        <translation>%1 von %2 durch die Datenbanken belegt (%3 %) — %4</translation>
    </message>
</context>
<context>
    <name>KubePodWatcher</name>
    <message>
        <location filename="../models/kube/kubepodwatcher.cpp" line="+40"/>
        <source>Reading the pod %1</source>
        <translation>Lesen des Pods %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the volume claim %1</source>
        <translation>Lesen des Volume Claims %1</translation>
    </message>
</context>
<context>
    <name>KubePresets</name>
    <message>
        <location filename="../models/kube/kubepresets.cpp" line="+30"/>
        <source>read-write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read-only replicas</source>
        <translation>schreibgeschützte Replikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any instance</source>
        <translation>beliebige Instanz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CloudNativePG cluster %1 (%2)</source>
        <translation>CloudNativePG-Cluster %1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+23"/>
        <source>primary</source>
        <translation>Primärserver</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>PgBouncer</source>
        <translation>PgBouncer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crunchy PGO cluster %1 (%2)</source>
        <translation>Crunchy-PGO-Cluster %1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Zalando cluster %1 (%2)</source>
        <translation>Zalando-Cluster %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bitnami PostgreSQL %1 (user postgres)</source>
        <translation>Bitnami PostgreSQL %1 (Benutzer postgres)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SayTruth (postgres-service)</source>
        <translation>SayTruth (postgres-service)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
</context>
<context>
    <name>KubeSecret</name>
    <message>
        <location filename="../models/kube/kubesecret.cpp" line="+86"/>
        <source>The key &quot;%1&quot; of the Secret %2 holds a password hash (a SCRAM verifier), not a password: use its &quot;password&quot; key.</source>
        <translation>Der Schlüssel „%1“ des Secrets %2 enthält einen Passwort-Hash (einen SCRAM-Verifier), kein Passwort: Verwenden Sie seinen Schlüssel „password“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>The Secret %1 has no key &quot;%2&quot; (it has: %3).</source>
        <translation>Das Secret %1 hat keinen Schlüssel „%2“ (vorhanden: %3).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>no keys</source>
        <translation>keine Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Secret %1 does not say which user to connect as: name its user key or type the user.</source>
        <translation>Das Secret %1 nennt keinen Benutzer für die Verbindung: Geben Sie seinen Benutzer-Schlüssel oder den Benutzer an.</translation>
    </message>
</context>
<context>
    <name>KubeSecretRead</name>
    <message>
        <location filename="../models/kube/kubesecretread.cpp" line="+21"/>
        <source>Reading the Secret %1</source>
        <translation>Lesen des Secrets %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no Secret %1 in the namespace %2.</source>
        <translation>Im Namespace %2 gibt es kein Secret %1.</translation>
    </message>
</context>
<context>
    <name>KubeTargetEditor</name>
    <message>
        <location filename="../ui/connect/kubetargeteditor.ui" line="+21"/>
        <source>Connect through Ku&amp;bernetes</source>
        <translation>Über Ku&amp;bernetes verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kubectl port-forward to a Service or pod, started and watched by the app</source>
        <translation>kubectl port-forward zu einem Service oder Pod, von der App gestartet und überwacht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kubecon&amp;fig:</source>
        <translation>Kubecon&amp;fig:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conte&amp;xt:</source>
        <translation>Konte&amp;xt:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask kubectl again for contexts, namespaces, Services and pods</source>
        <translation>kubectl erneut nach Kontexten, Namespaces, Services und Pods fragen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Namespac&amp;e:</source>
        <translation>Namespac&amp;e:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>T&amp;arget:</source>
        <translation>Zi&amp;el:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Service or pod the port-forward goes to. Layouts of the usual operators found in the namespace come first and also fill port, Secret and keys.</source>
        <translation>Der Service oder Pod, zu dem der Port-Forward führt. Im Namespace gefundene Aufbauten der üblichen Operatoren stehen vorne und füllen auch Port, Secret und Schlüssel aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target p&amp;ort:</source>
        <translation>Ziel-P&amp;ort:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Credentials:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From a Secret</source>
        <translation>Aus einem Secret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read at connect time, kept in memory only: never written to disk, logs or history.</source>
        <translation>Beim Verbinden gelesen und nur im Speicher gehalten: nie auf die Festplatte, in Protokolle oder den Verlauf geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;yped or from the keychain</source>
        <translation>Ein&amp;gegeben oder aus dem Schlüsselbund</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Secret na&amp;me:</source>
        <translation>Secret-Na&amp;me:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Secret keys:</source>
        <translation>Secret-Schlüssel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A key named uri (postgresql://…) is understood too.</source>
        <translation>Ein Schlüssel namens uri (postgresql://…) wird ebenfalls verstanden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>user:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none: the user below</source>
        <translation>keiner: der Benutzer unten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secret key holding the password</source>
        <translation>Schlüssel im Secret, der das Passwort enthält</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Through the tunnel TLS is off (sslmode=disable) unless the SSL mode below says otherwise: the traffic is inside kubectl&apos;s TLS connection already, and a TLS session ending through the forward makes kubectl drop it.</source>
        <translation>Durch den Tunnel ist TLS aus (sslmode=disable), sofern der SSL-Modus unten nichts anderes sagt: Der Verkehr läuft bereits in der TLS-Verbindung von kubectl, und eine über den Forward beendete TLS-Sitzung lässt kubectl den Forward abbrechen.</translation>
    </message>
    <message>
        <location filename="../ui/connect/kubetargeteditor.cpp" line="+55"/>
        <source>%1 (default)</source>
        <translation>%1 (Vorgabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+242"/>
        <source>the kubeconfig&apos;s current context</source>
        <translation>der aktuelle Kontext der kubeconfig</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+267"/>
        <source>choose or type a namespace</source>
        <translation>Namespace wählen oder eingeben</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>svc/&lt;name&gt; or pod/&lt;name&gt;</source>
        <translation>svc/&lt;Name&gt; oder pod/&lt;Name&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic (named postgres or postgresql, or 5432)</source>
        <translation>automatisch (namens postgres oder postgresql, oder 5432)</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service or pod</source>
        <translation>Service oder Pod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret name</source>
        <translation>Secret-Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Secret&apos;s password key</source>
        <translation>der Passwort-Schlüssel des Secrets</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose a kubeconfig</source>
        <translation>kubeconfig wählen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>current: %1</source>
        <translation>aktuell: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>type the namespace&apos;s name</source>
        <translation>Namen des Namespace eingeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no namespace %1 in this cluster.</source>
        <translation>In diesem Cluster gibt es keinen Namespace %1.</translation>
    </message>
    <message>
        <location filename="../ui/connect/kubetargeteditortargets.cpp" line="+146"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>KubeTargetResolver</name>
    <message>
        <location filename="../models/kube/kubetargetresolver.cpp" line="+12"/>
        <source>Finding %1 in %2</source>
        <translation>Suchen von %1 in %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The Service %1 leads to %2, which is no pod in %3.</source>
        <translation>Der Service %1 führt zu %2, das kein Pod in %3 ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Service %1 leads to %2, which is neither a pod nor a Service in %3.</source>
        <translation>Der Service %1 führt zu %2, das weder ein Pod noch ein Service in %3 ist.</translation>
    </message>
</context>
<context>
    <name>KubeUri</name>
    <message>
        <location filename="../models/connection/kubeuri.cpp" line="-139"/>
        <location line="+96"/>
        <source>&quot;%1&quot; is not a kind of target: write svc/&lt;name&gt; or pod/&lt;name&gt;.</source>
        <translation>„%1“ ist keine Zielart: Schreiben Sie svc/&lt;Name&gt; oder pod/&lt;Name&gt;.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The Service or pod name is missing: write k8s://namespace/service/database.</source>
        <translation>Der Name des Service oder Pods fehlt: Schreiben Sie k8s://Namespace/Service/Datenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid Kubernetes name (lower-case letters, digits, &apos;-&apos; and &apos;.&apos;).</source>
        <translation>„%1“ ist kein gültiger Kubernetes-Name (Kleinbuchstaben, Ziffern, „-“ und „.“).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is neither a port number (1–65535) nor a port name.</source>
        <translation>„%1“ ist weder eine Portnummer (1–65535) noch ein Portname.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>sslmode „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kind must be production or development, not &quot;%1&quot;.</source>
        <translation>kind muss production oder development sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A k8s:// address carries no password: it is read from the Secret, the keychain or asked for.</source>
        <translation>Eine k8s://-Adresse enthält kein Passwort: Es kommt aus dem Secret, dem Schlüsselbund oder wird erfragt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown setting &quot;%1&quot;: the k8s:// form knows secret, user-key, password-key, user, sslmode, kubeconfig and kind.</source>
        <translation>Unbekannte Einstellung „%1“: Die k8s://-Form kennt secret, user-key, password-key, user, sslmode, kubeconfig und kind.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The namespace is missing: write k8s://[context@]namespace/service/database.</source>
        <translation>Der Namespace fehlt: Schreiben Sie k8s://[Kontext@]Namespace/Service/Datenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid namespace name.</source>
        <translation>„%1“ ist kein gültiger Namespace-Name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Service or pod is missing: write k8s://namespace/service/database.</source>
        <translation>Service oder Pod fehlt: Schreiben Sie k8s://Namespace/Service/Datenbank.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Too many parts after the namespace: write k8s://namespace/[svc/|pod/]name[:port]/database.</source>
        <translation>Zu viele Teile nach dem Namespace: Schreiben Sie k8s://Namespace/[svc/|pod/]Name[:Port]/Datenbank.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A Kubernetes address starts with k8s://.</source>
        <translation>Eine Kubernetes-Adresse beginnt mit k8s://.</translation>
    </message>
</context>
<context>
    <name>Kubectl</name>
    <message>
        <location filename="../models/kube/kubectl.cpp" line="+74"/>
        <source>The Kubernetes API server refused the connection: is the cluster running, and is the kubeconfig&apos;s server address right?</source>
        <translation>Der Kubernetes-API-Server hat die Verbindung abgelehnt: Läuft der Cluster, und stimmt die Serveradresse in der kubeconfig?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the Kubernetes API server was dropped (a proxy, a VPN or the server ended it).</source>
        <translation>Die Verbindung zum Kubernetes-API-Server wurde getrennt (ein Proxy, ein VPN oder der Server hat sie beendet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Kubernetes API server&apos;s host name is unknown (DNS): check the kubeconfig&apos;s server address, or your VPN.</source>
        <translation>Der Hostname des Kubernetes-API-Servers ist unbekannt (DNS): Prüfen Sie die Serveradresse in der kubeconfig oder Ihr VPN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Kubernetes API server cannot be reached from this network (VPN?).</source>
        <translation>Der Kubernetes-API-Server ist aus diesem Netz nicht erreichbar (VPN?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Kubernetes API server did not answer in time.</source>
        <translation>Der Kubernetes-API-Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>kubectl was not found on PATH or in the usual folders. Install it (on Debian and Ubuntu: sudo apt install kubernetes-client) or your cloud&apos;s kubectl.</source>
        <translation>kubectl wurde weder im PATH noch in den üblichen Ordnern gefunden. Installieren Sie es (unter Debian und Ubuntu: sudo apt install kubernetes-client) oder das kubectl Ihrer Cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kubectl (%1) could not be started.</source>
        <translation>kubectl (%1) konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kubectl (%1) ended abnormally (it was killed or crashed).</source>
        <translation>kubectl (%1) endete unerwartet (es wurde beendet oder ist abgestürzt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kubeconfig&apos;s credential plugin &quot;%1&quot; was not found, neither on PATH nor on your login shell&apos;s PATH. Install it or put it on PATH.</source>
        <translation>Das Anmelde-Plugin „%1“ der kubeconfig wurde weder im PATH noch im PATH Ihrer Login-Shell gefunden. Installieren Sie es oder nehmen Sie es in den PATH auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kubeconfig&apos;s credential plugin failed: log in with it again (your login may have expired), and check that it can reach its identity provider.</source>
        <translation>Das Credential-Plugin der kubeconfig ist fehlgeschlagen: Melden Sie sich damit erneut an (Ihre Anmeldung ist vielleicht abgelaufen), und prüfen Sie, ob es seinen Identitätsanbieter erreicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kubeconfig&apos;s credential plugin &quot;%1&quot; failed: log in with it again (your login may have expired), and check that it can reach its identity provider.</source>
        <translation>Das Credential-Plugin „%1“ der kubeconfig ist fehlgeschlagen: Melden Sie sich damit erneut an (Ihre Anmeldung ist vielleicht abgelaufen), und prüfen Sie, ob es seinen Identitätsanbieter erreicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Kubernetes API server&apos;s certificate is not trusted (expired, or not signed by the authority the kubeconfig names).</source>
        <translation>Dem Zertifikat des Kubernetes-API-Servers wird nicht vertraut (abgelaufen oder nicht von der Stelle signiert, die die kubeconfig nennt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kubeconfig cannot be read.</source>
        <translation>Die kubeconfig kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kubeconfig has no such context.</source>
        <translation>Die kubeconfig hat keinen solchen Kontext.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kubernetes refused: your account may not do this here (RBAC).</source>
        <translation>Kubernetes hat abgelehnt: Ihr Konto darf das hier nicht (RBAC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kubernetes has no such object.</source>
        <translation>Kubernetes hat kein solches Objekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kubernetes did not accept your credentials: log in again (they may have expired).</source>
        <translation>Kubernetes hat Ihre Anmeldedaten nicht angenommen: Melden Sie sich erneut an (sie sind vielleicht abgelaufen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Kubernetes API server cannot be reached.</source>
        <translation>Der Kubernetes-API-Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kubectl failed with exit status %1.</source>
        <translation>kubectl ist mit dem Exit-Status %1 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>kubectl did not finish within %n second(s) and was stopped: the API server or the credential plugin does not answer.</source>
        <translation>
            <numerusform>kubectl wurde nicht innerhalb von %n Sekunde fertig und wurde beendet: Der API-Server oder das Credential-Plugin antwortet nicht.</numerusform>
            <numerusform>kubectl wurde nicht innerhalb von %n Sekunden fertig und wurde beendet: Der API-Server oder das Credential-Plugin antwortet nicht.</numerusform>
        </translation>
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
        <location line="+26"/>
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
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+40"/>
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
        <source>Database overview</source>
        <translation>Datenbankübersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;SayTruth Studio&lt;/h2&gt;&lt;p&gt;Not connected. Use &lt;b&gt;Connection → Connect…&lt;/b&gt; or start the demo database.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SayTruth Studio&lt;/h2&gt;&lt;p&gt;Nicht verbunden. Verwenden Sie &lt;b&gt;Verbindung → Verbinden…&lt;/b&gt; oder starten Sie die Demo-Datenbank.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="+20"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh schema</source>
        <translation>Schema &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;SQL</source>
        <translation>&amp;SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New SQL &amp;console</source>
        <translation>Neue SQL-&amp;Konsole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monitoring &amp;dashboard</source>
        <translation>Überwachungs-&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Zurückspielen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About SayTruth Studio</source>
        <translation>&amp;Über SayTruth Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+65"/>
        <source>Connect to a database first: a console runs on the current connection.</source>
        <translation>Verbinden Sie sich zuerst mit einer Datenbank: Eine Konsole läuft auf der aktuellen Verbindung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Console %1</source>
        <translation>Konsole %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect to a database first: the dashboard watches the current connection.</source>
        <translation>Verbinden Sie sich zuerst mit einer Datenbank: das Dashboard überwacht die aktuelle Verbindung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowconnection.cpp" line="+40"/>
        <source>Open the connection where?</source>
        <translation>Wo soll die Verbindung geöffnet werden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This window has tabs open on %1.
Open %2 in a new window, or close those tabs and connect here?</source>
        <translation>In diesem Fenster sind Tabs auf %1 geöffnet.
%2 in einem neuen Fenster öffnen, oder diese Tabs schließen und hier verbinden?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New window</source>
        <translation>Neues Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close tabs and connect here</source>
        <translation>Tabs schließen und hier verbinden</translation>
    </message>
    <message>
        <location line="+56"/>
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
        <location line="+34"/>
        <source>The Kubernetes forward was lost; it is restarting on the same port (attempt %1). Your edits and console text are kept.
%2</source>
        <translation>Der Kubernetes-Forward ist abgerissen; er startet auf demselben Port neu (Versuch %1). Ihre Änderungen und der Konsolentext bleiben erhalten.
%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nothing you had open was lost. Reconnect when the server is back.</source>
        <translation>Nichts, was Sie geöffnet hatten, ist verloren gegangen. Verbinden Sie sich neu, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+68"/>
        <source>There is no table or view named &quot;%1&quot; in this database.</source>
        <translation>In dieser Datenbank gibt es keine Tabelle oder Sicht namens „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowconnection.cpp" line="+8"/>
        <source>Reconnecting to %1…</source>
        <translation>Verbindung zu %1 wird neu hergestellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnected. Use Reconnect to connect again.</source>
        <translation>Getrennt. Verwenden Sie „Neu verbinden“, um sich erneut zu verbinden.</translation>
    </message>
</context>
<context>
    <name>MetaCommandScanner</name>
    <message>
        <location filename="../models/backup/metacommandscanner.cpp" line="+244"/>
        <source>its arguments hold a backquoted shell command</source>
        <translation>seine Argumente enthalten einen Shell-Befehl in Backquotes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it runs a shell command or changes the shell environment</source>
        <translation>er führt einen Shell-Befehl aus oder ändert die Shell-Umgebung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it pipes to or from a shell command</source>
        <translation>er leitet Daten an einen oder von einem Shell-Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it switches to another database or server</source>
        <translation>er wechselt zu einer anderen Datenbank oder einem anderen Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it runs another file, which was not checked</source>
        <translation>er führt eine andere, ungeprüfte Datei aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it reads or writes files on this computer, waits for input, or is not a command a backup needs</source>
        <translation>er liest oder schreibt Dateien auf diesem Rechner, wartet auf Eingaben oder ist kein Befehl, den eine Sicherung braucht</translation>
    </message>
</context>
<context>
    <name>MonitorQueries</name>
    <message>
        <location filename="../models/monitor/monitorqueries.cpp" line="+104"/>
        <source>Reading the server&apos;s figures</source>
        <translation>Lesen der Kennzahlen des Servers</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading the sessions</source>
        <translation>Lesen der Sitzungen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reading the statement statistics (pg_stat_statements %1)</source>
        <translation>Lesen der Anweisungsstatistik (pg_stat_statements %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the text of the statements shown</source>
        <translation>Lesen des Textes der angezeigten Anweisungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the standbys</source>
        <translation>Lesen der Standbys</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading this standby&apos;s replication</source>
        <translation>Lesen der Replikation dieses Standbys</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the databases&apos; size</source>
        <translation>Lesen der Größe der Datenbanken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the table sizes</source>
        <translation>Lesen der Tabellengrößen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the index problems</source>
        <translation>Lesen der Indexprobleme</translation>
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
    <name>PendingChangesDialog</name>
    <message>
        <location filename="../ui/browser/pendingchangesdialog.cpp" line="+24"/>
        <source>insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n change(s) will be written in one transaction. If any fails, none is kept.</source>
        <translation>
            <numerusform>%n Änderung wird in einer Transaktion geschrieben. Schlägt sie fehl, wird nichts übernommen.</numerusform>
            <numerusform>%n Änderungen werden in einer einzigen Transaktion geschrieben. Schlägt eine fehl, wird keine übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why? (kept in the audit log with these changes)</source>
        <translation>Warum? (wird zusammen mit diesen Änderungen im Prüfprotokoll gespeichert)</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <location filename="../models/connection/pgconnection.cpp" line="+133"/>
        <location line="+27"/>
        <source>The connection is not open.</source>
        <translation>Die Verbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+41"/>
        <source>Running the statement</source>
        <translation>Ausführen der Anweisung</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not run: an earlier statement of the same batch failed.</source>
        <translation>Nicht ausgeführt: Eine frühere Anweisung desselben Stapels ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sending the statement</source>
        <translation>Senden der Anweisung</translation>
    </message>
</context>
<context>
    <name>PgTools</name>
    <message>
        <location filename="../models/backup/pgtools.cpp" line="+116"/>
        <source>%1 %2 matches the server&apos;s major version %3.</source>
        <translation>%1 %2 passt zur Hauptversion %3 des Servers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is the oldest installed version that is not older than the server (%3).</source>
        <translation>%1 %2 ist die älteste installierte Version, die nicht älter als der Server (%3) ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <source>Choosing %1</source>
        <translation>%1 wählen</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+27"/>
        <source>%1 is not installed. Install the package %2.</source>
        <translation>%1 ist nicht installiert. Installieren Sie das Paket %2.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The server runs PostgreSQL %1, and every installed %2 is older (%3); an older %2 cannot work with a newer server. Install the package %4.</source>
        <translation>Der Server läuft mit PostgreSQL %1, und jedes installierte %2 ist älter (%3); ein älteres %2 arbeitet nicht mit einem neueren Server. Installieren Sie das Paket %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2 can read this file and is not older than the server (%3).</source>
        <translation>%1 %2 kann diese Datei lesen und ist nicht älter als der Server (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 can read this file; no installed version is as new as the server (%3).</source>
        <translation>%1 %2 kann diese Datei lesen; keine installierte Version ist so neu wie der Server (%3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file was written by a newer pg_dump; reading it needs %1 %2 or later, and only %3 is installed. Install the package %4.</source>
        <translation>Diese Datei stammt von einem neueren pg_dump; zum Lesen braucht es %1 %2 oder neuer, installiert ist nur %3. Installieren Sie das Paket %4.</translation>
    </message>
</context>
<context>
    <name>PortForward</name>
    <message numerus="yes">
        <location filename="../models/kube/portforward.cpp" line="+34"/>
        <source>kubectl port-forward did not start forwarding within %n second(s).</source>
        <translation>
            <numerusform>kubectl port-forward hat nicht innerhalb von %n Sekunde mit dem Weiterleiten begonnen.</numerusform>
            <numerusform>kubectl port-forward hat nicht innerhalb von %n Sekunden mit dem Weiterleiten begonnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>kubectl port-forward did not start forwarding within %n second(s): %1</source>
        <translation>
            <numerusform>kubectl port-forward hat nicht innerhalb von %n Sekunde mit dem Weiterleiten begonnen: %1</numerusform>
            <numerusform>kubectl port-forward hat nicht innerhalb von %n Sekunden mit dem Weiterleiten begonnen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>kubectl port-forward ended (exit status %1).</source>
        <translation>kubectl port-forward wurde beendet (Exit-Status %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kubectl port-forward was killed.</source>
        <translation>kubectl port-forward wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kubectl (%1) could not be started.</source>
        <translation>kubectl (%1) konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>PostgresProbe</name>
    <message>
        <location filename="../models/kube/postgresprobe.cpp" line="+15"/>
        <source>PostgreSQL did not answer through the forward in time.</source>
        <translation>PostgreSQL hat über den Forward nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Something answered through the forward, but not PostgreSQL.</source>
        <translation>Über den Forward hat etwas geantwortet, aber nicht PostgreSQL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL did not answer through the forward: %1</source>
        <translation>PostgreSQL hat über den Forward nicht geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/preferencesdialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fonts</source>
        <translation>Schriften</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Grid font:</source>
        <translation>&amp;Tabellenschrift:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grid font</source>
        <translation>Tabellenschrift</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Grid font size</source>
        <translation>Größe der Tabellenschrift</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Editor font:</source>
        <translation>&amp;Editorschrift:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Editor font</source>
        <translation>Editorschrift</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Editor font size</source>
        <translation>Größe der Editorschrift</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SQL editor</source>
        <translation>SQL-Editor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tab width:</source>
        <translation>Tabulator&amp;breite:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tab width</source>
        <translation>Tabulatorbreite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> columns</source>
        <translation> Spalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show line &amp;numbers</source>
        <translation>Zeilen&amp;nummern anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show line numbers</source>
        <translation>Zeilennummern anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Complete names while typing (Ctrl+Space completes either way)</source>
        <translation>Namen beim Tippen &amp;vervollständigen (Strg+Leertaste vervollständigt immer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete names while typing</source>
        <translation>Namen beim Tippen vervollständigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tables and monitoring</source>
        <translation>Tabellen und Überwachung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rows read at a time:</source>
        <translation>&amp;Zeilen pro Abruf:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows read at a time</source>
        <translation>Zeilen pro Abruf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Dashboard refresh:</source>
        <translation>Aktualisierung des &amp;Dashboards:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dashboard refresh interval</source>
        <translation>Aktualisierungsintervall des Dashboards</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirmations</source>
        <translation>Rückfragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask before closing a tab with &amp;unsaved changes</source>
        <translation>Vor dem Schließen eines Tabs mit &amp;ungespeicherten Änderungen fragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask before closing a tab with unsaved changes</source>
        <translation>Vor dem Schließen eines Tabs mit ungespeicherten Änderungen fragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask before an UPDATE or DELETE &amp;without a filter</source>
        <translation>Vor UPDATE oder DELETE &amp;ohne Filter fragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask before an UPDATE or DELETE without a filter</source>
        <translation>Vor UPDATE oder DELETE ohne Filter fragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask before cancelling or terminating another &amp;session</source>
        <translation>Vor dem Abbrechen oder Beenden einer anderen &amp;Sitzung fragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask before cancelling or terminating another session</source>
        <translation>Vor dem Abbrechen oder Beenden einer anderen Sitzung fragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Production databases always ask, and stay read-only until unlocked.</source>
        <translation>Produktionsdatenbanken fragen immer und bleiben schreibgeschützt, bis sie entsperrt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new language takes effect the next time SayTruth Studio starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von SayTruth Studio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/preferencesdialog.cpp" line="+33"/>
        <source>every %n s</source>
        <translation>
            <numerusform>jede Sekunde</numerusform>
            <numerusform>alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>ProcessPipeline</name>
    <message>
        <location filename="../models/backup/processpipeline.cpp" line="+177"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 ließ sich nicht starten: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was stopped.</source>
        <translation>%1 wurde beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was stopped: %2</source>
        <translation>%1 wurde beendet: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exited with status %2.</source>
        <translation>%1 endete mit Status %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exited with status %2: %3</source>
        <translation>%1 endete mit Status %2: %3</translation>
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
    <name>QObject</name>
    <message>
        <location filename="../ui/console/statementguard.cpp" line="+51"/>
        <source>Statement without a filter</source>
        <translation>Anweisung ohne Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

This changes every row of the table. Run it anyway?</source>
        <translation>%1

Dies ändert jede Zeile der Tabelle. Trotzdem ausführen?</translation>
    </message>
</context>
<context>
    <name>QueryRunner</name>
    <message>
        <location filename="../models/console/queryrunner.cpp" line="+113"/>
        <location line="+198"/>
        <source>Running the statement</source>
        <translation>Ausführen der Anweisung</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Running COPY</source>
        <translation>Ausführen von COPY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COPY … TO STDOUT is not shown in the console; run a SELECT and export its result instead.</source>
        <translation>COPY … TO STDOUT wird in der Konsole nicht angezeigt; führen Sie stattdessen ein SELECT aus und exportieren Sie dessen Ergebnis.</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>RelatedRows</name>
    <message>
        <location filename="../models/catalog/relatedrows.cpp" line="+37"/>
        <source>Open %1 %2</source>
        <translation>%1 %2 öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show %1 where %2 = %3</source>
        <translation>%1 mit %2 = %3 anzeigen</translation>
    </message>
</context>
<context>
    <name>ReplicationModel</name>
    <message>
        <location filename="../models/monitor/replicationmodel.cpp" line="+93"/>
        <source>Empty when the standby has been idle and caught up, or when your role may not see it.</source>
        <translation>Leer, wenn der Standby untätig und auf dem Stand ist, oder wenn Ihre Rolle es nicht sehen darf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WAL written here that the standby has not yet reached at this stage.</source>
        <translation>Hier geschriebenes WAL, das der Standby in dieser Stufe noch nicht erreicht hat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>local socket</source>
        <translation>lokaler Socket</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not written</source>
        <translation>Nicht geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not flushed</source>
        <translation>Nicht geflusht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not replayed</source>
        <translation>Nicht eingespielt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write lag</source>
        <translation>Schreib-Verzug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flush lag</source>
        <translation>Flush-Verzug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay lag</source>
        <translation>Einspiel-Verzug</translation>
    </message>
</context>
<context>
    <name>ReplicationPanel</name>
    <message>
        <location filename="../ui/monitor/replicationpanel.cpp" line="+23"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the replication state…</source>
        <translation>Lesen des Replikationszustands…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server is a primary; no standby streams from it.</source>
        <translation>Dieser Server ist ein Primary; kein Standby streamt von ihm.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This server is a primary; %n standby(s) stream from it.</source>
        <translation>
            <numerusform>Dieser Server ist ein Primary; %n Standby streamt von ihm.</numerusform>
            <numerusform>Dieser Server ist ein Primary; %n Standbys streamen von ihm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cascading standby(s) stream from it.</source>
        <translation>
            <numerusform>%n kaskadierender Standby streamt von ihm.</numerusform>
            <numerusform>%n kaskadierende Standbys streamen von ihm.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This server is a standby; no WAL receiver runs (it may be restoring from an archive).</source>
        <translation>Dieser Server ist ein Standby; kein WAL-Receiver läuft (er stellt vielleicht aus einem Archiv wieder her).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server is a standby (WAL receiver %1).</source>
        <translation>Dieser Server ist ein Standby (WAL-Receiver %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server is a standby of %1:%2 (WAL receiver %3).</source>
        <translation>Dieser Server ist ein Standby von %1:%2 (WAL-Receiver %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received up to %1, replayed up to %2: %3 not yet replayed.</source>
        <translation>Empfangen bis %1, eingespielt bis %2: %3 noch nicht eingespielt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replayed up to %1.</source>
        <translation>Eingespielt bis %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last replayed transaction committed on the primary %1 ago.</source>
        <translation>Die zuletzt eingespielte Transaktion wurde auf dem Primary vor %1 bestätigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No transaction has been replayed since it started.</source>
        <translation>Seit dem Start wurde keine Transaktion eingespielt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay is paused (pg_wal_replay_resume() resumes it).</source>
        <translation>Das Einspielen ist pausiert (pg_wal_replay_resume() setzt es fort).</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <location filename="../models/backup/restoreplan.cpp" line="+42"/>
        <source>Parallel restore needs to seek in the file; a compressed file is read through a pipe, so it is restored with one job.</source>
        <translation>Paralleles Zurückspielen muss in der Datei springen; eine komprimierte Datei wird durch eine Pipe gelesen und daher mit einem Job zurückgespielt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A single transaction cannot be split over several jobs; restoring with one job.</source>
        <translation>Eine einzelne Transaktion lässt sich nicht auf mehrere Jobs verteilen; es wird mit einem Job zurückgespielt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_restore cannot restore a tar archive with several jobs; restoring with one job.</source>
        <translation>pg_restore kann ein Tar-Archiv nicht mit mehreren Jobs zurückspielen; es wird mit einem Job zurückgespielt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Plain SQL runs as written: clean, data only, no owner and no privileges apply to archives only.</source>
        <translation>Reines SQL läuft, wie es geschrieben ist: Löschen, nur Daten, keine Eigentümer und keine Rechte gelten nur für Archive.</translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <location filename="../models/backup/restorejob.cpp" line="+55"/>
        <source>Reading %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be opened.</source>
        <translation>Die Datei lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <source>The compressed file is damaged or cut short (%1).</source>
        <translation>Die komprimierte Datei ist beschädigt oder abgeschnitten (%1).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>zstd is not installed. Install the package zstd.</source>
        <translation>zstd ist nicht installiert. Installieren Sie das Paket zstd.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file does not end with pg_dump&apos;s completion line: it is incomplete (cut short while it was written or copied). Nothing was restored.</source>
        <translation>Die Datei endet nicht mit der Abschlusszeile von pg_dump: Sie ist unvollständig (beim Schreiben oder Kopieren abgeschnitten). Nichts wurde zurückgespielt.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Data of %n table(s): %1 rows, %2 as SQL.</source>
        <translation>
            <numerusform>Daten von %n Tabelle: %1 Zeilen, %2 als SQL.</numerusform>
            <numerusform>Daten von %n Tabellen: %1 Zeilen, %2 als SQL.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <location line="+224"/>
        <source>Restoring into %1</source>
        <translation>In %1 zurückspielen</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>The database %1 does not exist. Choose to create it, or pick another database.</source>
        <translation>Die Datenbank %1 gibt es nicht. Lassen Sie sie anlegen oder wählen Sie eine andere.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+108"/>
        <source>Checking %1 before restoring it</source>
        <translation>%1 vor dem Zurückspielen prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="-107"/>
        <source>The file holds %n psql command(s) that could harm this computer; nothing was restored.</source>
        <translation>
            <numerusform>Die Datei enthält %n psql-Befehl, der diesem Rechner schaden könnte; nichts wurde zurückgespielt.</numerusform>
            <numerusform>Die Datei enthält %n psql-Befehle, die diesem Rechner schaden könnten; nichts wurde zurückgespielt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: %2 (refused because %3)</source>
        <translation>Zeile %1: %2 (abgelehnt, weil %3)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unpacked during the check into %1 so that %2 jobs can restore in parallel; removed afterwards.</source>
        <translation>Während der Prüfung nach %1 entpackt, damit %2 Jobs parallel zurückspielen können; danach entfernt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The tables&apos; sizes could not be measured: %1</source>
        <translation>Die Größen der Tabellen ließen sich nicht messen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unpacking it for a parallel restore failed (is the disk full?); nothing was restored. Restore with one job to read it straight from the file.</source>
        <translation>Das Entpacken für paralleles Zurückspielen schlug fehl (ist der Datenträger voll?); nichts wurde zurückgespielt. Mit einem Job zurückspielen, um direkt aus der Datei zu lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is damaged or cut short; nothing was restored.</source>
        <translation>Die Datei ist beschädigt oder abgeschnitten; nichts wurde zurückgespielt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the whole archive once to check it</source>
        <translation>Das ganze Archiv wird einmal zur Prüfung gelesen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the database %1</source>
        <translation>Datenbank %1 anlegen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing a private password file</source>
        <translation>Private Passwortdatei schreiben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> Nothing was kept: the restore ran in one transaction.</source>
        <translation> Nichts wurde behalten: Das Zurückspielen lief in einer Transaktion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> What ran before the error stays in the database.</source>
        <translation> Was vor dem Fehler lief, bleibt in der Datenbank.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restoring</source>
        <translation>Zurückspielen</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Building indexes and constraints (%n done)</source>
        <translation>
            <numerusform>Indizes und Constraints werden gebaut (%n fertig)</numerusform>
            <numerusform>Indizes und Constraints werden gebaut (%n fertig)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Restored</source>
        <translation>Zurückgespielt</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location filename="../ui/backup/restorewizard.cpp" line="+26"/>
        <source>Restore into %1</source>
        <translation>In %1 zurückspielen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What to restore, and where</source>
        <translation>Was wohin zurückgespielt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The format is read from the file&apos;s content, whatever its name.</source>
        <translation>Das Format wird aus dem Inhalt der Datei gelesen, gleich wie sie heißt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup to restore</source>
        <translation>Wiederherzustellende Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a backup file</source>
        <translation>Sicherungsdatei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a backup folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Into %1 (the connected database)</source>
        <translation>In %1 (die verbundene Datenbank)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into a new database, created for it:</source>
        <translation>In eine neue, dafür angelegte Datenbank:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New database name</source>
        <translation>Name der neuen Datenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop objects that exist before creating them (clean, if exists)</source>
        <translation>Vorhandene Objekte vor dem Anlegen löschen (clean, if exists)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All or nothing (one transaction)</source>
        <translation>Alles oder nichts (eine Transaktion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at the first error</source>
        <translation>Beim ersten Fehler anhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain SQL always stops at the first error: a failed COPY would otherwise run its data as commands.</source>
        <translation>Reines SQL hält immer beim ersten Fehler an: Ein gescheitertes COPY würde sonst seine Daten als Befehle ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data only</source>
        <translation>Nur Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No owners</source>
        <translation>Keine Eigentümer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No privileges</source>
        <translation>Keine Rechte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup:</source>
        <translation>Sicherung:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional: a folder with pg_restore and psql, searched before the installed ones</source>
        <translation>optional: ein Ordner mit pg_restore und psql, der vor den installierten durchsucht wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallel jobs:</source>
        <translation>Parallele Jobs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL programs:</source>
        <translation>PostgreSQL-Programme:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup folder (directory format)</source>
        <translation>Sicherungsordner (Verzeichnisformat)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Zurückspielen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents of the backup</source>
        <translation>Inhalt der Sicherung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database name, typed to confirm</source>
        <translation>Datenbankname, zur Bestätigung eingegeben</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is a production database. Type its name to restore into it.</source>
        <translation>%1 ist eine Produktionsdatenbank. Geben Sie ihren Namen ein, um hinein zurückzuspielen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the whole file once to check it…</source>
        <translation>Die ganze Datei wird einmal zur Prüfung gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2, %3, read completely without error.</source>
        <translation>%1: %2, %3, vollständig und fehlerfrei gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archive format %1.</source>
        <translation>Archivformat %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written by pg_dump %1.</source>
        <translation>Geschrieben von pg_dump %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Using %1 — %2</source>
        <translation>Verwendet wird %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database %1 will be created.</source>
        <translation>Die Datenbank %1 wird angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1 already holds tables, and clean is off; objects that exist will make the restore fail.</source>
        <translation>Warnung: %1 enthält schon Tabellen, und Löschen ist aus; vorhandene Objekte lassen das Zurückspielen scheitern.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Table data: %1 — %Ln row(s), %2</source>
        <translation>
            <numerusform>Tabellendaten: %1 — %Ln Zeile, %2</numerusform>
            <numerusform>Tabellendaten: %1 — %Ln Zeilen, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table data: %1</source>
        <translation>Tabellendaten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot restore this file: %1</source>
        <translation>Diese Datei lässt sich nicht zurückspielen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored into %1.</source>
        <translation>In %1 zurückgespielt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Restoring</source>
        <translation>Zurückspielen</translation>
    </message>
</context>
<context>
    <name>ResultExporter</name>
    <message>
        <location filename="../models/console/resultexporter.cpp" line="+46"/>
        <source>Exporting to %1</source>
        <translation>Exportieren nach %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <location filename="../ui/console/resultspane.cpp" line="+30"/>
        <location line="+3"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch all</source>
        <translation>Alle abrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop here</source>
        <translation>Hier anhalten</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+2"/>
        <source>Result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✖ %1 — %2</source>
        <translation>✖ %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (stopped at the row cap)</source>
        <translation> (beim Zeilenlimit angehalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ %1 — %2 in %3 ms</source>
        <translation>✔ %1 — %2 in %3 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result %1 · %2 rows · %3 ms</source>
        <translation>Ergebnis %1 · %2 Zeilen · %3 ms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result %1: %2 rows fetched so far. Fetch the rest too?</source>
        <translation>Ergebnis %1: bisher %2 Zeilen abgerufen. Den Rest auch abrufen?</translation>
    </message>
</context>
<context>
    <name>SchemaBrowser</name>
    <message>
        <location filename="../ui/browser/schemabrowser.cpp" line="+67"/>
        <source>Filter the schema</source>
        <translation>Schema filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter tables, columns, indexes…</source>
        <translation>Tabellen, Spalten, Indizes filtern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
</context>
<context>
    <name>SchemaCatalog</name>
    <message>
        <location filename="../models/catalog/schemacatalog.cpp" line="+49"/>
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
    <name>SessionsModel</name>
    <message>
        <location filename="../models/monitor/sessionsmodel.cpp" line="+51"/>
        <source>Cancelling the query of session %1</source>
        <translation>Abbrechen der Abfrage von Sitzung %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terminating session %1</source>
        <translation>Beenden von Sitzung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dashboard is not connected.</source>
        <translation>Das Dashboard ist nicht verbunden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your role %1 may not cancel queries of this session&apos;s role.</source>
        <translation>Ihre Rolle %1 darf keine Abfragen der Rolle dieser Sitzung abbrechen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role %1 may not end sessions of this session&apos;s role.</source>
        <translation>Ihre Rolle %1 darf keine Sitzungen der Rolle dieser Sitzung beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A superuser can allow it: GRANT pg_signal_backend TO %1; (never for superusers&apos; sessions).</source>
        <translation>Ein Superuser kann es erlauben: GRANT pg_signal_backend TO %1; (nie für Sitzungen von Superusern).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server has no session %1 any more: it has ended.</source>
        <translation>Der Server hat keine Sitzung %1 mehr: sie ist beendet.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The dashboard&apos;s own session: left out of the per-state counts, and not to be ended from here.</source>
        <translation>Die eigene Sitzung des Dashboards: bei den Zählungen nach Zustand nicht mitgezählt und von hier aus nicht zu beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waits for %1</source>
        <translation>Wartet auf %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query age</source>
        <translation>Abfragedauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../ui/monitor/sessionspanel.cpp" line="+58"/>
        <source>Hide &amp;idle</source>
        <translation>&amp;Leerlauf ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this &amp;dashboard</source>
        <translation>Dieses &amp;Dashboard ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel query</source>
        <translation>Abfrage &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminate session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter sessions (user, application, client, state, query…)</source>
        <translation>Sitzungen filtern (Benutzer, Anwendung, Client, Zustand, Abfrage …)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pg_cancel_backend: stops the statement the session runs; the session stays.</source>
        <translation>pg_cancel_backend: stoppt die Anweisung, die die Sitzung ausführt; die Sitzung bleibt bestehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_terminate_backend: closes the session&apos;s connection.</source>
        <translation>pg_terminate_backend: schließt die Verbindung der Sitzung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/mainwindow/shortcutsdialog.cpp" line="+31"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action or key</source>
        <translation>Aktion oder Taste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Current tab: %1</source>
        <translation>Aktueller Tab: %1</translation>
    </message>
</context>
<context>
    <name>SnippetDialog</name>
    <message>
        <location filename="../ui/console/snippetdialog.cpp" line="+28"/>
        <source>Snippets</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save current statement</source>
        <translation>Aktuelle Anweisung speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No snippets yet. Give the current statement a name and save it.</source>
        <translation>Noch keine Textbausteine. Geben Sie der aktuellen Anweisung einen Namen und speichern Sie sie.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Als „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>SnippetStore</name>
    <message>
        <location filename="../models/console/snippetstore.cpp" line="+28"/>
        <source>The file is damaged (%1 at byte %2).</source>
        <translation>Die Datei ist beschädigt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is damaged: it holds no list of snippets.</source>
        <translation>Die Datei ist beschädigt: Sie enthält keine Liste von Textbausteinen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was written by a newer version of SayTruth Studio (format %1).</source>
        <translation>Die Datei wurde von einer neueren Version von SayTruth Studio geschrieben (Format %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is damaged: a snippet has no name.</source>
        <translation>Die Datei ist beschädigt: Ein Textbaustein hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the saved snippets from %1</source>
        <translation>Lesen der gespeicherten Textbausteine aus %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is left as it is, and snippets cannot be saved until it is repaired or moved away.</source>
        <translation>Die Datei bleibt unverändert, und Textbausteine können erst wieder gespeichert werden, wenn sie repariert oder verschoben wurde.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving the snippets to %1</source>
        <translation>Speichern der Textbausteine in %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The snippets file is damaged; repair it or move it away to save snippets again.</source>
        <translation>Die Datei mit den Textbausteinen ist beschädigt; reparieren oder verschieben Sie sie, um wieder Textbausteine speichern zu können.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+37"/>
        <source>A snippet needs a name.</source>
        <translation>Ein Textbaustein braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+37"/>
        <source>A snippet named %1 already exists.</source>
        <translation>Ein Textbaustein namens %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+15"/>
        <location line="+22"/>
        <source>There is no snippet named %1.</source>
        <translation>Es gibt keinen Textbaustein namens %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SqlEditor</name>
    <message>
        <location filename="../ui/console/sqleditor.cpp" line="+77"/>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
</context>
<context>
    <name>SqlLexer</name>
    <message>
        <location filename="../ui/console/sqllexer.cpp" line="+23"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type name</source>
        <translation>Typname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dollar-quoted string</source>
        <translation>Zeichenkette in Dollar-Quoting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted identifier</source>
        <translation>Bezeichner in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function body delimiter</source>
        <translation>Begrenzer des Funktionsrumpfs</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 in a function body</source>
        <translation>%1 in einem Funktionsrumpf</translation>
    </message>
</context>
<context>
    <name>StatementClassifier</name>
    <message>
        <location filename="../models/console/statementclassifier.cpp" line="+99"/>
        <source>SELECT only reads data</source>
        <translation>SELECT liest nur Daten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SELECT INTO creates table %1 and fills it</source>
        <translation>SELECT INTO legt die Tabelle %1 an und befüllt sie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SELECT that locks rows (FOR UPDATE/SHARE)</source>
        <translation>SELECT, das Zeilen sperrt (FOR UPDATE/SHARE)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calls %1(), which changes the server&apos;s state</source>
        <translation>Ruft %1() auf, das den Zustand des Servers ändert</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>MERGE into %1</source>
        <translation>MERGE in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MERGE into %1 with a join condition that matches every row</source>
        <translation>MERGE in %1 mit einer Join-Bedingung, die auf jede Zeile zutrifft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INSERT into %1</source>
        <translation>INSERT in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DELETE from %1 without a WHERE clause</source>
        <translation>DELETE aus %1 ohne WHERE-Klausel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UPDATE of %1 without a WHERE clause</source>
        <translation>UPDATE von %1 ohne WHERE-Klausel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DELETE from %1 with a WHERE clause that is always true</source>
        <translation>DELETE aus %1 mit einer WHERE-Klausel, die immer wahr ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPDATE of %1 with a WHERE clause that is always true</source>
        <translation>UPDATE von %1 mit einer WHERE-Klausel, die immer wahr ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DELETE from %1 with a WHERE clause that refers to no column</source>
        <translation>DELETE aus %1 mit einer WHERE-Klausel, die sich auf keine Spalte bezieht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPDATE of %1 with a WHERE clause that refers to no column</source>
        <translation>UPDATE von %1 mit einer WHERE-Klausel, die sich auf keine Spalte bezieht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DELETE from %1</source>
        <translation>DELETE aus %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UPDATE of %1</source>
        <translation>UPDATE von %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starts a transaction</source>
        <translation>Startet eine Transaktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts a read-write transaction</source>
        <translation>Startet eine Transaktion mit Schreibzugriff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commits the transaction</source>
        <translation>Schreibt die Transaktion fest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rolls the transaction back</source>
        <translation>Rollt die Transaktion zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sets savepoint %1</source>
        <translation>Setzt den Sicherungspunkt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Releases savepoint %1</source>
        <translation>Gibt den Sicherungspunkt %1 frei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rolls back to savepoint %1</source>
        <translation>Rollt bis zum Sicherungspunkt %1 zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepares the transaction as %1 for two-phase commit</source>
        <translation>Bereitet die Transaktion als %1 für ein Zwei-Phasen-Commit vor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commits the prepared transaction %1</source>
        <translation>Schreibt die vorbereitete Transaktion %1 fest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rolls back the prepared transaction %1</source>
        <translation>Rollt die vorbereitete Transaktion %1 zurück</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>EXPLAIN ANALYZE runs the statement: %1</source>
        <translation>EXPLAIN ANALYZE führt die Anweisung aus: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXPLAIN shows the plan without running the statement</source>
        <translation>EXPLAIN zeigt den Plan, ohne die Anweisung auszuführen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>COPY into %1</source>
        <translation>COPY in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>COPY of a query&apos;s rows out</source>
        <translation>COPY gibt die Zeilen einer Abfrage aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COPY of %1 out</source>
        <translation>COPY gibt %1 aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>COPY that runs a program on the server</source>
        <translation>COPY, das ein Programm auf dem Server ausführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>COPY that writes a file on the server</source>
        <translation>COPY, das eine Datei auf dem Server schreibt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TRUNCATE of %1 removes every row</source>
        <translation>TRUNCATE von %1 entfernt alle Zeilen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>DROP %1 %2</source>
        <translation>DROP %1 %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ALTER %1 %2</source>
        <translation>ALTER %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALTER %1 %2 drops column %3</source>
        <translation>ALTER %1 %2 entfernt Spalte %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 changes the schema</source>
        <translation>%1 ändert das Schema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %2 changes the schema</source>
        <translation>%1 %2 ändert das Schema</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not known here; treated as a change</source>
        <translation>%1 ist hier nicht bekannt; wird als Änderung behandelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 runs code whose effects cannot be checked</source>
        <translation>%1 führt Code aus, dessen Auswirkungen nicht geprüft werden können</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHOW %1</source>
        <translation>SHOW %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SET %1</source>
        <translation>SET %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switches the session or transaction to read-write</source>
        <translation>Schaltet die Sitzung oder Transaktion auf Schreibzugriff um</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1 (and %n more statement(s))</source>
        <translation>
            <numerusform>%1 (und %n weitere Anweisung)</numerusform>
            <numerusform>%1 (und %n weitere Anweisungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The statement is too deeply nested to check</source>
        <translation>Die Anweisung ist zu tief verschachtelt, um sie zu prüfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only comments: nothing to run</source>
        <translation>Nur Kommentare: nichts auszuführen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the statement</source>
        <translation>Prüfen der Anweisung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syntax error: %1</source>
        <translation>Syntaxfehler: %1</translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <location filename="../models/monitor/statementsmodel.cpp" line="+46"/>
        <source>The pg_stat_statements extension is not installed in this database. To enable it, add pg_stat_statements to shared_preload_libraries in postgresql.conf, restart the server, then run CREATE EXTENSION pg_stat_statements; in this database (as a superuser or the database owner).</source>
        <translation>Die Erweiterung pg_stat_statements ist in dieser Datenbank nicht installiert. Um sie zu aktivieren, tragen Sie pg_stat_statements in shared_preload_libraries in der postgresql.conf ein, starten den Server neu und führen dann in dieser Datenbank CREATE EXTENSION pg_stat_statements; aus (als Superuser oder Eigentümer der Datenbank).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pg_stat_statements extension (version %1) is installed, but its library is not loaded. Add pg_stat_statements to shared_preload_libraries in postgresql.conf and restart the server.</source>
        <translation>Die Erweiterung pg_stat_statements (Version %1) ist installiert, aber ihre Bibliothek ist nicht geladen. Tragen Sie pg_stat_statements in shared_preload_libraries in der postgresql.conf ein und starten Sie den Server neu.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+7"/>
        <source>Resetting the statement statistics</source>
        <translation>Zurücksetzen der Anweisungsstatistik</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+26"/>
        <source>The dashboard is not connected.</source>
        <translation>Das Dashboard ist nicht verbunden.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Only a superuser, or a role granted EXECUTE on pg_stat_statements_reset(), may reset the statistics.</source>
        <translation>Nur ein Superuser oder eine Rolle mit EXECUTE-Recht auf pg_stat_statements_reset() darf die Statistik zurücksetzen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Creating the pg_stat_statements extension</source>
        <translation>Anlegen der Erweiterung pg_stat_statements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server is a standby: create the extension on the primary.</source>
        <translation>Der Server ist ein Standby: Legen Sie die Erweiterung auf dem Primärserver an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This connection is read-only (a production database).</source>
        <translation>Diese Verbindung ist schreibgeschützt (eine Produktionsdatenbank).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a superuser may create pg_stat_statements: it is not a trusted extension.</source>
        <translation>Nur ein Superuser darf pg_stat_statements anlegen: es ist keine vertrauenswürdige Erweiterung.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean time</source>
        <translation>Mittlere Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of time</source>
        <translation>Zeitanteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache hits</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <location filename="../ui/monitor/statementspanel.cpp" line="+22"/>
        <source>&amp;Reset statistics…</source>
        <translation>Statistik &amp;zurücksetzen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create the extension</source>
        <translation>Erweiterung &amp;anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CREATE EXTENSION pg_stat_statements in this database (you are a superuser).</source>
        <translation>CREATE EXTENSION pg_stat_statements in dieser Datenbank (Sie sind Superuser).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statement statistics</source>
        <translation>Anweisungsstatistik</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>pg_stat_statements %1 · the %2 statements with the most total time · read in %3 ms with %4 statement(s)</source>
        <translation>pg_stat_statements %1 · die %2 Anweisungen mit der meisten Gesamtzeit · gelesen in %3 ms mit %4 Anweisung(en)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The statement statistics were reset.</source>
        <translation>Die Anweisungsstatistik wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pg_stat_statements was created; its figures appear with the next refresh.</source>
        <translation>pg_stat_statements wurde angelegt; die Zahlen erscheinen mit der nächsten Aktualisierung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the server&apos;s figures…</source>
        <translation>Lese die Kennzahlen des Servers …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset statement statistics</source>
        <translation>Anweisungsstatistik zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset pg_stat_statements for the whole server? Every statement&apos;s calls and times start again from zero, for every user of this server.</source>
        <translation>pg_stat_statements für den ganzen Server zurücksetzen? Aufrufe und Zeiten jeder Anweisung beginnen wieder bei null, für alle Benutzer dieses Servers.</translation>
    </message>
</context>
<context>
    <name>StoragePanel</name>
    <message>
        <location filename="../ui/monitor/storagepanel.cpp" line="+43"/>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read sizes again</source>
        <translation>Größen &amp;neu lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table sizes</source>
        <translation>Tabellengrößen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index problems</source>
        <translation>Indexprobleme</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Indexes worth a look (invalid, duplicate, never used):</source>
        <translation>Indizes, die einen Blick wert sind (ungültig, doppelt, nie benutzt):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>VACUUM (ANALYZE) of %1 is done.</source>
        <translation>VACUUM (ANALYZE) von %1 ist fertig.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n table(s), sizes as read %1 ago at %2 (read on request only, to spare the server).</source>
        <translation>
            <numerusform>%n Tabelle, Größen wie vor %1 um %2 gelesen (nur auf Anforderung gelesen, um den Server zu schonen).</numerusform>
            <numerusform>%n Tabellen, Größen wie vor %1 um %2 gelesen (nur auf Anforderung gelesen, um den Server zu schonen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>VACUUM (ANALYZE) %1.%2…</source>
        <translation>VACUUM (ANALYZE) %1.%2 …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run VACUUM (ANALYZE) on %1.%2? It reclaims dead rows and refreshes the planner&apos;s statistics; it reads the whole table, on a connection of its own, and may take a while on a large one.</source>
        <translation>VACUUM (ANALYZE) für %1.%2 ausführen? Es gibt tote Zeilen frei und erneuert die Statistik des Planers; es liest die ganze Tabelle, auf einer eigenen Verbindung, und kann bei einer großen Tabelle eine Weile dauern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the PRODUCTION database %1.</source>
        <translation>Dies ist die PRODUKTIONS-Datenbank %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VACUUM (ANALYZE)</source>
        <translation>VACUUM (ANALYZE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vacuum</source>
        <translation>Vacuum ausführen</translation>
    </message>
</context>
<context>
    <name>TableDataModel</name>
    <message>
        <location filename="../models/table/pagereader.cpp" line="+98"/>
        <source>Reading the table</source>
        <translation>Lesen der Tabelle</translation>
    </message>
    <message>
        <location filename="../models/table/tabledatamodel.cpp" line="+31"/>
        <source>The table %1 is not in the schema catalog.</source>
        <translation>Die Tabelle %1 ist nicht im Schemakatalog enthalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a view or foreign table; only tables can be edited here.</source>
        <translation>%1 ist eine Sicht oder Fremdtabelle; hier können nur Tabellen bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no primary key (nor a unique key on NOT NULL columns), so a changed row could not be told apart from its twins. It can be read, not edited.</source>
        <translation>%1 hat keinen Primärschlüssel (und auch keinen eindeutigen Schlüssel auf Spalten mit NOT NULL), daher ließe sich eine geänderte Zeile nicht von gleichen Zeilen unterscheiden. Die Tabelle kann gelesen, aber nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server is a standby (a read-only replica in recovery): connect to the primary to edit %1.</source>
        <translation>Der Server ist ein Standby (ein schreibgeschütztes Replikat in Recovery): Verbinden Sie sich mit dem Primärserver, um %1 zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>The row could not be placed; filter by its key to see it.</source>
        <translation>Die Zeile konnte nicht eingeordnet werden; filtern Sie nach ihrem Schlüssel, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../models/table/tabledatamodelkeys.cpp" line="+25"/>
        <source>Give one value for each key column (%1).</source>
        <translation>Geben Sie einen Wert für jede Schlüsselspalte an (%1).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No row has this key under the current filters.</source>
        <translation>Keine Zeile hat diesen Schlüssel unter den aktuellen Filtern.</translation>
    </message>
    <message>
        <location filename="../models/table/tabledatamodeldata.cpp" line="+88"/>
        <source>An estimated row number: this part of the table was reached by a jump, so the rows are in order but their exact place is counted only from the first or the last row.</source>
        <translation>Eine geschätzte Zeilennummer: Dieser Teil der Tabelle wurde durch einen Sprung erreicht. Die Zeilen stehen in der richtigen Reihenfolge, ihre genaue Position wird aber nur ab der ersten oder der letzten Zeile gezählt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DEFAULT</source>
        <translation>DEFAULT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;%1 bytes&gt;</source>
        <translation>&lt;%1 Bytes&gt;</translation>
    </message>
    <message>
        <location filename="../models/table/constraintmessage.cpp" line="+33"/>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true/false value</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+92"/>
        <source>date/time</source>
        <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>This %1 is already used by %2 %3.</source>
        <translation>Dieser Wert für %1 wird bereits von %2 %3 verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This %1 is already used by another row.</source>
        <translation>Dieser Wert für %1 wird bereits von einer anderen Zeile verwendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This %1 still has %2 (%3); delete or move those first.</source>
        <translation>Auf diese Zeile (%1) verweisen noch Zeilen in %2 (%3); löschen oder verschieben Sie diese zuerst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A referenced row does not exist (%1).</source>
        <translation>Eine referenzierte Zeile existiert nicht (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no %1 with %2 %3.</source>
        <translation>Es gibt keine Zeile %1 mit %2 %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The row breaks the rule %1.</source>
        <translation>Die Zeile verletzt die Regel %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be %2 or %3 (rule %4).</source>
        <translation>%1 muss %2 oder %3 sein (Regel %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row breaks the rule %1: %2.</source>
        <translation>Die Zeile verletzt die Regel %1: %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not a valid %2.</source>
        <translation>&apos;%1&apos; ist als %2 ungültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid %2 for %3.</source>
        <translation>&apos;%1&apos; ist als %2 für %3 ungültig.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This connection is read-only (a production database): unlock writes to save changes.</source>
        <translation>Diese Verbindung ist schreibgeschützt (eine Produktionsdatenbank): Entsperren Sie das Schreiben, um Änderungen zu speichern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The filter has a syntax error: %1.</source>
        <translation>Der Filter enthält einen Syntaxfehler: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The filter refers to something that does not exist: %1.</source>
        <translation>Der Filter verweist auf etwas, das nicht existiert: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A filter value does not fit its column: %1.</source>
        <translation>Ein Filterwert passt nicht zu seiner Spalte: %1.</translation>
    </message>
    <message>
        <location filename="../models/table/tablesave.cpp" line="+16"/>
        <source>Someone else deleted this row after it was read; your change was not saved.</source>
        <translation>Jemand anderes hat diese Zeile gelöscht, nachdem sie gelesen wurde; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Someone else changed this row after it was read; your change was not saved. Reload the row to see their version.</source>
        <translation>Jemand anderes hat diese Zeile geändert, nachdem sie gelesen wurde; Ihre Änderung wurde nicht gespeichert. Laden Sie die Zeile neu, um die andere Fassung zu sehen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The change would have touched %1 rows instead of one; nothing was saved.</source>
        <translation>Die Änderung hätte %1 Zeilen statt einer betroffen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving changes</source>
        <translation>Speichern der Änderungen</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../models/table/tableexport.cpp" line="+36"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The server sent no result.</source>
        <translation>Der Server hat kein Ergebnis gesendet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The server stopped the export.</source>
        <translation>Der Server hat den Export abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exporting %1 to %2</source>
        <translation>Export von %1 nach %2</translation>
    </message>
</context>
<context>
    <name>TableMaintenance</name>
    <message>
        <location filename="../models/monitor/tablemaintenance.cpp" line="+70"/>
        <source>Only the table&apos;s owner (or a superuser) may vacuum it; the server skipped it.</source>
        <translation>Nur der Eigentümer der Tabelle (oder ein Superuser) darf sie vacuumen; der Server hat sie übersprungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>VACUUM (ANALYZE) of %1</source>
        <translation>VACUUM (ANALYZE) von %1</translation>
    </message>
</context>
<context>
    <name>TableSizesModel</name>
    <message>
        <location filename="../models/monitor/tablesizesmodel.cpp" line="+94"/>
        <location line="+2"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table data</source>
        <translation>Tabellendaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOAST</source>
        <translation>TOAST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live rows</source>
        <translation>Lebende Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead rows</source>
        <translation>Tote Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seq. scans</source>
        <translation>Seq. Scans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index scans</source>
        <translation>Index-Scans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last vacuum</source>
        <translation>Letztes Vacuum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last analyze</source>
        <translation>Letztes Analyze</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <location filename="../ui/browser/tabletab.cpp" line="+63"/>
        <source>Table rows</source>
        <translation>Tabellenzeilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting… %1 of ~%2 rows</source>
        <translation>Export läuft… %1 von ~%2 Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting… %1 rows</source>
        <translation>Export läuft… %1 Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+181"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Export finished.</source>
        <translation>Export abgeschlossen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Table structure</source>
        <translation>Tabellenstruktur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n change(s) saved.</source>
        <translation>
            <numerusform>%n Änderung gespeichert.</numerusform>
            <numerusform>%n Änderungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no key to go to.</source>
        <translation>%1 hat keinen Schlüssel, zu dem gesprungen werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to key</source>
        <translation>Zum Schlüssel springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (separated by commas):</source>
        <translation>%1 (durch Kommas getrennt):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count rows</source>
        <translation>Zeilen zählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last rows</source>
        <translation>Letzte Zeilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go to key…</source>
        <translation>Zum Schlüssel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert row</source>
        <translation>Zeile einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete rows</source>
        <translation>Zeilen löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the table %1</source>
        <translation>die Tabelle %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~%1 rows (estimate)</source>
        <translation>~%1 Zeilen (Schätzung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 loaded</source>
        <translation>%1 · %2 geladen</translation>
    </message>
    <message>
        <location filename="../ui/browser/tabletabedits.cpp" line="+114"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved. %1: %2</source>
        <translation>Es wurde nichts gespeichert. %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was saved: row %1 was changed by someone else since you read it. %2
Theirs: %3
Yours: %4
Your edits are kept; Refresh to see their version, then edit again.</source>
        <translation>Nichts wurde gespeichert: Zeile %1 wurde seit dem Lesen von jemand anderem geändert. %2
Deren Fassung: %3
Ihre Fassung: %4
Ihre Änderungen bleiben erhalten; wählen Sie Aktualisieren, um die andere Fassung zu sehen, und bearbeiten Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Unlock writes before pasting.</source>
        <translation>Entsperren Sie das Schreiben vor dem Einfügen.</translation>
    </message>
    <message>
        <location filename="../ui/browser/tabletab.cpp" line="+44"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as CSV</source>
        <translation>Als CSV kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by this value</source>
        <translation>Nach diesem Wert filtern</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../ui/monitor/trendchart.cpp" line="+27"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>TypedConfirmationDialog</name>
    <message>
        <location filename="../ui/console/statementguard.cpp" line="+16"/>
        <source>Confirm on production</source>
        <translation>Auf Produktion bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation word</source>
        <translation>Bestätigungswort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;br&gt;This runs on a &lt;b&gt;production&lt;/b&gt; database and cannot be undone. Type &lt;code&gt;%2&lt;/code&gt; to go ahead.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;br&gt;Dies wird auf einer Datenbank der &lt;b&gt;Produktion&lt;/b&gt; ausgeführt und kann nicht rückgängig gemacht werden. Geben Sie &lt;code&gt;%2&lt;/code&gt; ein, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run it</source>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>WriteLockButton</name>
    <message>
        <location filename="../ui/common/writelockbutton.cpp" line="+55"/>
        <source>Unlock writes on production</source>
        <translation>Schreiben auf Produktion entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes on production will be allowed for %1 until you lock them again.
Why? (kept with what is written: audit log and history)</source>
        <translation>Schreibzugriffe auf Produktion werden für %1 erlaubt, bis Sie sie wieder sperren.
Warum? (wird mit dem Geschriebenen festgehalten: Prüfprotokoll und Verlauf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unlock writes</source>
        <translation>Schreiben entsperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock writes</source>
        <translation>Schreiben sperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> read-only (standby) </source>
        <translation> schreibgeschützt (Standby) </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is a standby (a read-only replica): writes go to the primary.</source>
        <translation>Der Server ist ein Standby (ein schreibgeschütztes Replikat): Schreibzugriffe gehen an den Primärserver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> read-only (production) </source>
        <translation> schreibgeschützt (Produktion) </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> UNLOCKED for writes: %1 </source>
        <translation> ENTSPERRT für Schreibzugriffe: %1 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses writes until you unlock them with a reason.</source>
        <translation>Der Server lehnt Schreibzugriffe ab, bis Sie sie mit einer Begründung entsperren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes go through. Lock again when you are done.</source>
        <translation>Schreibzugriffe werden ausgeführt. Sperren Sie wieder, wenn Sie fertig sind.</translation>
    </message>
</context>
</TS>
