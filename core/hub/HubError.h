#pragma once

#include <QString>

// What went wrong talking to the hub, in one type: definitive (the hub refused: nothing moved, the
// same request will be refused again) or uncertain (no answer, cut off, a server error: the hub
// may or may not have acted).
struct HubError
{
    enum class Kind
    {
        Definitive,
        Uncertain
    };

    Kind kind = Kind::Uncertain;
    QString message; // translated, for the officer
    int httpStatus = 0;
    bool credentialsRefused = false; // the operations app refused the user and password given

    bool isDefinitive() const { return kind == Kind::Definitive; }

    // DESIGN.md §1 rule 5: the statuses with which a hub's own application refuses a request (in
    // its own JSON: the caller checks the body). Any other status (408, 425, 429, 5xx) and any
    // answer that is not the hub's (a gateway's HTML page) may hide a request that was acted on.
    static bool isRefusalStatus(int status)
    {
        switch (status) {
        case 400:
        case 401:
        case 403:
        case 404:
        case 409:
        case 412:
        case 413:
        case 415:
        case 422:
            return true;
        default:
            return false;
        }
    }
};
