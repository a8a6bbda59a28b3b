#include "durationtext.h"

#include <QCoreApplication>

namespace DurationText {

QString format(std::optional<double> seconds)
{
    if (!seconds)
        return {};
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("DurationText", text);
    };
    const double value = qMax(0.0, *seconds);
    if (value < 1)
        return tr("%1 ms").arg(qRound(value * 1000));
    const qint64 whole = qint64(value);
    if (whole < 60)
        return tr("%1 s").arg(whole);
    if (whole < 3600)
        return tr("%1 min %2 s").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
    if (whole < 86400)
        return tr("%1 h %2 min").arg(whole / 3600).arg(whole % 3600 / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(whole / 86400).arg(whole % 86400 / 3600, 2, 10, QLatin1Char('0'));
}

} // namespace DurationText
