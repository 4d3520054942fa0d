#pragma once

#include <QDateTime>

// What time it is, for the rules that depend on it: when an operations-app token runs out,
// whether a certificate is valid at sign-in or when an administrator certifies it, when a mapper's
// answer is too old to pay on, how old the money in the dark is. Services take a
// Clock (the system's by default) so that tests can set the time instead of waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;

    // Now, in UTC.
    virtual QDateTime now() const = 0;

    // The computer's clock.
    static const Clock& system();
};
