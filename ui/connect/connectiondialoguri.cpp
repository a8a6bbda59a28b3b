#include "connectiondialog.h"
#include "ui_connectiondialog.h"

#include "connect/connectiondialog_p.h"
#include "connect/kubetargeteditor.h"
#include "connection/connectionuri.h"

#include <QRegularExpression>
#include <QScopedValueRollback>

// The connection dialog's address field (postgresql://, key=value or k8s://) and its Kubernetes part: the
// address fills the form, the form rewrites the address, and a password never stays on screen.

using namespace ConnectionDialogParts;

namespace {

const QString Masked = QStringLiteral("•••");

// What may be a password in what the user typed, kept out of messages even if the parser misreads a half-typed
// string: "postgresql://bob:secr" has no '@' yet, so "secr" looks like a port.
QStringList passwordCandidates(const QString &text)
{
    static const QRegularExpression patterns[]
        = {QRegularExpression(QStringLiteral("://[^:/?#@]*:(.*)@")), // user:password@ (to the last @)
            QRegularExpression(QStringLiteral("://[^:/?#@]*:([^@/?]*)[^@]*$")), // user:passw, no '@' yet
            QRegularExpression(QStringLiteral("\\bpassword\\s*=\\s*'?([^'\\s]*)"))}; // key=value form
    QStringList candidates;
    for (const QRegularExpression &pattern : patterns) {
        const QString candidate = pattern.match(text).captured(1);
        if (!candidate.isEmpty())
            candidates << candidate;
    }
    return candidates;
}

// Whole tokens only, so that a short candidate such as a port "5" does not mangle "65535" in the message.
QString masked(QString message, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        const QRegularExpression token(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(secret)));
        message.replace(token, Masked);
    }
    return message;
}

} // namespace

void ConnectionDialog::onUriEdited(const QString &text)
{
    const bool pasted = text.size() - m_uriLength > 1;
    m_uriLength = text.size();
    if (text.trimmed().isEmpty()) {
        showUriMessage({}, Tone::Neutral);
        return;
    }
    const ConnectionUri::Result result = ConnectionUri::parse(text);
    QStringList secrets = passwordCandidates(text);
    if (result.hasPassword && !result.password.isEmpty())
        secrets.prepend(result.password);
    if (!result.ok) {
        showUriMessage(masked(result.error.toString(), secrets), Tone::Bad);
        return;
    }
    {
        const QScopedValueRollback syncing(m_syncing, true);
        m_base.options = result.profile.options;
        m_ui->hostEdit->setText(result.profile.host);
        m_ui->portSpin->setValue(result.profile.port);
        m_ui->databaseEdit->setText(result.profile.database);
        m_ui->userEdit->setText(result.profile.user);
        setComboData(m_ui->sslModeCombo, result.profile.sslMode);
        // A k8s:// address turns the Kubernetes part on and fills it; a postgresql:// one turns it off.
        m_ui->kubeEditor->setTarget(result.profile.kube);
        m_kubeMode = result.profile.kube.isSet();
        if (m_kubeMode) {
            setComboData(m_ui->kindCombo, int(result.profile.kind));
            m_kindAuto = result.profile.isProduction() == m_ui->kubeEditor->namesProduction();
        }
        if (result.hasPassword) {
            m_ui->passwordEdit->setText(result.password);
            ++m_passwordRequest;
        }
    }
    updateKubeWidgets();
    showUriMessage(masked(result.warnings.join(QLatin1Char('\n')), secrets), Tone::Neutral);
    // A pasted password leaves the screen at once; a typed one when the user is done typing.
    if (pasted && result.hasPassword)
        rewriteUri();
}

void ConnectionDialog::onUriEditingFinished()
{
    const ConnectionUri::Result result = ConnectionUri::parse(m_ui->uriEdit->text());
    if (result.ok && result.hasPassword)
        rewriteUri();
}

void ConnectionDialog::showUriMessage(const QString &text, Tone tone)
{
    styleLabel(m_ui->uriMessageLabel, text, tone == Tone::Bad ? Colours::Tone::Danger : Colours::Tone::Warning);
    m_ui->uriMessageLabel->setVisible(!text.isEmpty());
}

void ConnectionDialog::setUriText(const QString &text)
{
    m_ui->uriEdit->setText(text);
    m_uriLength = text.size();
}

void ConnectionDialog::rewriteUri()
{
    // A Kubernetes profile without a target yet has no address to show.
    const ConnectionProfile current = profile();
    setUriText(m_kubeMode && !current.kube.isSet() ? QString() : ConnectionUri::format(current));
}

void ConnectionDialog::onKubeEdited()
{
    const bool switched = m_ui->kubeEditor->isChecked() != m_kubeMode;
    if (switched) {
        m_kubeMode = !m_kubeMode;
        // Through the forward TLS is off by default (the traffic is inside kubectl's TLS connection already, and a
        // TLS session's reset kills the forward); the user's own choice of mode stays.
        const QString mode = m_ui->sslModeCombo->currentData().toString();
        if (m_kubeMode && mode == QLatin1String("prefer"))
            setComboData(m_ui->sslModeCombo, QStringLiteral("disable"));
        else if (!m_kubeMode && mode == QLatin1String("disable"))
            setComboData(m_ui->sslModeCombo, QStringLiteral("prefer"));
    }
    applyImpliedKind();
    updateKubeWidgets();
    if (switched)
        growToFit();
    onFormEdited();
}

// Host and port are the forward's in a Kubernetes profile; user and password may come from the Secret.
void ConnectionDialog::updateKubeWidgets()
{
    m_ui->formLayout->setRowVisible(m_ui->hostEdit, !m_kubeMode);
    m_ui->formLayout->setRowVisible(m_ui->portSpin, !m_kubeMode);
    const KubeTarget target = m_ui->kubeEditor->target();
    const bool fromSecret = m_kubeMode && target.credentials == KubeTarget::Credentials::Secret;
    const bool userFromSecret = fromSecret && !target.userKey.isEmpty();
    const QString fromSecretText = tr("read from the Secret at connect time");
    m_ui->userEdit->setEnabled(!userFromSecret);
    m_ui->userEdit->setPlaceholderText(userFromSecret ? fromSecretText : QString());
    m_ui->passwordEdit->setEnabled(!fromSecret);
    m_ui->passwordEdit->setPlaceholderText(fromSecret ? fromSecretText : QString());
    m_ui->formLayout->setRowVisible(m_ui->rememberCheck, !fromSecret);
    m_ui->databaseEdit->setPlaceholderText(
        m_kubeMode ? tr("from the Secret's uri or dbname key, else the user's name") : QString());
}
