#pragma once

#include <QIcon>

// The app's own icons (SVG, compiled in from resources/icons), by name: Icons::get("table").
namespace Icons {
QIcon get(const QString &name);
}
