#include "kubepanel.h"

#include "common/colours.h"
#include "common/tonestyle.h"
#include "common/whenfinished.h"
#include "connection/session.h"
#include "kube/kubeforward.h"
#include "kube/kubepodwatcher.h"
#include "monitor/monitorqueries.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

KubePanel::KubePanel(KubeForward *forward, Session *session, QWidget *parent)
    : QWidget(parent)
    , m_forward(forward)
    , m_session(session)
    , m_watcher(new KubePodWatcher(forward, this))
    , m_forwardLabel(new QLabel(this))
    , m_podLabel(new QLabel(this))
    , m_restartsLabel(new QLabel(this))
    , m_ageLabel(new QLabel(this))
    , m_volumeLabel(new QLabel(this))
    , m_volumeBar(new QProgressBar(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("kubePanel"));
    m_forwardLabel->setObjectName(QStringLiteral("kubeForwardState"));
    m_podLabel->setObjectName(QStringLiteral("kubePod"));
    m_restartsLabel->setObjectName(QStringLiteral("kubeRestarts"));
    m_ageLabel->setObjectName(QStringLiteral("kubeAge"));
    m_volumeLabel->setObjectName(QStringLiteral("kubeVolume"));
    m_volumeBar->setObjectName(QStringLiteral("kubeVolumeBar"));
    m_volumeBar->setAccessibleName(tr("Data volume used"));
    m_volumeBar->setRange(0, 1000);
    m_volumeBar->setTextVisible(false);
    m_errorLabel->setWordWrap(true);
    ToneStyle::apply(m_errorLabel, Colours::Tone::Danger);
    m_errorLabel->hide();
    for (QLabel *label : {m_forwardLabel, m_podLabel, m_restartsLabel, m_ageLabel, m_volumeLabel})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Forward:"), m_forwardLabel);
    form->addRow(tr("Pod:"), m_podLabel);
    form->addRow(tr("Restarts:"), m_restartsLabel);
    form->addRow(tr("Age:"), m_ageLabel);
    form->addRow(tr("Data volume:"), m_volumeLabel);
    form->addRow(QString(), m_volumeBar);
    form->addRow(m_errorLabel);
    connect(forward, &KubeForward::stateChanged, this, &KubePanel::showForward);
    connect(m_watcher, &KubePodWatcher::updated, this, [this](const KubePodStatus &status) {
        showPod(status);
        readUsedBytes();
    });
    showForward();
}

void KubePanel::start()
{
    m_watcher->start();
}

void KubePanel::stop()
{
    m_watcher->stop();
}

void KubePanel::showForward()
{
    if (m_forward)
        m_forwardLabel->setText(m_forward->statusText());
}

void KubePanel::showPod(const KubePodStatus &status)
{
    m_status = status;
    m_errorLabel->setVisible(!status.error.isNull());
    m_errorLabel->setText(status.error.toString());
    if (status.phase.isEmpty() && !status.error.isNull())
        return; // the pod could not be read: keep what was shown before, with the error under it
    m_podLabel->setText(tr("%1 — %2, %3%4")
                            .arg(status.pod, status.phase, status.ready ? tr("ready") : tr("NOT ready"),
                                status.node.isEmpty() ? QString() : tr(" on %1").arg(status.node)));
    if (status.ready)
        ToneStyle::clear(m_podLabel);
    else
        ToneStyle::apply(m_podLabel, Colours::Tone::Danger);
    m_restartsLabel->setText(status.lastRestartReason.isEmpty()
            ? QString::number(status.restarts)
            : tr("%1 (last: %2)").arg(status.restarts).arg(status.lastRestartReason));
    if (status.restarts > 0)
        ToneStyle::apply(m_restartsLabel, Colours::Tone::Warning);
    else
        ToneStyle::clear(m_restartsLabel);
    if (status.created.isValid()) {
        const qint64 hours = status.created.secsTo(QDateTime::currentDateTimeUtc()) / 3600;
        m_ageLabel->setText(
            hours >= 48 ? tr("%n day(s)", nullptr, int(hours / 24)) : tr("%n hour(s)", nullptr, int(hours)));
    }
    showVolume();
}

void KubePanel::readUsedBytes()
{
    if (!m_session || !m_session->isConnected())
        return;
    whenFinished(m_session->call([](PgConnection &connection) { return MonitorQueries::readClusterBytes(connection); }),
        this, [this](qint64 bytes) {
            m_usedBytes = bytes;
            showVolume();
        });
}

QString KubePanel::volumeText() const
{
    return m_volumeLabel->text();
}

void KubePanel::showVolume()
{
    const KubePodStatus::Volume *volume = m_status.dataVolume();
    if (!volume) {
        m_volumeLabel->setText(m_status.pod.isEmpty() ? QString() : tr("the pod mounts no volume claim"));
        m_volumeBar->hide();
        return;
    }
    const QLocale locale;
    if (volume->capacityBytes <= 0 || m_usedBytes < 0) {
        m_volumeLabel->setText(tr("%1 (%2)").arg(volume->claim,
            volume->capacityBytes > 0 ? locale.formattedDataSize(volume->capacityBytes) : tr("size unknown")));
        m_volumeBar->hide();
        return;
    }
    const double share = double(m_usedBytes) / double(volume->capacityBytes);
    m_volumeLabel->setText(
        tr("%1 of %2 used by the databases (%3 %) — %4")
            .arg(locale.formattedDataSize(m_usedBytes), locale.formattedDataSize(volume->capacityBytes))
            .arg(qRound(share * 100))
            .arg(volume->claim));
    m_volumeBar->setValue(qBound(0, int(share * 1000), 1000));
    const Colours::Tone tone = share >= 0.9 ? Colours::Tone::Danger
        : share >= 0.8                      ? Colours::Tone::Warning
                                            : Colours::Tone::Success;
    ToneStyle::follow(m_volumeBar, [tone](const QPalette &palette) {
        return QStringLiteral("QProgressBar::chunk { background: %1; }").arg(Colours::text(tone, palette).name());
    });
    m_volumeBar->show();
}
