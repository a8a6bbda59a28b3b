#include "error.h"

QString Error::toString() const
{
    QString text = what;
    if (!why.isEmpty())
        text += text.isEmpty() ? why : QStringLiteral(": ") + why;
    for (const QString &more : {detail, hint}) {
        if (!more.isEmpty())
            text += QStringLiteral("\n") + more;
    }
    return text;
}
