#include "connectiondialog.h"
#include "ui_connectiondialog.h"

#include "common/colours.h"
#include "common/tonestyle.h"
#include "connect/connectiondialog_p.h"
#include "connect/kubetargeteditor.h"
#include "connection/connectionuri.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "database/connectiontest.h"

#include <QColorDialog>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <optional>

namespace {

constexpr int NameRole = Qt::UserRole;
constexpr int ProductionRole = Qt::UserRole + 1;

QIcon colorSwatch(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(color).darker(130));
    painter.setBrush(QColor(color));
    painter.drawEllipse(QRectF(pixmap.rect()).adjusted(1.5, 1.5, -1.5, -1.5));
    return QIcon(pixmap);
}

} // namespace

using namespace ConnectionDialogParts;

ConnectionDialog::ConnectionDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_profiles(profiles)
    , m_credentials(credentials)
{
    setUpWidgets();
    connectSignals();
    reloadList();
    updateBackendHint();
    if (m_profiles->find(m_profiles->lastProfileName()))
        selectProfile(m_profiles->lastProfileName());
    else
        newProfile();
}

ConnectionDialog::~ConnectionDialog()
{
    // QDialog's destructor still hides the dialog, and a field losing focus then would call into the part of
    // this object that is already gone.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
    m_profiles->disconnect(this);
    m_credentials->disconnect(this);
    delete m_test.data(); // never waits for a connection attempt
}

void ConnectionDialog::setUpWidgets()
{
    m_ui->setupUi(this);
    QPushButton *connectButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    connectButton->setText(tr("&Connect"));
    connectButton->setDefault(true);

    const std::pair<QString, QString> sslModes[] = {{QStringLiteral("disable"), tr("Never use TLS")},
        {QStringLiteral("allow"), tr("Use TLS only when the server insists")},
        {QStringLiteral("prefer"), tr("Use TLS when the server offers it (libpq's default)")},
        {QStringLiteral("require"), tr("Always use TLS, without checking the server's certificate")},
        {QStringLiteral("verify-ca"), tr("Always use TLS, with a certificate signed by a trusted authority")},
        {QStringLiteral("verify-full"), tr("Always use TLS, with a trusted certificate for this very host name")}};
    for (const auto &[mode, description] : sslModes) {
        m_ui->sslModeCombo->addItem(mode, mode);
        m_ui->sslModeCombo->setItemData(m_ui->sslModeCombo->count() - 1, description, Qt::ToolTipRole);
    }
    m_ui->kindCombo->addItem(tr("Development"), int(ConnectionProfile::Kind::Development));
    m_ui->kindCombo->addItem(tr("Production"), int(ConnectionProfile::Kind::Production));

    ToneStyle::follow(m_ui->productionLabel, [](const QPalette &palette) {
        return Colours::badgeStyle(Colours::Tone::Danger, palette)
            + QStringLiteral(" QLabel { padding: 4px; border-radius: 3px; }");
    });
    m_ui->productionLabel->setVisible(false);
    m_ui->uriMessageLabel->setVisible(false);
    m_ui->splitter->setStretchFactor(1, 1);
}

void ConnectionDialog::connectSignals()
{
    connect(m_ui->profileList, &QListWidget::currentItemChanged, this, &ConnectionDialog::onCurrentProfileChanged);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);

    connect(m_ui->uriEdit, &QLineEdit::textEdited, this, &ConnectionDialog::onUriEdited);
    connect(m_ui->uriEdit, &QLineEdit::editingFinished, this, &ConnectionDialog::onUriEditingFinished);
    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &ConnectionDialog::onFormEdited);
        connect(edit, &QLineEdit::textEdited, edit, [edit] { edit->setStyleSheet({}); }); // fixed what was missing
    }
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectionDialog::onFormEdited);
    connect(m_ui->sslModeCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::onFormEdited);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateKindWidgets);
    connect(m_ui->kindCombo, &QComboBox::activated, this, [this] {
        m_kindAuto = false; // the user's choice wins over the names from now on
        onFormEdited();
    });
    connect(m_ui->kubeEditor, &KubeTargetEditor::edited, this, &ConnectionDialog::onKubeEdited);
    connect(m_ui->kubeEditor, &KubeTargetEditor::statusChanged, this, &ConnectionDialog::growToFit);
    connect(m_ui->kubeEditor, &KubeTargetEditor::fixedUserChosen, this, [this](const QString &user) {
        m_ui->userEdit->setText(user);
        onFormEdited();
    });
    // What the user types wins over a keychain answer still on its way.
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, [this] { ++m_passwordRequest; });
    connect(m_ui->colorButton, &QPushButton::clicked, this, &ConnectionDialog::chooseColor);
    connect(m_ui->colorResetButton, &QPushButton::clicked, this, [this] {
        m_color.clear();
        updateKindWidgets();
    });

    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::startTest);
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] {
        Q_EMIT demoRequested();
        QDialog::accept(); // the demo needs no form
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    connect(m_profiles, &ProfileStore::changed, this, &ConnectionDialog::reloadList);
    connect(m_credentials, &CredentialStore::backendChanged, this, &ConnectionDialog::updateBackendHint);
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile profile = m_base;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.host = m_ui->hostEdit->text().trimmed();
    profile.port = m_ui->portSpin->value();
    profile.database = m_ui->databaseEdit->text().trimmed();
    profile.user = m_ui->userEdit->text().trimmed();
    profile.sslMode = m_ui->sslModeCombo->currentData().toString();
    profile.kind = static_cast<ConnectionProfile::Kind>(m_ui->kindCombo->currentData().toInt());
    profile.color = m_color;
    profile.kube = m_ui->kubeEditor->target();
    return profile;
}

