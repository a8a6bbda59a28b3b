#pragma once

#include "connection/connectionprofile.h"

#include <memory>

class KubeForward;

// One forward per profile, shared by all of that profile's sessions and windows (browser, consoles,
// dashboard, jobs), and never by another profile's: handed out by profile, and stopped when the last user
// lets go. Lives on the GUI thread.
namespace KubeForwards {

std::shared_ptr<KubeForward> acquire(const ConnectionProfile &profile);
// How many forwards are held now (tests: none is left after every window disconnected).
int count();

} // namespace KubeForwards
