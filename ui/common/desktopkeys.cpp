#include "desktopkeys.h"

#include <algorithm>

namespace {

DesktopKeys::Bindings &bindings()
{
    static DesktopKeys::Bindings instead;
    return instead;
}

QList<QKeySequence> bindingsOf(QKeySequence::StandardKey key)
{
    return bindings() ? bindings()(key) : QKeySequence::keyBindings(key);
}

} // namespace

namespace DesktopKeys {

QList<QKeySequence::StandardKey> windowKeys()
{
    return {QKeySequence::NextChild, QKeySequence::PreviousChild, QKeySequence::Close, QKeySequence::Back,
        QKeySequence::Forward, QKeySequence::Refresh, QKeySequence::FullScreen, QKeySequence::HelpContents,
        QKeySequence::WhatsThis, QKeySequence::Open, QKeySequence::New, QKeySequence::Preferences, QKeySequence::Quit};
}

QList<QKeySequence> standard(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = bindingsOf(key);
    if (keys.isEmpty() && !fallback.isEmpty())
        return {fallback};
    return keys;
}

QKeySequence primary(QKeySequence::StandardKey key)
{
    return bindingsOf(key).value(0);
}

QKeySequence firstFree(std::initializer_list<QKeySequence> keys)
{
    const QList<QKeySequence::StandardKey> taken = windowKeys();
    for (const QKeySequence &key : keys) {
        const bool free = std::none_of(taken.begin(), taken.end(),
            [&key](QKeySequence::StandardKey standardKey) { return bindingsOf(standardKey).contains(key); });
        if (free)
            return key;
    }
    return {};
}

void setBindings(Bindings instead)
{
    bindings() = std::move(instead);
}

} // namespace DesktopKeys