QString ConnectionDialog::password() const
{
    return m_ui->passwordEdit->text();
}

void ConnectionDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        QListWidgetItem *item = m_ui->profileList->item(row);
        if (item->data(NameRole).toString() != name)
            continue;
        {
            const QSignalBlocker blocker(m_ui->profileList);
            m_ui->profileList->setCurrentItem(item);
        }
        onCurrentProfileChanged(); // also when it was current already: the form may hold edits
        return;
    }
}

void ConnectionDialog::reloadList()
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        const QString text = profile.isProduction() ? tr("%1  [PROD]").arg(profile.name) : profile.name;
        auto *item = new QListWidgetItem(colorSwatch(profile.effectiveColor()), text, m_ui->profileList);
        item->setData(NameRole, profile.name);
        item->setToolTip(profile.displayTarget());
        item->setData(ProductionRole, profile.isProduction());
        if (profile.name == m_loadedName)
            m_ui->profileList->setCurrentItem(item);
    }
    colourProductionItems();
    m_ui->deleteButton->setEnabled(!m_loadedName.isEmpty());
}

void ConnectionDialog::colourProductionItems()
{
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        QListWidgetItem *item = m_ui->profileList->item(row);
        if (item->data(ProductionRole).toBool())
            item->setForeground(Colours::text(Colours::Tone::Danger, palette()));
    }
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // An item's colour is fixed once set: production profiles take the danger tone of the new palette.
    if (event->type() == QEvent::PaletteChange)
        colourProductionItems();
}

void ConnectionDialog::onCurrentProfileChanged()
{
    const QListWidgetItem *item = m_ui->profileList->currentItem();
    const auto profile = item ? m_profiles->find(item->data(NameRole).toString()) : std::nullopt;
    if (!profile)
        return;
    m_loadedName = profile->name;
    m_ui->deleteButton->setEnabled(true);
    loadIntoForm(*profile);
    rewriteUri();
    loadPassword(profile->credentialKey());
}

void ConnectionDialog::loadIntoForm(const ConnectionProfile &profile)
{
    {
        const QScopedValueRollback syncing(m_syncing, true);
        m_base = profile;
        m_color = profile.color;
        m_ui->nameEdit->setText(profile.name);
        m_ui->hostEdit->setText(profile.host);
        m_ui->portSpin->setValue(profile.port);
        m_ui->databaseEdit->setText(profile.database);
        m_ui->userEdit->setText(profile.user);
        setComboData(m_ui->sslModeCombo, profile.sslMode);
        setComboData(m_ui->kindCombo, int(profile.kind));
        m_ui->kubeEditor->setTarget(profile.kube);
        m_kubeMode = profile.kube.isSet();
        m_kindAuto = profile.isProduction() == m_ui->kubeEditor->namesProduction();
        m_ui->passwordEdit->clear();
        for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit})
            edit->setStyleSheet({});
    }
    ++m_passwordRequest;
    showUriMessage({}, Tone::Neutral);
    setStatus({}, Tone::Neutral);
    updateKubeWidgets();
    updateKindWidgets();
}

