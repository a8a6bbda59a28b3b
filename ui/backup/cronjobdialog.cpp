#include "cronjobdialog.h"

#include "backup/cronjobmanifest.h"
#include "common/tonestyle.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

CronJobDialog::CronJobDialog(
    const ConnectionProfile &profile, const BackupOptions &options, int serverMajor, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_options(options)
    , m_serverMajor(serverMajor)
{
    setObjectName(QStringLiteral("cronJobDialog"));
    setWindowTitle(tr("Schedule this backup in Kubernetes"));
    const CronJobSpec defaults;
    m_namespace = new QComboBox(this);
    m_namespace->setObjectName(QStringLiteral("cronNamespace"));
    m_namespace->setEditable(true);
    m_namespace->addItems({QStringLiteral("saytruth-dev"), QStringLiteral("saytruth-prod")});
    if (profile.isProduction())
        m_namespace->setCurrentIndex(1);
    m_schedule = new QLineEdit(defaults.schedule, this);
    m_schedule->setObjectName(QStringLiteral("cronSchedule"));
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("cronKeep"));
    m_keep->setRange(1, 1000);
    m_keep->setValue(defaults.keepLast);
    m_secret = new QLineEdit(defaults.secretName, this);
    m_host = new QLineEdit(defaults.host, this);
    m_claim = new QLineEdit(defaults.claimName, this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("cronError"));
    m_error->setWordWrap(true);
    ToneStyle::apply(m_error, Colours::Tone::Danger);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("cronPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFont(QStringLiteral("monospace")));
    auto *form = new QFormLayout;
    form->addRow(tr("Namespace:"), m_namespace);
    form->addRow(tr("Schedule (cron, UTC):"), m_schedule);
    form->addRow(tr("Keep the last:"), m_keep);
    form->addRow(tr("Secret with username and password:"), m_secret);
    form->addRow(tr("Database service:"), m_host);
    form->addRow(tr("Backups volume claim:"), m_claim);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, &CronJobDialog::save);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(yaml()); });
    connect(m_namespace, &QComboBox::currentTextChanged, this, &CronJobDialog::update);
    for (QLineEdit *edit : {m_schedule, m_secret, m_host, m_claim})
        connect(edit, &QLineEdit::textChanged, this, &CronJobDialog::update);
    connect(m_keep, &QSpinBox::valueChanged, this, &CronJobDialog::update);
    resize(680, 640);
    update();
}

CronJobSpec CronJobDialog::spec() const
{
    CronJobSpec spec = CronJobManifest::specFor(m_profile, m_options);
    spec.kubeNamespace = m_namespace->currentText().trimmed();
    spec.schedule = m_schedule->text().trimmed();
    spec.keepLast = m_keep->value();
    spec.secretName = m_secret->text().trimmed();
    spec.host = m_host->text().trimmed();
    spec.claimName = m_claim->text().trimmed();
    spec.serverMajor = m_serverMajor;
    return spec;
}

QString CronJobDialog::yaml() const
{
    const CronJobManifest manifest(spec());
    return manifest.isValid() ? manifest.toYaml() : QString();
}

void CronJobDialog::update()
{
    const CronJobManifest manifest(spec());
    m_error->setText(manifest.isValid() ? QString() : manifest.error().why);
    m_error->setVisible(!manifest.isValid());
    if (manifest.isValid())
        m_preview->setPlainText(manifest.toYaml());
}

void CronJobDialog::save()
{
    const QString text = yaml();
    if (text.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the CronJob"),
        QStringLiteral("%1-backup-cronjob.yaml").arg(m_profile.database), tr("YAML (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, windowTitle(), tr("Could not save %1: %2").arg(path, file.errorString()));
}
