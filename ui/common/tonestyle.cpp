#include "tonestyle.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QWidget>

namespace {

QString styleSheet(Colours::Tone tone, ToneStyle::Kind kind, const QString &selector, const QPalette &palette)
{
    switch (kind) {
    case ToneStyle::Kind::Message:
        return Colours::messageStyle(tone, selector, palette);
    case ToneStyle::Kind::Badge:
        return Colours::badgeStyle(tone, palette);
    case ToneStyle::Kind::Text:
        break;
    }
    return Colours::textStyle(tone, palette);
}

// Lives on the styled widget, holding how its style sheet is made from a palette.
class Follower : public QObject
{
public:
    explicit Follower(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        setObjectName(QStringLiteral("toneStyleFollower"));
    }

    void set(std::function<QString(const QPalette &)> styleSheet) { m_styleSheet = std::move(styleSheet); }

    void restyle(const QPalette &palette)
    {
        m_applied = m_styleSheet(palette);
        m_widget->setStyleSheet(m_applied);
    }

    // Someone else has set a style sheet since (a field's error border taken away): theirs stays.
    bool isOverridden() const { return m_widget->styleSheet() != m_applied; }

private:
    QWidget *m_widget;
    std::function<QString(const QPalette &)> m_styleSheet;
    QString m_applied;
};

// A new application palette is announced to each window only (a widget with a style sheet hears nothing of it):
// one watcher on the application restyles the followers in each window it is announced to.
class PaletteWatch : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->isWindow()) {
            for (QObject *child : watched->findChildren<QObject *>(QStringLiteral("toneStyleFollower"))) {
                auto *follower = static_cast<Follower *>(child);
                if (follower->isOverridden())
                    delete follower;
                else
                    follower->restyle(QGuiApplication::palette());
            }
        }
        return false;
    }
};

void watchPalette()
{
    static const bool watching = [] {
        qApp->installEventFilter(new PaletteWatch(qApp));
        return true;
    }();
    Q_UNUSED(watching);
}

Follower *followerOf(QWidget *widget)
{
    // Follower has no meta-object of its own: found by its name.
    return static_cast<Follower *>(
        widget->findChild<QObject *>(QStringLiteral("toneStyleFollower"), Qt::FindDirectChildrenOnly));
}

} // namespace

namespace ToneStyle {

void apply(QWidget *widget, Colours::Tone tone, Kind kind, const QString &selector)
{
    follow(
        widget, [tone, kind, selector](const QPalette &palette) { return styleSheet(tone, kind, selector, palette); });
}

void follow(QWidget *widget, std::function<QString(const QPalette &)> styleSheet)
{
    watchPalette();
    Follower *follower = followerOf(widget);
    if (!follower)
        follower = new Follower(widget);
    follower->set(std::move(styleSheet));
    // The palette it would have without a style sheet: its parent's (a style sheet's own colours are in its own).
    const QWidget *parent = widget->parentWidget();
    follower->restyle(parent ? parent->palette() : QGuiApplication::palette());
}

void clear(QWidget *widget)
{
    delete followerOf(widget);
    widget->setStyleSheet(QString());
}

} // namespace ToneStyle
