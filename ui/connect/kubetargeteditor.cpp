#include "kubetargeteditor.h"

#include "common/colours.h"
#include "common/whenfinished.h"
#include "kube/kubectl.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QStringListModel>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <optional>

namespace {

constexpr int ValueRole = Qt::UserRole; // "svc/name" in the target list, the port's name or number in the port list
constexpr int PresetRole = Qt::UserRole + 1; // the preset's index in the target list, -1 for plain objects

// The value of an editable combo: the chosen item's, or the first word of what was typed ("svc/x — 5432").
QString comboValue(const QComboBox *combo)
{
    const int index = combo->currentIndex();
    if (index >= 0 && combo->itemText(index) == combo->currentText())
        return combo->itemData(index, ValueRole).toString();
    return combo->currentText().trimmed().section(QLatin1Char(' '), 0, 0);
}

// Chooses the item whose text, else value, is this; else leaves it typed.
void selectOrType(QComboBox *combo, const QString &text, const QString &value)
{
    int index = text.isEmpty() ? -1 : combo->findText(text);
    if (index < 0 && !value.isEmpty())
        index = combo->findData(value, ValueRole);
    combo->setCurrentIndex(index);
    if (index < 0)
        combo->setEditText(value);
}

QString portText(const KubeObjects::Port &port)
{
    return port.name.isEmpty() ? QString::number(port.port) : QStringLiteral("%1:%2").arg(port.name).arg(port.port);
}

QString itemText(const QString &resource, const QList<KubeObjects::Port> &ports)
{
    QStringList texts;
    for (const KubeObjects::Port &port : ports)
        texts << portText(port);
    return texts.isEmpty() ? resource : QStringLiteral("%1 — %2").arg(resource, texts.join(QStringLiteral(", ")));
}

QComboBox *editableCombo(const QString &placeholder)
{
    auto *combo = new QComboBox;
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    combo->lineEdit()->setPlaceholderText(placeholder);
    return combo;
}

QString defaultKubeconfig()
{
    const QString variable = qEnvironmentVariable("KUBECONFIG");
    return variable.isEmpty() ? QDir::homePath() + QStringLiteral("/.kube/config") : variable;
}

} // namespace

// The three answers a namespace's target list needs (Services, pods, Secret names), gathered as they arrive.
struct KubeTargetEditor::TargetLists
{
    int answers = 0;
    QList<KubeObjects::Service> services;
    QList<KubeObjects::Pod> pods;
    QStringList secretNames; // names only: the Secrets' data is never kept
    QStringList problems;
    bool bad = false;
};

KubeTargetEditor::KubeTargetEditor(QWidget *parent)
    : QGroupBox(tr("Connect through &Kubernetes"), parent)
    , m_secretNames(new QStringListModel(this))
{
    setCheckable(true);
    setChecked(false);
    buildForm();
    connectSignals();
    updateCredentialWidgets();
}

