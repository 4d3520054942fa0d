#pragma once

// How a program's batches are released (ReleaseGate): whether each needs the maker's sign-off and
// a checker's countersignature, and whether a cycle starts with a pilot batch of a few payments
// whose failure rate must stay under the threshold before the rest is released.
struct ReleasePolicy
{
    bool signOffRequired = false;
    int pilotPayments = 0;          // 0: no pilot
    int pilotMaxFailedPerMille = 0; // the pilot's failed payments allowed, per thousand

    bool hasPilot() const { return pilotPayments > 0; }
};
