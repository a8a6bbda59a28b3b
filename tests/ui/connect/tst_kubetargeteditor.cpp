#include "connect/connectiondialog.h"
#include "connect/kubetargeteditor.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"

#include "processes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString SecretValue = QStringLiteral("s3cr3t-never-shown");

QJsonObject metadata(const QString &name, const QJsonObject &labels = {})
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("labels"), labels}};
}

QJsonObject list(const QJsonArray &items)
{
    return {{QStringLiteral("kind"), QStringLiteral("List")}, {QStringLiteral("items"), items}};
}

QJsonObject service(const QString &name, const QString &portName, int port, const QJsonObject &labels = {})
{
    const QJsonObject portObject {{QStringLiteral("name"), portName}, {QStringLiteral("port"), port}};
    return {{QStringLiteral("metadata"), metadata(name, labels)},
        {QStringLiteral("spec"),
            QJsonObject {{QStringLiteral("selector"), QJsonObject {{QStringLiteral("app"), name}}},
                {QStringLiteral("ports"), QJsonArray {portObject}}}}};
}

QJsonObject pod(const QString &name, const QString &portName, int port)
{
    const QJsonObject container {{QStringLiteral("name"), QStringLiteral("main")},
        {QStringLiteral("ports"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), portName}, {QStringLiteral("containerPort"), port}}}}};
    return {{QStringLiteral("metadata"), metadata(name)},
        {QStringLiteral("spec"), QJsonObject {{QStringLiteral("containers"), QJsonArray {container}}}},
        {QStringLiteral("status"), QJsonObject {{QStringLiteral("phase"), QStringLiteral("Running")}}}};
}

// A Secret as the API returns it, data included: the editor must read its name only.
QJsonObject secret(const QString &name)
{
    const QString encoded = QString::fromLatin1(SecretValue.toUtf8().toBase64());
    return {{QStringLiteral("metadata"), metadata(name)},
        {QStringLiteral("data"),
            QJsonObject {
                {QStringLiteral("username"), QStringLiteral("c2F5dHJ1dGg=")}, {QStringLiteral("password"), encoded}}}};
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) > 0;
}

// The fake kubectl (fakekubectl.sh: answers from the JSON files beside it, refuses to list namespaces in the
// context "restricted", takes three seconds in the namespace "slow-ns", logs every call) and its cluster: the
// seed's layout in saytruth-dev, saytruth-prod and slow-ns, a CloudNativePG cluster in cnpg-demo.
bool writeFakeCluster(const QString &script, const QString &dir)
{
    const QString kubectl = dir + QStringLiteral("/kubectl");
    if (!QFile::copy(script, kubectl)
        || !QFile::setPermissions(kubectl, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return false;
    QJsonArray namespaces;
    for (const char *name : {"default", "saytruth-dev", "saytruth-prod", "cnpg-demo", "slow-ns", "bitnami"})
        namespaces.append(QJsonObject {{QStringLiteral("metadata"), metadata(QLatin1String(name))}});
    bool ok = writeJson(dir + QStringLiteral("/namespaces.json"), list(namespaces));
    for (const QString &ns :
        {QStringLiteral("saytruth-dev"), QStringLiteral("saytruth-prod"), QStringLiteral("slow-ns")}) {
        ok = ok
            && writeJson(QStringLiteral("%1/%2-services.json").arg(dir, ns),
                list({service(QStringLiteral("web"), QStringLiteral("http"), 80),
                    service(QStringLiteral("postgres-service"), QStringLiteral("postgres"), 5432)}))
            && writeJson(QStringLiteral("%1/%2-pods.json").arg(dir, ns),
                list({pod(QStringLiteral("postgres-0"), QStringLiteral("postgres"), 5432),
                    pod(QStringLiteral("web-7d9f"), QStringLiteral("http"), 8080)}))
            && writeJson(QStringLiteral("%1/%2-secrets.json").arg(dir, ns),
                list({secret(QStringLiteral("postgres-secret")), secret(QStringLiteral("web-token"))}));
    }
    const QJsonObject cnpg {{QStringLiteral("cnpg.io/cluster"), QStringLiteral("pg")}};
    return ok
        && writeJson(dir + QStringLiteral("/cnpg-demo-services.json"),
            list({service(QStringLiteral("pg-r"), QStringLiteral("postgres"), 5432, cnpg),
                service(QStringLiteral("pg-ro"), QStringLiteral("postgres"), 5432, cnpg),
                service(QStringLiteral("pg-rw"), QStringLiteral("postgres"), 5432, cnpg)}))
        && writeJson(dir + QStringLiteral("/cnpg-demo-pods.json"),
            list({pod(QStringLiteral("pg-1"), QStringLiteral("postgresql"), 5432)}))
        && writeJson(dir + QStringLiteral("/cnpg-demo-secrets.json"),
            list({secret(QStringLiteral("pg-app")), secret(QStringLiteral("pg-superuser")),
                secret(QStringLiteral("pg-ca"))}))
        && writeJson(dir + QStringLiteral("/bitnami-services.json"),
            list({service(QStringLiteral("db-postgresql"), QStringLiteral("tcp-postgresql"), 5432)}))
        && writeJson(dir + QStringLiteral("/bitnami-secrets.json"), list({secret(QStringLiteral("db-postgresql"))}));
}

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text + QStringLiteral(" not in ") + itemTexts(combo).join(u'|')));
    combo->setCurrentIndex(index);
}

} // namespace