void ConnectionDialog::loadPassword(const QString &key)
{
    const int request = ++m_passwordRequest;
    m_credentials->readPassword(key, this, [this, request](std::optional<QString> password, const Error &error) {
        if (request != m_passwordRequest)
            return; // another profile was chosen, or the user typed, meanwhile
        if (password)
            m_ui->passwordEdit->setText(*password);
        else if (error)
            setStatus(error.toString(), Tone::Neutral);
    });
}

void ConnectionDialog::newProfile()
{
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentItem(nullptr);
    }
    m_loadedName.clear();
    m_ui->deleteButton->setEnabled(false);
    loadIntoForm(ConnectionProfile {});
    setUriText({}); // empty, ready for a paste
    m_ui->nameEdit->setFocus();
}

void ConnectionDialog::duplicateProfile()
{
    ConnectionProfile copy = profile();
    const QString base = copy.name.isEmpty() ? tr("Connection") : copy.name;
    copy.name = tr("%1 (copy)").arg(base);
    for (int n = 2; m_profiles->find(copy.name); ++n)
        copy.name = tr("%1 (copy %2)").arg(base).arg(n);
    const QString previous = m_loadedName;
    m_loadedName.clear(); // saved as a new profile, the original stays as it is
    if (!saveProfile(copy)) {
        m_loadedName = previous;
        return;
    }
    const QString typed = password();
    reloadList();
    selectProfile(copy.name);
    // Same user@host:port/database, same password: keep what the field held rather than wait for the keychain.
    m_ui->passwordEdit->setText(typed);
    ++m_passwordRequest;
}

