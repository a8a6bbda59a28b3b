#include "kubetargeteditor.h"
#include "ui_kubetargeteditor.h"

#include "common/colours.h"
#include "common/tonestyle.h"
#include "connect/kubetargeteditor_p.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QStringListModel>

using namespace KubeTargetEditorParts;

namespace {

QString defaultKubeconfig()
{
    const QString variable = qEnvironmentVariable("KUBECONFIG");
    return variable.isEmpty() ? QDir::homePath() + QStringLiteral("/.kube/config") : variable;
}

} // namespace

KubeTargetEditor::KubeTargetEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::KubeTargetEditor>())
    , m_secretNames(new QStringListModel(this))
    , m_listings(new KubeListings(this))
{
    setUpWidgets();
    connectSignals();
    updateCredentialWidgets();
}

KubeTargetEditor::~KubeTargetEditor()
{
    // The kubectl runs end with the listings. A field losing focus while the widgets go must not call
    // into the part of this object that is already gone.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void KubeTargetEditor::setUpWidgets()
{
    m_ui->setupUi(this);
    m_ui->kubeconfigEdit->setPlaceholderText(tr("%1 (default)").arg(defaultKubeconfig()));
    const std::pair<QComboBox *, QString> combos[] = {{m_ui->contextCombo, tr("the kubeconfig's current context")},
        {m_ui->namespaceCombo, tr("choose or type a namespace")}, {m_ui->targetCombo, tr("svc/<name> or pod/<name>")},
        {m_ui->targetPortCombo, tr("automatic (named postgres or postgresql, or 5432)")}};
    for (const auto &[combo, placeholder] : combos)
        combo->lineEdit()->setPlaceholderText(placeholder);
    auto *completer = new QCompleter(m_secretNames, m_ui->secretEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->secretEdit->setCompleter(completer);
    m_ui->kubeSslLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->kubeStatusLabel->setVisible(false);
    m_ui->content->setVisible(false);
}

void KubeTargetEditor::connectSignals()
{
    connect(m_ui->kubeCheck, &QCheckBox::toggled, this, &KubeTargetEditor::onToggled);
    connect(m_listings, &KubeListings::contextsListed, this, &KubeTargetEditor::showContexts);
    connect(m_listings, &KubeListings::namespacesListed, this, &KubeTargetEditor::showNamespaces);
    connect(m_listings, &KubeListings::targetsListed, this, &KubeTargetEditor::showTargets);
    connect(m_ui->kubeconfigBrowseButton, &QPushButton::clicked, this, &KubeTargetEditor::browseKubeconfig);
    connect(m_ui->kubeRefreshButton, &QPushButton::clicked, this, &KubeTargetEditor::refresh);
    connect(m_ui->kubeconfigEdit, &QLineEdit::textEdited, this, &KubeTargetEditor::changed);
    connect(m_ui->kubeconfigEdit, &QLineEdit::editingFinished, this, &KubeTargetEditor::syncLists);

    // Contexts and namespaces: typing marks them chosen; the lists follow when the choice is made.
    for (QComboBox *combo : {m_ui->contextCombo, m_ui->namespaceCombo}) {
        const bool context = combo == m_ui->contextCombo;
        connect(combo->lineEdit(), &QLineEdit::textEdited, this, [this, context, combo] {
            if (context)
                m_contextAuto = false;
            combo->lineEdit()->setStyleSheet({});
            changed();
        });
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, &KubeTargetEditor::syncLists);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, context] {
            if (m_syncing)
                return;
            if (context)
                m_contextAuto = false;
            syncLists();
            changed();
        });
    }

    connect(m_ui->targetCombo, &QComboBox::currentIndexChanged, this, &KubeTargetEditor::onTargetChosen);
    connect(m_ui->targetCombo->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_targetAuto = false;
        m_ui->targetCombo->lineEdit()->setStyleSheet({});
        changed();
    });
    connect(m_ui->targetCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_syncing)
            fillPorts();
    });
    connect(m_ui->targetPortCombo->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_portAuto = false;
        changed();
    });
    connect(m_ui->targetPortCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing)
            return;
        m_portAuto = false;
        changed();
    });

    connect(m_ui->secretRadio, &QRadioButton::toggled, this, [this] {
        updateCredentialWidgets();
        changed();
    });
    for (QLineEdit *edit : {m_ui->secretEdit, m_ui->userKeyEdit, m_ui->passwordKeyEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            edit->setStyleSheet({});
            changed();
        });
    }
}

bool KubeTargetEditor::isChecked() const
{
    return m_ui->kubeCheck->isChecked();
}

void KubeTargetEditor::setChecked(bool on)
{
    m_ui->kubeCheck->setChecked(on);
}