// Drives KubeTargetEditor, alone and inside ConnectionDialog, against a fake kubectl first on PATH.
class tst_KubeTargetEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsContextsAndNamespaces();
    void seedPresetIsPreselected();
    void cloudNativePgPresetFillsTarget();
    void plainServicePreselectsItsPort();
    void forbiddenNamespacesAllowTyping();
    void newerRequestSupersedesOlder();
    void dialogHidesHostAndDisablesTls();
    void productionNamespaceMakesProductionProfile();
    void explicitKindWins();
    void kubeUriFillsEditor();
    void validationNamesMissingFields();
    void profileRoundTrips();
    void unknownNamespaceIsSaid();
    void unknownContextIsSaidOnce();
    void bitnamiPresetFixesTheUser();
    void testReportsPreflightInWords();

private:
    template<typename T> T *find(QWidget *parent, const char *name) const
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void createEditor();
    void createDialog();
    KubeTargetEditor *dialogEditor() { return find<KubeTargetEditor>(m_dialog.get(), "kubeEditor"); }
    int runningKubectls() const; // fake kubectl processes alive now
    void verifyNoSecretShown(QWidget *root);
    void shoot(QWidget *widget, const QString &name);

    QTemporaryDir m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ConnectionDialog> m_dialog;
    std::unique_ptr<KubeTargetEditor> m_editor;
};

void tst_KubeTargetEditor::initTestCase()
{
    // Before any Kubectl: it reads PATH once per process. No login shell may add a real kubectl's folder.
    QVERIFY(m_fake.isValid());
    const QString script = QFINDTESTDATA("ui/connect/fakekubectl.sh");
    QVERIFY(!script.isEmpty());
    QVERIFY(writeFakeCluster(script, m_fake.path()));
    qputenv("PATH", (m_fake.path() + QLatin1Char(':') + qEnvironmentVariable("PATH")).toLocal8Bit());
    qputenv("SAYTRUTH_NO_LOGIN_SHELL", "1");
    qputenv("KUBECONFIG", QFile::encodeName(m_fake.filePath(QStringLiteral("config"))));
}

void tst_KubeTargetEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(m_profiles->load());
    m_credentials = std::make_unique<CredentialStore>();
    m_credentials->setKeychainEnabled(false);
}

void tst_KubeTargetEditor::cleanup()
{
    m_editor.reset();
    m_dialog.reset();
    m_credentials.reset();
    m_profiles.reset();
    m_dir.reset();
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // Every kubectl the widgets started ended with them.
    QCOMPARE(runningKubectls(), 0);
}