void ConnectionDialog::deleteProfile()
{
    const QString name = m_loadedName;
    if (name.isEmpty())
        return;
    const int row = m_ui->profileList->currentRow();
    Error error;
    m_loadedName.clear();
    if (!m_profiles->remove(name, &error)) {
        m_loadedName = name;
        setStatus(error.toString(), Tone::Bad);
        return;
    }
    // The password stays in the keychain: another profile may reach the same user@host:port/database.
    reloadList();
    if (m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(qBound(0, row, m_ui->profileList->count() - 1));
    else
        newProfile();
    setStatus(tr("Deleted “%1”.").arg(name), Tone::Neutral);
}

void ConnectionDialog::onFormEdited()
{
    if (m_syncing)
        return;
    rewriteUri();
    showUriMessage({}, Tone::Neutral);
}

// Word-wrapped lines (the TLS note, kubectl's words, a long error) need more height than the layouts' minimum
// says: the dialog grows for them rather than squeezing the form.
void ConnectionDialog::growToFit()
{
    QLayout *form = m_ui->formPane->layout();
    const int needed = form->hasHeightForWidth() ? form->totalHeightForWidth(m_ui->formPane->width())
                                                 : form->totalSizeHint().height();
    if (isVisible() && needed > m_ui->formPane->height())
        resize(width(), height() + needed - m_ui->formPane->height());
}

void ConnectionDialog::applyImpliedKind()
{
    if (m_kindAuto)
        setComboData(m_ui->kindCombo,
            int(m_ui->kubeEditor->namesProduction() ? ConnectionProfile::Kind::Production
                                                    : ConnectionProfile::Kind::Development));
}

void ConnectionDialog::updateKindWidgets()
{
    const ConnectionProfile current = profile();
    m_ui->productionLabel->setVisible(current.isProduction());
    m_ui->colorButton->setIcon(colorSwatch(current.effectiveColor()));
    m_ui->colorResetButton->setEnabled(!m_color.isEmpty());
}

void ConnectionDialog::chooseColor()
{
    // Not exec(): a nested event loop would let the Test result and keychain answers arrive in odd places.
    auto *dialog = new QColorDialog(QColor(profile().effectiveColor()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Connection Colour"));
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &color) {
        m_color = color.name();
        updateKindWidgets();
    });
    dialog->open();
}

void ConnectionDialog::updateBackendHint()
{
    const bool keychain = m_credentials->backend() != CredentialStore::Backend::MemoryOnly;
    m_ui->rememberCheck->setEnabled(keychain);
    m_ui->rememberCheck->setToolTip(keychain ? tr("The password goes to the system keychain, never to a file.")
                                             : tr("No keychain is available: the password is kept for this "
                                                  "session only."));
}

bool ConnectionDialog::validate()
{
    // An empty host is not missing: like psql, libpq then uses the local Unix socket (the field's placeholder).
    // Through Kubernetes the Secret may give user and database; then the database defaults to the user's name.
    const KubeTarget kube = m_ui->kubeEditor->target();
    const bool userFromSecret
        = m_kubeMode && kube.credentials == KubeTarget::Credentials::Secret && !kube.userKey.isEmpty();
    const std::pair<QLineEdit *, QString> required[]
        = {{m_ui->databaseEdit, tr("database")}, {m_ui->userEdit, tr("user")}};
    QStringList missing = m_kubeMode ? m_ui->kubeEditor->missingFields() : QStringList();
    QWidget *first = missing.isEmpty() ? nullptr : m_ui->kubeEditor;
    for (const auto &[edit, label] : required) {
        const bool optional = m_kubeMode && (edit == m_ui->databaseEdit || userFromSecret);
        const bool empty = !optional && edit->text().trimmed().isEmpty();
        if (empty)
            ToneStyle::follow(edit, &Colours::missingFieldStyle);
        else
            ToneStyle::clear(edit);
        if (empty) {
            missing << label;
            first = first ? first : edit;
        }
    }
    if (missing.isEmpty())
        return true;
    setStatus(tr("Please fill in: %1.").arg(missing.join(tr(", "))), Tone::Bad);
    first->setFocus();
    return false;
}

bool ConnectionDialog::saveProfile(const ConnectionProfile &profile)
{
    // Typing the name of another saved profile must not overwrite it.
    if (profile.name != m_loadedName && m_profiles->find(profile.name)) {
        setStatus(tr("A connection named “%1” exists already; choose another name.").arg(profile.name), Tone::Bad);
        m_ui->nameEdit->setFocus();
        return false;
    }
    const QString previous = m_loadedName;
    m_loadedName = profile.name; // so that the list, reloaded on the store's change, selects it
    Error error;
    const bool saved
        = previous.isEmpty() ? m_profiles->save(profile, &error) : m_profiles->replace(previous, profile, &error);
    if (!saved) {
        m_loadedName = previous;
        setStatus(error.toString(), Tone::Bad);
    }
    return saved;
}

void ConnectionDialog::storePassword(const ConnectionProfile &profile)
{
    const QString password = m_ui->passwordEdit->text();
    if (password.isEmpty() || (profile.kube.isSet() && profile.kube.credentials == KubeTarget::Credentials::Secret))
        return; // trust, peer, a .pgpass or a Secret: nothing to keep
    const QString key = profile.credentialKey();
    if (m_ui->rememberCheck->isChecked() && m_ui->rememberCheck->isEnabled()) {
        m_credentials->writePassword(key, password);
    } else {
        // "Don't remember" also means: forget what an earlier run kept in the keychain.
        m_credentials->removePassword(key);
        m_credentials->rememberForSession(key, password);
    }
}

void ConnectionDialog::accept()
{
    if (!validate())
        return;
    const ConnectionProfile current = profile();
    Error error;
    if (!current.name.isEmpty() && (!saveProfile(current) || !m_profiles->setLastProfileName(current.name, &error))) {
        if (error)
            setStatus(error.toString(), Tone::Bad); // else saveProfile() said why
        return;
    }
    storePassword(current);
    QDialog::accept();
}

void ConnectionDialog::startTest()
{
    if (m_test || !validate())
        return;
    const ConnectionProfile current = profile();
    m_test = new ConnectionTest(current, password(), this);
    connect(m_test, &ConnectionTest::progress, this, [this](const QString &step) { setStatus(step, Tone::Neutral); });
    connect(m_test, &ConnectionTest::finished, this, [this](bool ok, const QString &message) {
        m_test->deleteLater(); // not from inside its own signal
        m_test = nullptr;
        m_ui->testButton->setEnabled(true);
        m_ui->testButton->setText(tr("&Test"));
        setStatus(message, ok ? Tone::Good : Tone::Bad);
    });
    m_ui->testButton->setEnabled(false);
    m_ui->testButton->setText(tr("Testing…"));
    setStatus(tr("Connecting to %1…").arg(current.displayTarget()), Tone::Neutral);
    m_test->start();
}

void ConnectionDialog::setStatus(const QString &text, Tone tone)
{
    static const char *const names[] = {"neutral", "good", "bad"};
    m_ui->statusLabel->setProperty("tone", QLatin1String(names[int(tone)])); // for tests and style sheets
    styleLabel(m_ui->statusLabel, text,
        tone == Tone::Bad        ? std::optional(Colours::Tone::Danger)
            : tone == Tone::Good ? std::optional(Colours::Tone::Success)
                                 : std::nullopt);
    growToFit();
}
