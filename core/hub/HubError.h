#pragma once

#include <QString>

// What went wrong talking to the hub, in one type: definitive (the hub refused: nothing moved, the
// same request will be refused again) or uncertain (no answer, cut off, a server error: the hub
// may or may not have acted).
struct HubError
{
    enum class Kind { Definitive, Uncertain };

    Kind kind = Kind::Uncertain;
    QString message; // translated, for the officer
    int httpStatus = 0;
    bool credentialsRefused = false; // the operations app refused the user and password given

    bool isDefinitive() const { return kind == Kind::Definitive; }
};