void tst_KubeTargetEditor::createEditor()
{
    m_editor = std::make_unique<KubeTargetEditor>();
    m_editor->resize(560, 480);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    QVERIFY(!m_editor->isChecked());
    QVERIFY(!m_editor->target().isSet());
    QVERIFY(!m_editor->isLoading()); // nothing is asked of kubectl for a direct profile
    m_editor->setChecked(true); // as a click on the group's box does
    QTRY_VERIFY(!m_editor->isLoading());
}

void tst_KubeTargetEditor::createDialog()
{
    m_dialog = std::make_unique<ConnectionDialog>(m_profiles.get(), m_credentials.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

int tst_KubeTargetEditor::runningKubectls() const
{
    return int(processesWith({QFile::encodeName(m_fake.filePath(QStringLiteral("kubectl")))}).size());
}

void tst_KubeTargetEditor::verifyNoSecretShown(QWidget *root)
{
    const QString encoded = QString::fromLatin1(SecretValue.toUtf8().toBase64());
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QLineEdit *edit : root->findChildren<QLineEdit *>())
        texts << edit->text() << edit->placeholderText();
    for (const QComboBox *combo : root->findChildren<QComboBox *>())
        texts << itemTexts(combo);
    for (const QString &text : std::as_const(texts)) {
        QVERIFY2(!text.contains(SecretValue) && !text.contains(encoded), qPrintable(text));
    }
}

void tst_KubeTargetEditor::shoot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("SAYTRUTH_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        widget->grab().save(QDir(directory).filePath(name + QStringLiteral(".png")));
}

void tst_KubeTargetEditor::listsContextsAndNamespaces()
{
    createEditor();
    auto *contexts = find<QComboBox>(m_editor.get(), "contextCombo");
    QCOMPARE(itemTexts(contexts), QStringList({"dev-cluster", "prod-cluster", "restricted"}));
    QCOMPARE(contexts->currentText(), QStringLiteral("dev-cluster")); // the kubeconfig's current one
    auto *namespaces = find<QComboBox>(m_editor.get(), "namespaceCombo");
    QCOMPARE(itemTexts(namespaces),
        QStringList({"default", "saytruth-dev", "saytruth-prod", "cnpg-demo", "slow-ns", "bitnami"}));
    QVERIFY(namespaces->currentText().isEmpty()); // chosen by the user
    QVERIFY(find<QLabel>(m_editor.get(), "kubeStatusLabel")->isHidden());
    QVERIFY(find<QLineEdit>(m_editor.get(), "kubeconfigEdit")->placeholderText().contains(m_fake.path()));
    QVERIFY(find<QLabel>(m_editor.get(), "kubeSslLabel")->text().contains(QStringLiteral("sslmode=disable")));
    // No namespace yet: no target, and validation says so.
    QCOMPARE(m_editor->missingFields(), QStringList({"namespace", "Service or pod"}));
}

void tst_KubeTargetEditor::seedPresetIsPreselected()
{
    createEditor();
    QSignalSpy edited(m_editor.get(), &KubeTargetEditor::edited);
    choose(find<QComboBox>(m_editor.get(), "namespaceCombo"), QStringLiteral("saytruth-dev"));
    QVERIFY(m_editor->isLoading());
    QTRY_VERIFY(!m_editor->isLoading());
    QVERIFY(!edited.isEmpty());

    auto *targets = find<QComboBox>(m_editor.get(), "targetCombo");
    const QStringList texts = itemTexts(targets);
    QCOMPARE(texts.first(), QStringLiteral("SayTruth (postgres-service)"));
    QVERIFY2(texts.contains(QStringLiteral("svc/postgres-service — postgres:5432")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("svc/web — http:80")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("pod/postgres-0 — postgres:5432")), qPrintable(texts.join(u'|')));
    QCOMPARE(targets->currentIndex(), 0);

    const KubeTarget target = m_editor->target();
    QCOMPARE(target.context, QStringLiteral("dev-cluster"));
    QCOMPARE(target.ns, QStringLiteral("saytruth-dev"));
    QCOMPARE(target.kind, KubeTarget::Kind::Service);
    QCOMPARE(target.name, QStringLiteral("postgres-service"));
    QCOMPARE(target.port, QStringLiteral("postgres"));
    QCOMPARE(target.credentials, KubeTarget::Credentials::Secret);
    QCOMPARE(target.secret, QStringLiteral("postgres-secret"));
    QCOMPARE(target.userKey, QStringLiteral("username"));
    QCOMPARE(target.passwordKey, QStringLiteral("password"));
    QVERIFY(m_editor->missingFields().isEmpty());
    verifyNoSecretShown(m_editor.get());
}

void tst_KubeTargetEditor::cloudNativePgPresetFillsTarget()
{
    createEditor();
    choose(find<QComboBox>(m_editor.get(), "namespaceCombo"), QStringLiteral("cnpg-demo"));
    QTRY_VERIFY(!m_editor->isLoading());
    auto *targets = find<QComboBox>(m_editor.get(), "targetCombo");
    QCOMPARE(targets->currentText(), QStringLiteral("CloudNativePG cluster pg (read-write)"));
    KubeTarget target = m_editor->target();
    QCOMPARE(target.name, QStringLiteral("pg-rw"));
    QCOMPARE(target.port, QStringLiteral("postgres"));
    QCOMPARE(target.secret, QStringLiteral("pg-app"));
    QCOMPARE(target.userKey, QStringLiteral("username"));
    QCOMPARE(target.passwordKey, QStringLiteral("password"));

    // The replicas' preset, chosen by the user; the typed credentials become the Secret's again.
    find<QRadioButton>(m_editor.get(), "typedRadio")->click();
    QCOMPARE(m_editor->target().credentials, KubeTarget::Credentials::Typed);
    QVERIFY(!find<QLineEdit>(m_editor.get(), "secretEdit")->isEnabled());
    QSignalSpy edited(m_editor.get(), &KubeTargetEditor::edited);
    choose(targets, QStringLiteral("CloudNativePG cluster pg (read-only replicas)"));
    QCOMPARE(edited.size(), 1);
    target = m_editor->target();
    QCOMPARE(target.name, QStringLiteral("pg-ro"));
    QCOMPARE(target.credentials, KubeTarget::Credentials::Secret);
    QCOMPARE(target.secret, QStringLiteral("pg-app"));
    QVERIFY(find<QLineEdit>(m_editor.get(), "secretEdit")->isEnabled());
    verifyNoSecretShown(m_editor.get());
}

void tst_KubeTargetEditor::plainServicePreselectsItsPort()
{
    createEditor();
    choose(find<QComboBox>(m_editor.get(), "namespaceCombo"), QStringLiteral("cnpg-demo"));
    QTRY_VERIFY(!m_editor->isLoading());
    auto *ports = find<QComboBox>(m_editor.get(), "targetPortCombo");
    choose(find<QComboBox>(m_editor.get(), "targetCombo"), QStringLiteral("pod/pg-1 — postgresql:5432"));
    QCOMPARE(m_editor->target().kind, KubeTarget::Kind::Pod);
    QCOMPARE(m_editor->target().name, QStringLiteral("pg-1"));
    QCOMPARE(itemTexts(ports), QStringList({"postgresql (5432)"}));
    QCOMPARE(m_editor->target().port, QStringLiteral("postgresql"));

    // A port typed by hand is kept as typed.
    ports->lineEdit()->selectAll();
    QTest::keyClicks(ports->lineEdit(), QStringLiteral("6432"));
    QCOMPARE(m_editor->target().port, QStringLiteral("6432"));
}

void tst_KubeTargetEditor::forbiddenNamespacesAllowTyping()
{
    createEditor();
    choose(find<QComboBox>(m_editor.get(), "contextCombo"), QStringLiteral("restricted"));
    QTRY_VERIFY(!m_editor->isLoading());
    auto *status = find<QLabel>(m_editor.get(), "kubeStatusLabel");
    QVERIFY(!status->isHidden());
    QVERIFY2(status->text().contains(QStringLiteral("may not list the namespaces")), qPrintable(status->text()));
    QVERIFY(!status->property("bad").toBool()); // a hint, not a failure: the name can be typed
    auto *namespaces = find<QComboBox>(m_editor.get(), "namespaceCombo");
    QCOMPARE(namespaces->count(), 0);
    QVERIFY(namespaces->isEditable());

    QTest::keyClicks(namespaces->lineEdit(), QStringLiteral("saytruth-dev"));
    QTest::keyClick(namespaces->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_editor->isLoading());
    QCOMPARE(m_editor->target().context, QStringLiteral("restricted"));
    QCOMPARE(m_editor->target().ns, QStringLiteral("saytruth-dev"));
    QCOMPARE(m_editor->target().name, QStringLiteral("postgres-service"));
    QVERIFY(status->text().contains(QStringLiteral("may not list the namespaces")));
    shoot(m_editor.get(), QStringLiteral("kube-target-editor-forbidden"));
}

void tst_KubeTargetEditor::newerRequestSupersedesOlder()
{
    createEditor();
    auto *namespaces = find<QComboBox>(m_editor.get(), "namespaceCombo");
    choose(namespaces, QStringLiteral("slow-ns"));
    QTRY_VERIFY(runningKubectls() > 0);
    choose(namespaces, QStringLiteral("cnpg-demo")); // the slow answers must neither arrive nor linger
    QTRY_VERIFY(!m_editor->isLoading());
    QCOMPARE(m_editor->target().name, QStringLiteral("pg-rw"));
    QCOMPARE(runningKubectls(), 0);
    QTest::qWait(300);
    QCOMPARE(m_editor->target().name, QStringLiteral("pg-rw"));
    QVERIFY(!itemTexts(find<QComboBox>(m_editor.get(), "targetCombo")).contains(QStringLiteral("svc/web — http:80")));

    // Refresh asks again, keeping what was chosen.
    QFile::remove(m_fake.filePath(QStringLiteral("calls.log")));
    QTest::mouseClick(find<QPushButton>(m_editor.get(), "kubeRefreshButton"), Qt::LeftButton);
    QVERIFY(m_editor->isLoading());
    QTRY_VERIFY(!m_editor->isLoading());
    QFile log(m_fake.filePath(QStringLiteral("calls.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("/api/v1/namespaces/cnpg-demo/services"));
    QCOMPARE(m_editor->target().ns, QStringLiteral("cnpg-demo"));
}

void tst_KubeTargetEditor::dialogHidesHostAndDisablesTls()
{
    createDialog();
    auto *host = find<QLineEdit>(m_dialog.get(), "hostEdit");
    auto *ssl = find<QComboBox>(m_dialog.get(), "sslModeCombo");
    QVERIFY(host->isVisible());
    QCOMPARE(ssl->currentData().toString(), QStringLiteral("prefer"));
    shoot(m_dialog.get(), QStringLiteral("connection-dialog-direct"));

    dialogEditor()->setChecked(true);
    QVERIFY(!host->isVisible());
    QVERIFY(!find<QWidget>(m_dialog.get(), "portSpin")->isVisible());
    QCOMPARE(ssl->currentData().toString(), QStringLiteral("disable"));
    QTRY_VERIFY(!dialogEditor()->isLoading());
    choose(find<QComboBox>(m_dialog.get(), "namespaceCombo"), QStringLiteral("saytruth-dev"));
    QTRY_VERIFY(!dialogEditor()->isLoading());
    // User and password come from the Secret; the database may too.
    QVERIFY(!find<QLineEdit>(m_dialog.get(), "passwordEdit")->isEnabled());
    QVERIFY(!find<QLineEdit>(m_dialog.get(), "userEdit")->isEnabled());
    QCOMPARE(find<QLineEdit>(m_dialog.get(), "uriEdit")->text(),
        QStringLiteral("k8s://dev-cluster@saytruth-dev/postgres-service:postgres/"));
    QVERIFY(!m_dialog->profile().isProduction());
    find<QLineEdit>(m_dialog.get(), "nameEdit")->setText(QStringLiteral("SayTruth dev"));
    find<QLineEdit>(m_dialog.get(), "databaseEdit")->setText(QStringLiteral("saytruth_db"));
    shoot(m_dialog.get(), QStringLiteral("connection-dialog-kubernetes"));
    verifyNoSecretShown(m_dialog.get());

    // The user's own TLS choice overrides; back to a direct connection, the defaults return.
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("require")));
    QCOMPARE(m_dialog->profile().sslMode, QStringLiteral("require"));
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("disable")));
    dialogEditor()->setChecked(false);
    QVERIFY(host->isVisible());
    QCOMPARE(ssl->currentData().toString(), QStringLiteral("prefer"));
    QVERIFY(!m_dialog->profile().kube.isSet());
    QVERIFY(find<QLineEdit>(m_dialog.get(), "passwordEdit")->isEnabled());
}

