#include "error.h"

QString Error::toString() const
{
    QString text = what;
    if (!why.isEmpty())
        text += text.isEmpty() ? why : QStringLiteral(": ") + why;
    if (!detail.isEmpty())
        text += QStringLiteral("\n") + detail;
    return text;
}