KubeTargetEditor::~KubeTargetEditor()
{
    // The kubectl runs end with their Kubectl objects. A field losing focus while the widgets go must not call
    // into the part of this object that is already gone.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void KubeTargetEditor::buildForm()
{
    m_content = new QWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_content);
    auto *form = new QFormLayout(m_content);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_kubeconfigEdit = new QLineEdit;
    m_kubeconfigEdit->setObjectName(QStringLiteral("kubeconfigEdit"));
    m_kubeconfigEdit->setPlaceholderText(tr("%1 (default)").arg(defaultKubeconfig()));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("kubeconfigBrowseButton"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &KubeTargetEditor::browseKubeconfig);
    auto *kubeconfigRow = new QHBoxLayout;
    kubeconfigRow->addWidget(m_kubeconfigEdit, 1);
    kubeconfigRow->addWidget(browse);
    auto *kubeconfigLabel = new QLabel(tr("Kube&config:"));
    kubeconfigLabel->setBuddy(m_kubeconfigEdit);
    form->addRow(kubeconfigLabel, kubeconfigRow);

    m_contextCombo = editableCombo(tr("the kubeconfig's current context"));
    m_contextCombo->setObjectName(QStringLiteral("contextCombo"));
    m_refreshButton = new QPushButton(tr("&Refresh"));
    m_refreshButton->setObjectName(QStringLiteral("kubeRefreshButton"));
    m_refreshButton->setAutoDefault(false);
    m_refreshButton->setToolTip(tr("Ask kubectl again for contexts, namespaces, Services and pods"));
    auto *contextRow = new QHBoxLayout;
    contextRow->addWidget(m_contextCombo, 1);
    contextRow->addWidget(m_refreshButton);
    auto *contextLabel = new QLabel(tr("Con&text:"));
    contextLabel->setBuddy(m_contextCombo);
    form->addRow(contextLabel, contextRow);

    m_namespaceCombo = editableCombo(tr("choose or type a namespace"));
    m_namespaceCombo->setObjectName(QStringLiteral("namespaceCombo"));
    form->addRow(tr("&Namespace:"), m_namespaceCombo);

    m_targetCombo = editableCombo(tr("svc/<name> or pod/<name>"));
    m_targetCombo->setObjectName(QStringLiteral("targetCombo"));
    m_targetCombo->setToolTip(tr("The Service or pod the port-forward goes to. Layouts of the usual operators "
                                 "found in the namespace come first and also fill port, Secret and keys."));
    form->addRow(tr("T&arget:"), m_targetCombo);

    m_portCombo = editableCombo(tr("automatic (named postgres or postgresql, or 5432)"));
    m_portCombo->setObjectName(QStringLiteral("targetPortCombo"));
    form->addRow(tr("Target p&ort:"), m_portCombo);

    m_secretRadio = new QRadioButton(tr("From a &Secret"));
    m_secretRadio->setObjectName(QStringLiteral("secretRadio"));
    m_secretRadio->setToolTip(tr("Read at connect time, kept in memory only: never written to disk, logs or "
                                 "history."));
    m_typedRadio = new QRadioButton(tr("T&yped or from the keychain"));
    m_typedRadio->setObjectName(QStringLiteral("typedRadio"));
    auto *credentialsGroup = new QButtonGroup(this);
    credentialsGroup->addButton(m_secretRadio);
    credentialsGroup->addButton(m_typedRadio);
    m_secretRadio->setChecked(true);
    auto *credentialsRow = new QHBoxLayout;
    credentialsRow->addWidget(m_secretRadio);
    credentialsRow->addWidget(m_typedRadio);
    credentialsRow->addStretch(1);
    form->addRow(tr("Credentials:"), credentialsRow);

    const KubeTarget defaults;
    m_secretEdit = new QLineEdit(defaults.secret);
    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    auto *completer = new QCompleter(m_secretNames, m_secretEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_secretEdit->setCompleter(completer);
    form->addRow(tr("Secret na&me:"), m_secretEdit);

    m_userKeyEdit = new QLineEdit(defaults.userKey);
    m_userKeyEdit->setObjectName(QStringLiteral("userKeyEdit"));
    m_userKeyEdit->setPlaceholderText(tr("none: the user below"));
    m_passwordKeyEdit = new QLineEdit(defaults.passwordKey);
    m_passwordKeyEdit->setObjectName(QStringLiteral("passwordKeyEdit"));
    auto *keysRow = new QHBoxLayout;
    keysRow->addWidget(new QLabel(tr("user:")));
    keysRow->addWidget(m_userKeyEdit, 1);
    keysRow->addWidget(new QLabel(tr("password:")));
    keysRow->addWidget(m_passwordKeyEdit, 1);
    auto *keysLabel = new QLabel(tr("Secret &keys:"));
    keysLabel->setBuddy(m_userKeyEdit);
    keysLabel->setToolTip(tr("A key named uri (postgresql://…) is understood too."));
    form->addRow(keysLabel, keysRow);

    auto *sslLabel = new QLabel(tr("Through the tunnel TLS is off (sslmode=disable) unless the SSL mode below says "
                                   "otherwise: the traffic is inside kubectl's TLS connection already, and a TLS "
                                   "session ending through the forward makes kubectl drop it."));
    sslLabel->setObjectName(QStringLiteral("kubeSslLabel"));
    sslLabel->setWordWrap(true);
    sslLabel->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(sslLabel);

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("kubeStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setVisible(false);
    form->addRow(m_statusLabel);

    m_content->setVisible(false);
}

void KubeTargetEditor::connectSignals()
{
    connect(this, &QGroupBox::toggled, this, &KubeTargetEditor::onToggled);
    connect(m_refreshButton, &QPushButton::clicked, this, &KubeTargetEditor::refresh);
    connect(m_kubeconfigEdit, &QLineEdit::textEdited, this, &KubeTargetEditor::changed);
    connect(m_kubeconfigEdit, &QLineEdit::editingFinished, this, &KubeTargetEditor::syncLists);

    // Contexts and namespaces: typing marks them chosen; the lists follow when the choice is made.
    for (QComboBox *combo : {m_contextCombo, m_namespaceCombo}) {
        const bool context = combo == m_contextCombo;
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

    connect(m_targetCombo, &QComboBox::currentIndexChanged, this, &KubeTargetEditor::onTargetChosen);
    connect(m_targetCombo->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_targetAuto = false;
        m_targetCombo->lineEdit()->setStyleSheet({});
        changed();
    });
    connect(m_targetCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_syncing)
            fillPorts();
    });
    connect(m_portCombo->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_portAuto = false;
        changed();
    });
    connect(m_portCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing)
            return;
        m_portAuto = false;
        changed();
    });

    connect(m_secretRadio, &QRadioButton::toggled, this, [this] {
        updateCredentialWidgets();
        changed();
    });
    for (QLineEdit *edit : {m_secretEdit, m_userKeyEdit, m_passwordKeyEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            edit->setStyleSheet({});
            changed();
        });
    }
}