void tst_KubeTargetEditor::productionNamespaceMakesProductionProfile()
{
    createDialog();
    dialogEditor()->setChecked(true);
    QTRY_VERIFY(!dialogEditor()->isLoading());
    auto *namespaces = find<QComboBox>(m_dialog.get(), "namespaceCombo");
    auto *label = find<QLabel>(m_dialog.get(), "productionLabel");
    choose(namespaces, QStringLiteral("saytruth-prod"));
    QVERIFY(m_dialog->profile().isProduction());
    QVERIFY(!label->isHidden());
    QTRY_VERIFY(!dialogEditor()->isLoading());
    shoot(m_dialog.get(), QStringLiteral("connection-dialog-kubernetes-production"));
    choose(namespaces, QStringLiteral("saytruth-dev"));
    QVERIFY(!m_dialog->profile().isProduction());
    QVERIFY(label->isHidden());
    // A context that says production does it too.
    choose(find<QComboBox>(m_dialog.get(), "contextCombo"), QStringLiteral("prod-cluster"));
    QVERIFY(m_dialog->profile().isProduction());
    QTRY_VERIFY(!dialogEditor()->isLoading());
}

void tst_KubeTargetEditor::explicitKindWins()
{
    createDialog();
    dialogEditor()->setChecked(true);
    QTRY_VERIFY(!dialogEditor()->isLoading());
    auto *kind = find<QComboBox>(m_dialog.get(), "kindCombo");
    const int development = kind->findData(int(ConnectionProfile::Kind::Development));
    kind->setCurrentIndex(development);
    QVERIFY(QMetaObject::invokeMethod(kind, "activated", Q_ARG(int, development))); // as the user's choice
    choose(find<QComboBox>(m_dialog.get(), "namespaceCombo"), QStringLiteral("saytruth-prod"));
    QTRY_VERIFY(!dialogEditor()->isLoading());
    QVERIFY(!m_dialog->profile().isProduction());
    // Said in the address, since the names say otherwise.
    QVERIFY2(find<QLineEdit>(m_dialog.get(), "uriEdit")->text().endsWith(QStringLiteral("?kind=development")),
        qPrintable(find<QLineEdit>(m_dialog.get(), "uriEdit")->text()));
}

