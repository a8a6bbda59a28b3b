#include "kubetargeteditor.h"
#include "ui_kubetargeteditor.h"

#include "connect/kubetargeteditor_p.h"

#include <QLineEdit>
#include <QScopedValueRollback>
#include <QStringListModel>

// The target part of the editor: the Services, pods and operators' layouts kubectl listed, which of them to
// preselect, and the chosen target's ports.

using namespace KubeTargetEditorParts;

namespace {

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

} // namespace

void KubeTargetEditor::showTargets(const KubeListings::Targets &targets)
{
    const KubeTarget before = target();
    m_services = targets.services;
    m_pods = targets.pods;
    m_presets = targets.presets;
    m_secretNames->setStringList(targets.secretNames);
    setMessage(Targets, targets.problems.join(QLatin1Char('\n')), targets.failed);
    {
        const QScopedValueRollback syncing(m_syncing, true);
        const QString text = m_ui->targetCombo->currentText();
        const QString value = resource();
        m_ui->targetCombo->clear();
        for (qsizetype i = 0; i < m_presets.size(); ++i) {
            m_ui->targetCombo->addItem(m_presets.at(i).label);
            m_ui->targetCombo->setItemData(
                m_ui->targetCombo->count() - 1, QStringLiteral("svc/") + m_presets.at(i).service, ValueRole);
            m_ui->targetCombo->setItemData(m_ui->targetCombo->count() - 1, int(i), PresetRole);
        }
        if (!m_presets.isEmpty() && (!m_services.isEmpty() || !m_pods.isEmpty()))
            m_ui->targetCombo->insertSeparator(m_ui->targetCombo->count());
        const auto add = [this](const QString &resource, const QList<KubeObjects::Port> &ports) {
            m_ui->targetCombo->addItem(itemText(resource, ports));
            m_ui->targetCombo->setItemData(m_ui->targetCombo->count() - 1, resource, ValueRole);
            m_ui->targetCombo->setItemData(m_ui->targetCombo->count() - 1, -1, PresetRole);
        };
        for (const KubeObjects::Service &service : std::as_const(m_services))
            add(QStringLiteral("svc/") + service.name, service.ports);
        for (const KubeObjects::Pod &pod : std::as_const(m_pods))
            add(QStringLiteral("pod/") + pod.name, pod.ports);
        selectOrType(m_ui->targetCombo, text, value);
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
    for (int row = 0; row < m_ui->targetCombo->count(); ++row) {
        const int preset = m_ui->targetCombo->itemData(row, PresetRole).toInt();
        const QString value = m_ui->targetCombo->itemData(row, ValueRole).toString();
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
        m_ui->targetCombo->setCurrentIndex(pick);
        if (pick < 0)
            m_ui->targetCombo->setEditText({});
    }
    m_portAuto = true;
    const int preset = pick < 0 ? -1 : m_ui->targetCombo->itemData(pick, PresetRole).toInt();
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
    m_ui->targetCombo->lineEdit()->setStyleSheet({});
    const int preset = index < 0 ? -1 : m_ui->targetCombo->itemData(index, PresetRole).toInt();
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
        selectOrType(m_ui->targetPortCombo, {}, preset.port);
        // No Secret found (none of the layout's, or Secrets may not be listed): the credentials stay as they are.
        if (!preset.secret.isEmpty()) {
            m_ui->secretRadio->setChecked(true);
            m_ui->secretEdit->setText(preset.secret);
            m_ui->userKeyEdit->setText(preset.userKey);
            m_ui->passwordKeyEdit->setText(preset.passwordKey);
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
    const QString text = m_ui->targetPortCombo->currentText();
    const QString value = portValue();
    const QList<KubeObjects::Port> ports = portsOf(resource());
    m_ui->targetPortCombo->clear();
    for (const KubeObjects::Port &port : ports) {
        m_ui->targetPortCombo->addItem(
            port.name.isEmpty() ? QString::number(port.port) : tr("%1 (%2)").arg(port.name).arg(port.port),
            port.name.isEmpty() ? QString::number(port.port) : port.name);
    }
    if (m_portAuto) {
        const KubeObjects::Port *port = KubeObjects::databasePort(ports, {});
        m_ui->targetPortCombo->setCurrentIndex(port ? int(port - ports.constData()) : -1);
        if (!port)
            m_ui->targetPortCombo->setEditText({});
    } else {
        selectOrType(m_ui->targetPortCombo, text, value);
    }
}

QString KubeTargetEditor::resource() const
{
    return comboValue(m_ui->targetCombo);
}

QString KubeTargetEditor::portValue() const
{
    return comboValue(m_ui->targetPortCombo);
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