KubeTarget KubeTargetEditor::target() const
{
    if (!isChecked())
        return {};
    KubeTarget target;
    target.kubeconfig = m_kubeconfigEdit->text().trimmed();
    target.context = m_contextCombo->currentText().trimmed();
    target.ns = m_namespaceCombo->currentText().trimmed();
    const QString resource = this->resource();
    const qsizetype slash = resource.indexOf(QLatin1Char('/'));
    const QString kind = slash < 0 ? QString() : resource.left(slash).toLower();
    target.kind = kind == QLatin1String("pod") || kind == QLatin1String("pods") || kind == QLatin1String("po")
        ? KubeTarget::Kind::Pod
        : KubeTarget::Kind::Service;
    target.name = resource.mid(slash + 1);
    target.port = portValue();
    target.credentials = m_secretRadio->isChecked() ? KubeTarget::Credentials::Secret : KubeTarget::Credentials::Typed;
    target.secret = m_secretEdit->text().trimmed();
    target.userKey = m_userKeyEdit->text().trimmed();
    target.passwordKey = m_passwordKeyEdit->text().trimmed();
    return target;
}

void KubeTargetEditor::setTarget(const KubeTarget &target)
{
    {
        const QScopedValueRollback syncing(m_syncing, true);
        setChecked(target.isSet());
        m_kubeconfigEdit->setText(target.kubeconfig);
        m_contextCombo->setEditText(target.context);
        m_namespaceCombo->setEditText(target.ns);
        selectOrType(m_targetCombo, {}, target.isSet() ? target.resourceName() : QString());
        fillPorts();
        selectOrType(m_portCombo, {}, target.port);
        (target.credentials == KubeTarget::Credentials::Secret ? m_secretRadio : m_typedRadio)->setChecked(true);
        m_secretEdit->setText(target.secret);
        m_userKeyEdit->setText(target.userKey);
        m_passwordKeyEdit->setText(target.passwordKey);
        for (QWidget *field :
            {static_cast<QWidget *>(m_namespaceCombo->lineEdit()), static_cast<QWidget *>(m_targetCombo->lineEdit()),
                static_cast<QWidget *>(m_secretEdit), static_cast<QWidget *>(m_passwordKeyEdit)})
            field->setStyleSheet({});
        m_contextAuto = m_targetAuto = m_portAuto = !target.isSet();
    }
    updateCredentialWidgets();
    syncLists();
}