void tst_KubeTargetEditor::kubeUriFillsEditor()
{
    createDialog();
    QTest::keyClicks(find<QLineEdit>(m_dialog.get(), "uriEdit"),
        QStringLiteral("k8s://prod-cluster@saytruth-prod/postgres-service/saytruth_db?secret=pg-app"));
    QVERIFY(dialogEditor()->isChecked());
    QVERIFY(!find<QLineEdit>(m_dialog.get(), "hostEdit")->isVisible());
    const ConnectionProfile profile = m_dialog->profile();
    QCOMPARE(profile.kube.context, QStringLiteral("prod-cluster"));
    QCOMPARE(profile.kube.ns, QStringLiteral("saytruth-prod"));
    QCOMPARE(profile.kube.name, QStringLiteral("postgres-service"));
    QCOMPARE(profile.kube.secret, QStringLiteral("pg-app"));
    QCOMPARE(profile.database, QStringLiteral("saytruth_db"));
    QCOMPARE(profile.sslMode, QStringLiteral("disable"));
    QVERIFY(profile.isProduction());
    QTRY_VERIFY(!dialogEditor()->isLoading());
    // The lists' answers keep what the address said.
    QCOMPARE(m_dialog->profile(), profile);

    // A postgresql:// address turns Kubernetes off again.
    auto *uri = find<QLineEdit>(m_dialog.get(), "uriEdit");
    uri->selectAll();
    QTest::keyClick(uri, Qt::Key_Backspace);
    QTest::keyClicks(uri, QStringLiteral("postgresql://bob@db.example.com/sales"));
    QVERIFY(!dialogEditor()->isChecked());
    QVERIFY(!m_dialog->profile().kube.isSet());
    QVERIFY(find<QLineEdit>(m_dialog.get(), "hostEdit")->isVisible());
}

