#pragma once

#include <QString>

namespace Needle::SystemUser {

// Who is at the keyboard, for the change log and a PDF's author: $USER (or $USERNAME), else
// the account's real name from the system's user database (its login name when the real name
// is empty), else "unknown".
QString name();

// The account's real name (the first field of its GECOS entry), or its login name; empty when
// the system does not know the account.
QString accountName();

} // namespace Needle::SystemUser