QStringList KubeTargetEditor::missingFields()
{
    const KubeTarget current = target();
    const QString marked
        = QStringLiteral("border: 1px solid %1;").arg(Colours::text(Colours::Tone::Danger, palette()).name());
    QStringList missing;
    const auto check = [&](QWidget *field, bool empty, const QString &label) {
        field->setStyleSheet(empty ? marked : QString());
        if (empty)
            missing << label;
    };
    check(m_namespaceCombo->lineEdit(), current.ns.isEmpty(), tr("namespace"));
    check(m_targetCombo->lineEdit(), current.name.isEmpty(), tr("Service or pod"));
    const bool fromSecret = current.credentials == KubeTarget::Credentials::Secret;
    check(m_secretEdit, fromSecret && current.secret.isEmpty(), tr("Secret name"));
    check(m_passwordKeyEdit, fromSecret && current.passwordKey.isEmpty(), tr("the Secret's password key"));
    return missing;
}

bool KubeTargetEditor::isLoading() const
{
    return (m_pathRequested && !m_pathReady) || m_loading[Contexts] || m_loading[Namespaces] || m_loading[Targets];
}

void KubeTargetEditor::refresh()
{
    m_listed = false;
    syncLists();
}

void KubeTargetEditor::onToggled(bool on)
{
    m_content->setVisible(on);
    if (m_syncing)
        return;
    syncLists();
    changed();
}