void tst_KubeTargetEditor::validationNamesMissingFields()
{
    createDialog();
    dialogEditor()->setChecked(true);
    QTRY_VERIFY(!dialogEditor()->isLoading());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(
        find<QDialogButtonBox>(m_dialog.get(), "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(accepted.size(), 0);
    const QString status = find<QLabel>(m_dialog.get(), "statusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("namespace")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Service or pod")), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("database")), qPrintable(status)); // the Secret may name it
}

void tst_KubeTargetEditor::profileRoundTrips()
{
    createDialog();
    find<QLineEdit>(m_dialog.get(), "nameEdit")->setText(QStringLiteral("pg replicas"));
    dialogEditor()->setChecked(true);
    QTRY_VERIFY(!dialogEditor()->isLoading());
    choose(find<QComboBox>(m_dialog.get(), "namespaceCombo"), QStringLiteral("cnpg-demo"));
    QTRY_VERIFY(!dialogEditor()->isLoading());
    choose(find<QComboBox>(m_dialog.get(), "targetCombo"),
        QStringLiteral("CloudNativePG cluster pg (read-only replicas)"));
    find<QLineEdit>(m_dialog.get(), "databaseEdit")->setText(QStringLiteral("app"));
    const ConnectionProfile before = m_dialog->profile();
    QVERIFY(before.kube.isSet());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(
        find<QDialogButtonBox>(m_dialog.get(), "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(m_profiles->find(QStringLiteral("pg replicas"))->kube, before.kube);

    // A new dialog opens on the last profile: the form gives back what was saved, also once the lists are in.
    m_dialog.reset();
    QTRY_COMPARE(runningKubectls(), 0);
    createDialog();
    QCOMPARE(m_dialog->profile(), before);
    QTRY_VERIFY(!dialogEditor()->isLoading());
    QCOMPARE(m_dialog->profile(), before);
    QCOMPARE(find<QComboBox>(m_dialog.get(), "targetCombo")->currentText(),
        QStringLiteral("CloudNativePG cluster pg (read-only replicas)"));
}

void tst_KubeTargetEditor::testReportsPreflightInWords()
{
    createDialog();
    dialogEditor()->setChecked(true);
    QTRY_VERIFY(!dialogEditor()->isLoading());
    choose(find<QComboBox>(m_dialog.get(), "namespaceCombo"), QStringLiteral("saytruth-prod"));
    QTRY_VERIFY(!dialogEditor()->isLoading());
    auto *test = find<QPushButton>(m_dialog.get(), "testButton");
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(!test->isEnabled());
    // The fake cluster refuses port-forwards in saytruth-prod: the pre-flight says so before anything starts.
    auto *status = find<QLabel>(m_dialog.get(), "statusLabel");
    QTRY_COMPARE(status->property("tone").toString(), QStringLiteral("bad"));
    QVERIFY2(status->text().contains(QStringLiteral("may not create pods/portforward in the namespace saytruth-prod")),
        qPrintable(status->text()));
    QVERIFY(test->isEnabled());
    shoot(m_dialog.get(), QStringLiteral("connection-dialog-kubernetes-test-refused"));
    QTRY_COMPARE(runningKubectls(), 0);
}

void tst_KubeTargetEditor::unknownNamespaceIsSaid()
{
    createEditor();
    auto *namespaces = find<QComboBox>(m_editor.get(), "namespaceCombo");
    QTest::keyClicks(namespaces->lineEdit(), QStringLiteral("saytruth-staging"));
    QTest::keyClick(namespaces->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_editor->isLoading());
    auto *status = find<QLabel>(m_editor.get(), "kubeStatusLabel");
    QVERIFY2(
        status->text().contains(QStringLiteral("There is no namespace saytruth-staging")), qPrintable(status->text()));
    QVERIFY(status->property("bad").toBool());
    QVERIFY(!m_editor->target().isSet()); // nothing to preselect there

    choose(namespaces, QStringLiteral("saytruth-dev"));
    QVERIFY(status->isHidden());
    QTRY_VERIFY(!m_editor->isLoading());
    QVERIFY(status->isHidden());
}

void tst_KubeTargetEditor::unknownContextIsSaidOnce()
{
    createEditor();
    choose(find<QComboBox>(m_editor.get(), "namespaceCombo"), QStringLiteral("saytruth-dev"));
    QTRY_VERIFY(!m_editor->isLoading());
    auto *context = find<QComboBox>(m_editor.get(), "contextCombo");
    context->lineEdit()->selectAll();
    QTest::keyClicks(context->lineEdit(), QStringLiteral("gone-cluster"));
    QTest::keyClick(context->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_editor->isLoading());
    // Namespaces and targets both fail the same way: said once, in words.
    auto *status = find<QLabel>(m_editor.get(), "kubeStatusLabel");
    QCOMPARE(status->text(),
        QStringLiteral("The kubeconfig has no such context.\nerror: context \"gone-cluster\" does not exist"));
    QVERIFY(status->property("bad").toBool());
    QCOMPARE(m_editor->target().context, QStringLiteral("gone-cluster"));
}

void tst_KubeTargetEditor::bitnamiPresetFixesTheUser()
{
    createDialog();
    dialogEditor()->setChecked(true);
    QTRY_VERIFY(!dialogEditor()->isLoading());
    choose(find<QComboBox>(m_dialog.get(), "namespaceCombo"), QStringLiteral("bitnami"));
    QTRY_VERIFY(!dialogEditor()->isLoading());
    // Bitnami's Secret holds postgres' password only: the user is postgres, in the dialog's user field.
    const ConnectionProfile profile = m_dialog->profile();
    QCOMPARE(profile.kube.name, QStringLiteral("db-postgresql"));
    QCOMPARE(profile.kube.port, QStringLiteral("tcp-postgresql"));
    QCOMPARE(profile.kube.secret, QStringLiteral("db-postgresql"));
    QVERIFY(profile.kube.userKey.isEmpty());
    QCOMPARE(profile.kube.passwordKey, QStringLiteral("postgres-password"));
    QCOMPARE(profile.user, QStringLiteral("postgres"));
    QVERIFY(find<QLineEdit>(m_dialog.get(), "userEdit")->isEnabled());
    QVERIFY(!find<QLineEdit>(m_dialog.get(), "passwordEdit")->isEnabled());
}

QTEST_MAIN(tst_KubeTargetEditor)
#include "tst_kubetargeteditor.moc"