KubeTarget KubeTargetEditor::target() const
{
    if (!isChecked())
        return {};
    KubeTarget target;
    target.kubeconfig = m_ui->kubeconfigEdit->text().trimmed();
    target.context = m_ui->contextCombo->currentText().trimmed();
    target.ns = m_ui->namespaceCombo->currentText().trimmed();
    const QString resource = this->resource();
    const qsizetype slash = resource.indexOf(QLatin1Char('/'));
    const QString kind = slash < 0 ? QString() : resource.left(slash).toLower();
    target.kind = kind == QLatin1String("pod") || kind == QLatin1String("pods") || kind == QLatin1String("po")
        ? KubeTarget::Kind::Pod
        : KubeTarget::Kind::Service;
    target.name = resource.mid(slash + 1);
    target.port = portValue();
    target.credentials
        = m_ui->secretRadio->isChecked() ? KubeTarget::Credentials::Secret : KubeTarget::Credentials::Typed;
    target.secret = m_ui->secretEdit->text().trimmed();
    target.userKey = m_ui->userKeyEdit->text().trimmed();
    target.passwordKey = m_ui->passwordKeyEdit->text().trimmed();
    return target;
}

void KubeTargetEditor::setTarget(const KubeTarget &target)
{
    {
        const QScopedValueRollback syncing(m_syncing, true);
        setChecked(target.isSet());
        m_ui->kubeconfigEdit->setText(target.kubeconfig);
        m_ui->contextCombo->setEditText(target.context);
        m_ui->namespaceCombo->setEditText(target.ns);
        selectOrType(m_ui->targetCombo, {}, target.isSet() ? target.resourceName() : QString());
        fillPorts();
        selectOrType(m_ui->targetPortCombo, {}, target.port);
        (target.credentials == KubeTarget::Credentials::Secret ? m_ui->secretRadio : m_ui->typedRadio)
            ->setChecked(true);
        m_ui->secretEdit->setText(target.secret);
        m_ui->userKeyEdit->setText(target.userKey);
        m_ui->passwordKeyEdit->setText(target.passwordKey);
        for (QWidget *field : {static_cast<QWidget *>(m_ui->namespaceCombo->lineEdit()),
                 static_cast<QWidget *>(m_ui->targetCombo->lineEdit()), static_cast<QWidget *>(m_ui->secretEdit),
                 static_cast<QWidget *>(m_ui->passwordKeyEdit)})
            field->setStyleSheet({});
        m_contextAuto = m_targetAuto = m_portAuto = !target.isSet();
    }
    updateCredentialWidgets();
    syncLists();
}

QStringList KubeTargetEditor::missingFields()
{
    const KubeTarget current = target();
    QStringList missing;
    const auto check = [&](QWidget *field, bool empty, const QString &label) {
        if (empty) {
            ToneStyle::follow(field, &Colours::missingFieldStyle);
            missing << label;
        } else {
            ToneStyle::clear(field);
        }
    };
    check(m_ui->namespaceCombo->lineEdit(), current.ns.isEmpty(), tr("namespace"));
    check(m_ui->targetCombo->lineEdit(), current.name.isEmpty(), tr("Service or pod"));
    const bool fromSecret = current.credentials == KubeTarget::Credentials::Secret;
    check(m_ui->secretEdit, fromSecret && current.secret.isEmpty(), tr("Secret name"));
    check(m_ui->passwordKeyEdit, fromSecret && current.passwordKey.isEmpty(), tr("the Secret's password key"));
    return missing;
}

bool KubeTargetEditor::namesProduction() const
{
    const KubeTarget current = target();
    return isChecked() && (KubeTarget::namesProduction(current.ns) || KubeTarget::namesProduction(current.context));
}

bool KubeTargetEditor::isLoading() const
{
    return m_listings->isBusy();
}

void KubeTargetEditor::refresh()
{
    m_listed = false;
    syncLists();
}

void KubeTargetEditor::onToggled(bool on)
{
    m_ui->content->setVisible(on);
    Q_EMIT toggled(on);
    if (m_syncing)
        return;
    m_listed = false; // fresh lists each time
    syncLists();
    changed();
}

void KubeTargetEditor::browseKubeconfig()
{
    // Not exec(): a nested event loop would deliver kubectl's answers in odd places.
    const QString current = m_ui->kubeconfigEdit->text().isEmpty() ? defaultKubeconfig() : m_ui->kubeconfigEdit->text();
    auto *dialog = new QFileDialog(this, tr("Choose a kubeconfig"), QFileInfo(current).absolutePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_ui->kubeconfigEdit->setText(path);
        syncLists();
        changed();
    });
    dialog->open();
}