void KubeTargetEditor::browseKubeconfig()
{
    // Not exec(): a nested event loop would deliver kubectl's answers in odd places.
    const QString current = m_kubeconfigEdit->text().isEmpty() ? defaultKubeconfig() : m_kubeconfigEdit->text();
    auto *dialog = new QFileDialog(this, tr("Choose a kubeconfig"), QFileInfo(current).absolutePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_kubeconfigEdit->setText(path);
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
    const KubeTarget current = target();
    if (!m_listed || current.kubeconfig != m_listedKubeconfig) {
        reloadAll();
    } else if (current.context != m_listedContext) {
        loadNamespaces();
        loadTargets();
    } else if (current.ns != m_listedNamespace) {
        loadTargets();
    }
}

void KubeTargetEditor::reloadAll()
{
    if (!m_pathReady) {
        // The first kubectl reads the login shell's PATH (up to two seconds): not on the GUI thread.
        if (!m_pathRequested) {
            m_pathRequested = true;
            setMessage(Contexts, tr("Looking for kubectl…"), false);
            whenFinished(QtConcurrent::run(&Kubectl::extendedPath), this, [this](const QStringList &) {
                m_pathReady = true;
                setMessage(Contexts, {}, false);
                syncLists();
            });
        }
        return;
    }
    m_listed = true;
    loadContexts();
    loadNamespaces();
    loadTargets();
}

std::unique_ptr<Kubectl> &KubeTargetEditor::newKubectl(Level level, bool withContext)
{
    KubeTarget scope;
    scope.kubeconfig = m_kubeconfigEdit->text().trimmed();
    if (withContext)
        scope.context = m_contextCombo->currentText().trimmed();
    m_kubectl[level] = std::make_unique<Kubectl>(scope); // the previous one's kubectl ends here
    m_loading[level] = true;
    return m_kubectl[level];
}

void KubeTargetEditor::loadContexts()
{
    const int generation = ++m_generation[Contexts];
    m_listedKubeconfig = m_kubeconfigEdit->text().trimmed();
    const std::unique_ptr<Kubectl> &kubectl = newKubectl(Contexts, false);
    auto answers = std::make_shared<std::pair<std::optional<KubectlResult>, std::optional<KubectlResult>>>();
    const auto deliver = [this, generation, answers] {
        if (generation != m_generation[Contexts] || !answers->first || !answers->second)
            return;
        m_loading[Contexts] = false;
        const KubectlResult &list = *answers->first;
        setMessage(Contexts, list.ok ? QString() : list.error.toString(), !list.ok);
        const QString current = answers->second->ok ? QString::fromUtf8(answers->second->output).trimmed() : QString();
        showContexts(QString::fromUtf8(list.output).split(QLatin1Char('\n'), Qt::SkipEmptyParts), current);
    };
    whenFinished(kubectl->run({QStringLiteral("config"), QStringLiteral("get-contexts"), QStringLiteral("-o"),
                                  QStringLiteral("name")},
                     tr("Listing the kubeconfig's contexts")),
        this, [answers, deliver](const KubectlResult &result) {
            answers->first = result;
            deliver();
        });
    // Fails when the kubeconfig names no current context: then nothing is preselected.
    whenFinished(kubectl->run({QStringLiteral("config"), QStringLiteral("current-context")},
                     tr("Reading the kubeconfig's current context")),
        this, [answers, deliver](const KubectlResult &result) {
            answers->second = result;
            deliver();
        });
}

void KubeTargetEditor::showContexts(const QStringList &contexts, const QString &current)
{
    {
        const QScopedValueRollback syncing(m_syncing, true);
        const QString text = m_contextCombo->currentText();
        m_contextCombo->clear();
        m_contextCombo->addItems(contexts);
        selectOrType(m_contextCombo, text, {});
        m_contextCombo->setEditText(text);
        m_contextCombo->lineEdit()->setPlaceholderText(
            current.isEmpty() ? tr("the kubeconfig's current context") : tr("current: %1").arg(current));
    }
    if (!m_contextAuto || !m_contextCombo->currentText().isEmpty() || current.isEmpty())
        return;
    {
        const QScopedValueRollback syncing(m_syncing, true);
        m_contextCombo->setCurrentIndex(m_contextCombo->findText(current));
        m_contextCombo->setEditText(current);
    }
    // The lists asked for without --context are the current context's already.
    m_listedContext = current;
    changed();
}

void KubeTargetEditor::loadNamespaces()
{
    const int generation = ++m_generation[Namespaces];
    m_listedContext = m_contextCombo->currentText().trimmed();
    const std::unique_ptr<Kubectl> &kubectl = newKubectl(Namespaces, true);
    whenFinished(kubectl->get(QStringLiteral("/api/v1/namespaces"), tr("Listing the namespaces")), this,
        [this, generation](const KubectlResult &result) {
            if (generation != m_generation[Namespaces])
                return;
            m_loading[Namespaces] = false;
            showNamespaces(result);
        });
}

void KubeTargetEditor::showNamespaces(const KubectlResult &result)
{
    const bool forbidden = result.failure == KubectlResult::Failure::Forbidden;
    if (result.ok)
        setMessage(Namespaces, {}, false);
    else if (forbidden)
        setMessage(Namespaces, tr("Your Kubernetes account may not list the namespaces here: type yours."), false);
    else
        setMessage(Namespaces, result.error.toString(), true);
    const QScopedValueRollback syncing(m_syncing, true);
    const QString text = m_namespaceCombo->currentText();
    m_namespaceCombo->clear();
    m_namespaceCombo->addItems(result.ok ? KubeObjects::names(result.json()) : QStringList());
    selectOrType(m_namespaceCombo, text, {});
    m_namespaceCombo->setEditText(text);
    m_namespaceCombo->lineEdit()->setPlaceholderText(
        result.ok ? tr("choose or type a namespace") : tr("type the namespace's name"));
}

void KubeTargetEditor::loadTargets()
{
    const int generation = ++m_generation[Targets];
    const QString ns = m_namespaceCombo->currentText().trimmed();
    m_listedNamespace = ns;
    if (ns.isEmpty()) {
        m_kubectl[Targets].reset();
        m_loading[Targets] = false;
        showTargets({});
        return;
    }
    const std::unique_ptr<Kubectl> &kubectl = newKubectl(Targets, true);
    auto lists = std::make_shared<TargetLists>();
    const auto deliver = [this, generation, lists] {
        if (generation != m_generation[Targets] || ++lists->answers < 3)
            return;
        m_loading[Targets] = false;
        showTargets(*lists);
    };
    // A refusal to list is not the end: the name can be typed. Anything else is said as kubectl's error.
    const auto problem = [lists](const KubectlResult &result, const QString &forbidden) {
        if (result.ok)
            return false;
        const bool refused = result.failure == KubectlResult::Failure::Forbidden;
        lists->problems << (refused ? forbidden : result.error.toString());
        lists->bad = lists->bad || !refused;
        return true;
    };
    const QString path = QStringLiteral("/api/v1/namespaces/%1/").arg(QString::fromLatin1(QUrl::toPercentEncoding(ns)));
    whenFinished(kubectl->get(path + QStringLiteral("services"), tr("Listing the Services in %1").arg(ns)), this,
        [lists, deliver, problem, ns](const KubectlResult &result) {
            if (!problem(result, tr("Your account may not list the Services in %1: type the target's name.").arg(ns)))
                lists->services = KubeObjects::services(result.json());
            deliver();
        });
    whenFinished(kubectl->get(path + QStringLiteral("pods"), tr("Listing the pods in %1").arg(ns)), this,
        [lists, deliver, problem, ns](const KubectlResult &result) {
            if (!problem(result, tr("Your account may not list the pods in %1.").arg(ns)))
                lists->pods = KubeObjects::pods(result.json());
            deliver();
        });
    whenFinished(kubectl->get(path + QStringLiteral("secrets"), tr("Listing the Secrets in %1").arg(ns)), this,
        [lists, deliver, problem, ns](const KubectlResult &result) {
            if (!problem(result,
                    tr("Your account may not list the Secrets in %1, so their layout is not recognised: type the "
                       "Secret's name.")
                        .arg(ns)))
                lists->secretNames = KubeObjects::names(result.json());
            deliver();
        });
}

void KubeTargetEditor::showTargets(const TargetLists &lists)
{
    const KubeTarget before = target();
    m_services = lists.services;
    m_pods = lists.pods;
    m_presets = KubePresets::detect(m_services, lists.secretNames);
    // The primaries before the replicas (the API lists pg-r and pg-ro before pg-rw): the first one is preselected.
    std::stable_partition(
        m_presets.begin(), m_presets.end(), [](const KubePreset &preset) { return !preset.readOnly; });
    m_secretNames->setStringList(lists.secretNames);
    QStringList problems = lists.problems;
    const QString ns = m_namespaceCombo->currentText().trimmed();
    if (m_namespaceCombo->count() > 0 && !ns.isEmpty() && m_namespaceCombo->findText(ns) < 0)
        problems.prepend(tr("There is no namespace %1 in this cluster.").arg(ns));
    setMessage(Targets, problems.join(QLatin1Char('\n')), lists.bad || problems.size() > lists.problems.size());
    {
        const QScopedValueRollback syncing(m_syncing, true);
        const QString text = m_targetCombo->currentText();
        const QString value = resource();
        m_targetCombo->clear();
        for (qsizetype i = 0; i < m_presets.size(); ++i) {
            m_targetCombo->addItem(m_presets.at(i).label);
            m_targetCombo->setItemData(
                m_targetCombo->count() - 1, QStringLiteral("svc/") + m_presets.at(i).service, ValueRole);
            m_targetCombo->setItemData(m_targetCombo->count() - 1, int(i), PresetRole);
        }
        if (!m_presets.isEmpty() && (!m_services.isEmpty() || !m_pods.isEmpty()))
            m_targetCombo->insertSeparator(m_targetCombo->count());
        const auto add = [this](const QString &resource, const QList<KubeObjects::Port> &ports) {
            m_targetCombo->addItem(itemText(resource, ports));
            m_targetCombo->setItemData(m_targetCombo->count() - 1, resource, ValueRole);
            m_targetCombo->setItemData(m_targetCombo->count() - 1, -1, PresetRole);
        };
        for (const KubeObjects::Service &service : std::as_const(m_services))
            add(QStringLiteral("svc/") + service.name, service.ports);
        for (const KubeObjects::Pod &pod : std::as_const(m_pods))
            add(QStringLiteral("pod/") + pod.name, pod.ports);
        selectOrType(m_targetCombo, text, value);
    }
    if (m_targetAuto)
        preselectTarget();
    else
        fillPorts();
    if (target() != before)
        changed();
}

// The seed's layout first, then any operator's, then a Service or pod with a PostgreSQL port.
void KubeTargetEditor::preselectTarget()
{
    int pick = -1;
    for (int row = 0; row < m_targetCombo->count(); ++row) {
        const int preset = m_targetCombo->itemData(row, PresetRole).toInt();
        const QString value = m_targetCombo->itemData(row, ValueRole).toString();
        if (value.isEmpty())
            continue; // the separator
        const bool seed = preset >= 0 && m_presets.at(preset).service == QLatin1String("postgres-service");
        if (seed || (pick < 0 && (preset >= 0 || KubeObjects::databasePort(portsOf(value), {}))))
            pick = row;
        if (seed)
            break;
    }
    {
        const QScopedValueRollback syncing(m_syncing, true);
        m_targetCombo->setCurrentIndex(pick);
        if (pick < 0)
            m_targetCombo->setEditText({});
    }
    m_portAuto = true;
    const int preset = pick < 0 ? -1 : m_targetCombo->itemData(pick, PresetRole).toInt();
    if (preset >= 0)
        applyPreset(m_presets.at(preset));
    else
        fillPorts();
}

void KubeTargetEditor::onTargetChosen(int index)
{
    if (m_syncing)
        return;
    m_targetAuto = false;
    m_portAuto = true;
    m_targetCombo->lineEdit()->setStyleSheet({});
    const int preset = index < 0 ? -1 : m_targetCombo->itemData(index, PresetRole).toInt();
    if (preset >= 0)
        applyPreset(m_presets.at(preset));
    else
        fillPorts();
    changed();
}

void KubeTargetEditor::applyPreset(const KubePreset &preset)
{
    {
        const QScopedValueRollback syncing(m_syncing, true);
        m_portAuto = false;
        fillPorts();
        selectOrType(m_portCombo, {}, preset.port);
        (preset.secret.isEmpty() ? m_typedRadio : m_secretRadio)->setChecked(true);
        if (!preset.secret.isEmpty()) {
            m_secretEdit->setText(preset.secret);
            m_userKeyEdit->setText(preset.userKey);
            m_passwordKeyEdit->setText(preset.passwordKey);
        }
    }
    updateCredentialWidgets();
    if (!preset.fixedUser.isEmpty())
        Q_EMIT fixedUserChosen(preset.fixedUser);
}

// Lists the chosen target's ports; keeps the port chosen, or preselects the database's when none was.
void KubeTargetEditor::fillPorts()
{
    const QScopedValueRollback syncing(m_syncing, true);
    const QString text = m_portCombo->currentText();
    const QString value = portValue();
    const QList<KubeObjects::Port> ports = portsOf(resource());
    m_portCombo->clear();
    for (const KubeObjects::Port &port : ports) {
        m_portCombo->addItem(
            port.name.isEmpty() ? QString::number(port.port) : tr("%1 (%2)").arg(port.name).arg(port.port),
            port.name.isEmpty() ? QString::number(port.port) : port.name);
    }
    if (m_portAuto) {
        const KubeObjects::Port *port = KubeObjects::databasePort(ports, {});
        m_portCombo->setCurrentIndex(port ? int(port - ports.constData()) : -1);
        if (!port)
            m_portCombo->setEditText({});
    } else {
        selectOrType(m_portCombo, text, value);
    }
}

void KubeTargetEditor::updateCredentialWidgets()
{
    const bool fromSecret = m_secretRadio->isChecked();
    for (QLineEdit *edit : {m_secretEdit, m_userKeyEdit, m_passwordKeyEdit})
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
    m_statusLabel->setText(lines.join(QLatin1Char('\n')));
    m_statusLabel->setStyleSheet(
        Colours::textStyle(anyBad ? Colours::Tone::Danger : Colours::Tone::Warning, m_statusLabel->palette()));
    m_statusLabel->setProperty("bad", anyBad); // for tests and style sheets
    m_statusLabel->setVisible(!lines.isEmpty());
}

void KubeTargetEditor::changed()
{
    if (!m_syncing)
        Q_EMIT edited();
}

QString KubeTargetEditor::resource() const
{
    return comboValue(m_targetCombo);
}

QString KubeTargetEditor::portValue() const
{
    return comboValue(m_portCombo);
}

QList<KubeObjects::Port> KubeTargetEditor::portsOf(const QString &resource) const
{
    const qsizetype slash = resource.indexOf(QLatin1Char('/'));
    const QString kind = slash < 0 ? QString() : resource.left(slash);
    const QString name = resource.mid(slash + 1);
    if (kind != QLatin1String("pod")) {
        for (const KubeObjects::Service &service : m_services) {
            if (service.name == name)
                return service.ports;
        }
    }
    if (kind != QLatin1String("svc")) {
        for (const KubeObjects::Pod &pod : m_pods) {
            if (pod.name == name)
                return pod.ports;
        }
    }
    return {};
}
