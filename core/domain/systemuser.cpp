#include "domain/systemuser.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Needle::SystemUser {

QString accountName()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(getuid())) {
        const QString gecos = QString::fromLocal8Bit(pw->pw_gecos ? pw->pw_gecos : "");
        const QString real = gecos.section(QLatin1Char(','), 0, 0).trimmed();
        if (!real.isEmpty())
            return real;
        return QString::fromLocal8Bit(pw->pw_name ? pw->pw_name : "");
    }
#endif
    return QString();
}

QString name()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = accountName();
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace Needle::SystemUser