// Asks kubectl for whichever lists no longer match the form: all of them for another kubeconfig, namespaces
// and targets for another context, targets for another namespace.
void KubeTargetEditor::syncLists()
{
    if (!isChecked())
        return;
    if (m_listed && m_contextAuto && m_ui->kubeconfigEdit->text().trimmed() != m_listedKubeconfig) {
        // Another kubeconfig: the current context preselected from the last one may not be in it.
        const QScopedValueRollback syncing(m_syncing, true);
        m_ui->contextCombo->setCurrentIndex(-1);
        m_ui->contextCombo->setEditText({});
    }
    const KubeTarget current = target();
    const bool all = !m_listed || current.kubeconfig != m_listedKubeconfig;
    const bool otherNamespace = current.ns != m_listedNamespace;
    if (all)
        m_listings->listContexts(current.kubeconfig);
    if (all || current.context != m_listedContext)
        m_listings->listNamespaces(current.kubeconfig, current.context);
    if (all || current.context != m_listedContext || current.ns != m_listedNamespace)
        m_listings->listTargets(current.kubeconfig, current.context, current.ns);
    m_listed = true;
    m_listedKubeconfig = current.kubeconfig;
    m_listedContext = current.context;
    m_listedNamespace = current.ns;
    if (otherNamespace)
        updateNamespaceMessage();
}

void KubeTargetEditor::showContexts(const QStringList &contexts, const QString &current, const QString &problem)
{
    setMessage(Contexts, problem, true);
    {
        const QScopedValueRollback syncing(m_syncing, true);
        const QString text = m_ui->contextCombo->currentText();
        m_ui->contextCombo->clear();
        m_ui->contextCombo->addItems(contexts);
        selectOrType(m_ui->contextCombo, text, {});
        m_ui->contextCombo->setEditText(text);
        m_ui->contextCombo->lineEdit()->setPlaceholderText(
            current.isEmpty() ? tr("the kubeconfig's current context") : tr("current: %1").arg(current));
    }
    if (!m_contextAuto || !m_ui->contextCombo->currentText().isEmpty() || current.isEmpty())
        return;
    {
        const QScopedValueRollback syncing(m_syncing, true);
        m_ui->contextCombo->setCurrentIndex(m_ui->contextCombo->findText(current));
        m_ui->contextCombo->setEditText(current);
    }
    // The lists asked for without --context are the current context's already.
    m_listedContext = current;
    changed();
}

void KubeTargetEditor::showNamespaces(const QStringList &namespaces, const QString &problem, bool failed)
{
    m_namespacesProblem = problem;
    m_namespacesFailed = failed;
    {
        const QScopedValueRollback syncing(m_syncing, true);
        const QString text = m_ui->namespaceCombo->currentText();
        m_ui->namespaceCombo->clear();
        m_ui->namespaceCombo->addItems(namespaces);
        selectOrType(m_ui->namespaceCombo, text, {});
        m_ui->namespaceCombo->setEditText(text);
        m_ui->namespaceCombo->lineEdit()->setPlaceholderText(
            problem.isEmpty() ? tr("choose or type a namespace") : tr("type the namespace's name"));
    }
    updateNamespaceMessage();
}

// The namespaces' own problem, or a namespace the list does not know (a typing mistake, another cluster).
void KubeTargetEditor::updateNamespaceMessage()
{
    const QString ns = m_ui->namespaceCombo->currentText().trimmed();
    const bool unknown = m_ui->namespaceCombo->count() > 0 && !ns.isEmpty() && m_ui->namespaceCombo->findText(ns) < 0;
    if (unknown)
        setMessage(Namespaces, tr("There is no namespace %1 in this cluster.").arg(ns), true);
    else
        setMessage(Namespaces, m_namespacesProblem, m_namespacesFailed);
}

void KubeTargetEditor::updateCredentialWidgets()
{
    const bool fromSecret = m_ui->secretRadio->isChecked();
    for (QLineEdit *edit : {m_ui->secretEdit, m_ui->userKeyEdit, m_ui->passwordKeyEdit})
        edit->setEnabled(fromSecret);
}

void KubeTargetEditor::setMessage(Level level, const QString &text, bool bad)
{
    m_messages[level] = text;
    m_messageBad[level] = bad && !text.isEmpty();
    QStringList lines;
    bool anyBad = false;
    for (int i = 0; i < LevelCount; ++i) {
        if (!m_messages[i].isEmpty())
            lines << m_messages[i];
        anyBad = anyBad || m_messageBad[i];
    }
    lines.removeDuplicates(); // kubectl missing, or the context unknown, is said once
    QLabel *label = m_ui->kubeStatusLabel;
    ToneStyle::apply(label, anyBad ? Colours::Tone::Danger : Colours::Tone::Warning);
    label->setProperty("bad", anyBad); // for tests and style sheets
    const QString status = lines.join(QLatin1Char('\n'));
    if (status == label->text())
        return;
    label->setText(status);
    label->setVisible(!status.isEmpty());
    Q_EMIT statusChanged(status);
}

void KubeTargetEditor::changed()
{
    if (!m_syncing)
        Q_EMIT edited();
}
