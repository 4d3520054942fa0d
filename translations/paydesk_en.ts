<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddressesCommand</name>
    <message>
        <source>Financial addresses from the G2P Connect ID-to-account mapper, for programs that pay by registry id. &quot;resolve CYCLE_ID&quot;: asks the mapper for the cycle&apos;s beneficiaries whose address is missing, unresolved or older than --max-age-days, and keeps each answer with when and from which mapper; &quot;unresolved CYCLE_ID&quot;: those who cannot be paid yet, with the mapper&apos;s reason. They are never batched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again for addresses older than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapper (default: the program&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve or unresolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses takes resolve or unresolved, and a cycle id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-age-days takes a number of days, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1 names no ID-to-account mapper: give --mapper-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 beneficiaries asked of %2: %3 resolved, %4 unresolved; %5 known already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministratorSetupDialog</name>
    <message>
        <source>Set up the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator adds officers, certifies their keys and grants their roles; they touch no payment. Their key signs the anchor certificate that every officer&apos;s key is checked against: keep the key file safe and give the certificate to auditors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the anchor certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the administrator: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeingBoard</name>
    <message>
        <source>under an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the payments without an outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate: ask the hub&apos;s operator about hub batch %1; reconciling has not brought its outcome in a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain: resolve it (&quot;Send to the hub…&quot; on the Batches page); it is posted again only once the hub is known not to have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in flight on the hub: reconcile to ask it again (Reconcile now, on the Reconciliation page)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>PayDesk: beneficiary registry and payments for cash-transfer programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk cannot open its database.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a sandbox Payment Hub EE in PayDesk, on free loopback ports: no real money moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sandbox tenant: NAME,CERT.pem checks its uploads&apos; X-SIGNATURE. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk cannot start its sandbox Payment Hub EE.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Payment Hub EE: bulk processor %1, operations app %2. No real money moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-mapper: %1 is not a readable JSON object of registry id -&gt; financial address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-to-account mapper: a JSON object of registry id -&gt; financial address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once it is shown, then quit (for guides and installation checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL (default: the one chosen in Settings, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 at the PostgreSQL server %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk cannot open its database: its password was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the sandbox keeps what it accepted and paid across restarts (a JSON file; the demo&apos;s is in its folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalTierRepository</name>
    <message>
        <source>cannot read the approval tiers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the approval tiers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalTiers</name>
    <message>
        <source>approval tier &quot;%1&quot;: write AMOUNT:CHECKERS, for example 50000:2%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval tier from %1: a tier needs 1 to 9 checkers from an amount of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval tier from %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval tier from %1 asks fewer checkers (%2) than a smaller total does (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCheckpoint</name>
    <message>
        <source>not a PayDesk audit checkpoint (it needs entries, head_hash, taken_at, officer and signature)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>%1 has not signed in with their key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the audit checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The audit log: &quot;verify&quot; checks its hash chain and, with --trust, every entry&apos;s signature, who signed with which certificate in which role, and the checkpoints (exit code 1 when anything fails); &quot;list&quot; shows the latest entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: the administrator&apos;s (or ministry&apos;s) CA certificate to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: a checkpoint (JSON, as artifacts carry it) the log must still contain; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit takes verify or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number of entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--checkpoint needs --trust: a checkpoint counts only when its signature checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is intact: %1 entries, each chained to the one before. Signatures were not checked: give --trust CERT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1 as the certificate to trust: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact and signed: %1 entries (%2 made before signatures, chain-verified only), %3 checkpoints match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2): %3 entries, certificate %4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log does not stand: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot append to the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (an entry was removed or replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (%2 by %3 on %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not signed in with their key: PayDesk records an act only when the officer who does it signs it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Filter by officer, action or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each chained to the one before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet, or nothing matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 %3
before: %4
after: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>the checkpoint of %1 does not carry the certificate it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint said to be signed by %1 on %2 does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is signed, yet comes before the anchor was installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trust anchor was ever installed in this log: none of its %1 entries is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log has %1 entries, yet %2 signed a checkpoint of %3 entries on %4: entries were removed from its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not the one %2&apos;s checkpoint of %3 saw: the log was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>cannot read the names the audit log refers to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>a cycle of a program</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of cycle %2</source>
        <comment>a batch&apos;s number in its cycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a subject&apos;s type and id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 generated the entitlements of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submitted %2 for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acknowledged the findings of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave one of the approvals %2 needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voided the approval of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent %2 back to its maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prepared the payments of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked the mapper for the addresses of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saw %2 distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reopened %2 to pay failed payments again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matched a bank statement against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to pay failed payments of %2 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved paying failed payments of %2 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to pay failed payments of %2 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed off %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 countersigned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started sending %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent %2 to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posted %2 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saw the hub refuse %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied the hub&apos;s results to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found results for %2 that contradict what is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reconciled %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported %2 to be carried by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed %2 was not uploaded elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrolled beneficiaries in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set the approval tiers of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set the release policy of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported a registry file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added officer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the role of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deactivated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certified the key of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revoked the key of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installed the administrator&apos;s trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did %3 to %2</source>
        <comment>an action with no sentence of its own</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a figure&apos;s name and value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals voided before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting a re-issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pilot payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looked the payees of %2 up on the payment network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankStatementFile</name>
    <message>
        <source>MT940 statement, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV statement, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches export needs --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches takes prepare, list, export or sign, and an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the bundle will be uploaded to the hub by hand; the batch is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is now handed over: PayDesk sends it only with send --batch %1 --not-uploaded-elsewhere --yes, once the hub is shown not to have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment batches. prepare CYCLE_ID: one payment per approved entitlement, cut into batches whose files are frozen. list CYCLE_ID: the batches. export BATCH_ID --out DIR [--key KEY.pem]: the batch&apos;s CSV, its X-SIGNATURE (with the key), a manifest and the officers&apos; sign-off, for review, or with --hand-carry to be uploaded by hand (the batch is then handed over: PayDesk sends it only once an officer confirms it was not uploaded elsewhere). sign BATCH_ID: the acting officer signs the batch&apos;s manifest with their own key (--officer-key, certified by the administrator): a maker signs it off, a checker countersigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the tenant&apos;s PEM private key, to sign the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchFileReviewer</name>
    <message>
        <source>the file has %1 bytes; the hub accepts at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blank line: the hub stops reading the file there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub does not know the column &quot;%1&quot; and refuses the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma or quote inside the field: the hub splits the line there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request id: the payment could never be reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1 is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number; the hub parses amounts as whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier type the hub knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same payee, amount and currency as line %1: the hub drops this row as a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed payment modes (%1): the hub uses the first row&apos;s for everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature matches the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is not the manifest&apos;s: the file was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest says %1 rows, the file has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest says %1 %2, the file adds up to %3 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is the one the manifest describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes: not a batch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who signed cannot be checked without the administrator&apos;s certificate to trust (--trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate to trust: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle carries no grants (its .trust.json): whether its signers held their roles cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grant the bundle carries does not stand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not an active %2 when they signed off (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate %1 signed off with was not certified for them then, or was revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchFileRows</name>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lacks request_id, payee_identifier, amount or currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is JSON, but not a G2P Connect disburse request (no message.disbursements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchManifest</name>
    <message>
        <source>there is no ready batch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPlanner</name>
    <message>
        <source>payment %1 alone does not fit in a %2-byte batch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planning was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRepository</name>
    <message>
        <source>batch %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no batch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRowsView</name>
    <message>
        <source>Payments of the chosen batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s kind of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s kind of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s financial address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSender</name>
    <message>
        <source>batch %1 is %2: only ready batches are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mark batch %1 as sending: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 is being sent by another officer or process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub took batch %1 as %2, but PayDesk could not record it (%3): it stays uncertain until resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 sent: the hub&apos;s batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 found on the hub as %2: sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 was refused (%2), but PayDesk could not record it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 refused, nothing was paid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 is uncertain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 is not waiting to be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 cannot be posted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub could not say whether it has the batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the change without saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 was exported for hand-carry: it is sent from here only after an officer confirms it was not uploaded anywhere else, and the hub is then shown not to have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 is not sent: batch %2 of the same cycle is uncertain, and nothing more of the cycle leaves until it is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 is not sent: PayDesk cannot read whether another batch of its cycle is uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 was not posted: the hub could not say whether it already has it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 stays handed over: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another officer or process changed it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 sent: the hub&apos;s batch %2 (recorded by another officer or process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch changed state meanwhile (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 was already on the hub as %2 (sent before, from a copy of this database or by hand): recorded as sent, not posted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the hub, but the hub&apos;s answers carry no time (Date header), so PayDesk cannot tell whether it may still appear: ask the hub&apos;s operators whether batch %1 (correlation id %2) arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the hub; its grace period of %1 s starts now, by the hub&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the hub yet; it may still appear (%1 s of the %2 s grace period have passed by the hub&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the hub %1 s after it was posted, by the hub&apos;s clock (%2): it can be posted again, with the same correlation id and file, once an officer confirms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSignOff</name>
    <message>
        <source>%1 signs nothing: only active makers sign off and checkers countersign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maker&apos;s sign-off of batch %1 does not check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 has no maker&apos;s sign-off to countersign yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed batch %2 off and cannot also countersign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the same key as the maker who signed batch %2 off: a countersignature needs another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the sign-off of batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 is already signed off by its maker (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 is already countersigned by a checker (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 is not waiting to be sent: only a ready (or handed-over) batch is signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not signed in with their key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchState</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed with failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Batches of the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch for this cycle: once a checker approved it, a maker presses Prepare payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub batch / what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, batch %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>countersigned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain: the hub may have it. Send again to find out (it is looked up on the hub, never posted twice); after the grace period it can be posted again once you confirm. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused, nothing was paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <source>&amp;Prepare payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an approved cycle and who is acting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing payments and freezing their batch files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments were prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a batch first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (.csv, .manifest.json%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the batch into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s private key, to sign (cancel: unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM keys (*.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cycle and who is acting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program pays through the sandbox hub: start PayDesk with --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 uncertain, %3 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) of this cycle are uncertain: a checker must resolve them (Send to the hub) before anything else is sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending money is a checker&apos;s work: act as a checker (top right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s private key, to sign (X-SIGNATURE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Payment Hub EE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the hub now? %1

Once sent, payments cannot be called back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program asks the sandbox&apos;s mapper for addresses: start PayDesk with --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program pays by registry id but names no ID-to-account mapper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the ID-to-account mapper for the beneficiaries&apos; addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapper was asked for %1 addresses: %2 resolved, %3 unresolved (%4 known already). %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program names no hub: set the addresses of its payment backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve uncertain batches, then send the ready ones to the program&apos;s hub (a checker&apos;s work).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s Ed25519 private key, to sign its G2P Connect requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send through G2P Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the selected batch&apos;s manifest with your own key: a maker signs it off, a checker countersigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the cycle&apos;s evidence pack for auditors into a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder for the evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a batch and who is acting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was not signed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the evidence pack of the cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence pack was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the operations app&apos;s password was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is now handed over: PayDesk will not send it unless you confirm it was not uploaded elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will this bundle be uploaded to the hub by hand?

Yes: the batch is handed over, and PayDesk will not send it unless an officer confirms it was not uploaded elsewhere. No: the bundle is for review only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: the batch being posted is finished and recorded, nothing more is sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the uncertain batches on the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post batch %1 again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was posted but the hub does not show it, although its grace period is over: %2.

Post it again only if you are sure it was not uploaded in any other way. It is posted with the same correlation id and the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack written to %1; an auditor checks it on the File review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop safely: a batch being posted is finished and recorded first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 of %2: %3 %4 of %5 sent so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: no batch of this cycle is ready or uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeneficiariesCommand</name>
    <message>
        <source>Lists beneficiaries of the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What --filter matches: name, id, region or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: id, name, region or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only beneficiaries enrolled in this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only beneficiaries whose payee account another registry id holds too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers, payee accounts and national ids masked but for their last four characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes name, id, region or phone, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort takes id, name, region or phone, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit and --offset take whole numbers of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 matching beneficiaries shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows as a registry CSV (every matching row unless --limit is given), safe to open in a spreadsheet: a value a spreadsheet would run as a formula starts with an apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeneficiaryRowValidator</name>
    <message>
        <source>holds a control or invisible formatting character (U+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a beneficiary needs a given name or a family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender (use F, M, O or leave it empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a household size from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes/no, true/false or 1/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payee type is given but no payee address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payee type (msisdn, bank_account, iban, email or registry_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid encoding: byte %1 of the field (0x%2) is not UTF-8; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value held line breaks; each was turned into a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payee address is given but no payee type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeneficiaryTableModel</name>
    <message>
        <source>Cannot read the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mark batch %1 as handed over: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>not a PEM X.509 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted certificate %1 is not a certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 was not issued by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 does not carry a valid signature of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is valid from %2 to %3, not on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted certificate %1 is not valid on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>cannot make the administrator&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot certify the key of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <source>cannot make the certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate request is not signed by the key it carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate request names no officer (common name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate request&apos;s key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a synthetic registry CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a registry CSV into the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the audit log: its chain, and with --trust CERT every signature and checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the latest audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the administrator&apos;s key and anchor certificate (or the ministry&apos;s CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an officer&apos;s own key and certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an officer (maker, checker or viewer): an administrator&apos;s signed act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certify an officer&apos;s key; also role, deactivate, revoke-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the officers, with the roles administrators&apos; signed acts gave them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, list and enrol programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply a program&apos;s eligibility to the registry (program enrol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, generate, submit, approve, send back, cancel and list cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a cycle&apos;s entitlements (cycle entitlements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the ID-to-account mapper for a cycle&apos;s financial addresses (G2P Connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare a cycle&apos;s payments into frozen batches, list them, export a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a cycle&apos;s ready batches to Payment Hub EE or G2P Connect, exactly once (a checker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve a cycle&apos;s uncertain batches by asking the hub whether it has them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the hub really paid: payments paid or failed, batches and the cycle completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before approval: joined, left, amount jumps, changed or shared accounts, paid elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money in the dark: batches sent without a final outcome, aged, with what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay failed payments again: a maker requests, a checker approves or rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cycle&apos;s disbursement report, as PDF (--pdf) and every payment as CSV (--csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evidence pack of a cycle or batch, sealed, for auditors (checked by review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer account&apos;s bank statement (MT940, CSV) against a cycle: three-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a batch file&apos;s Payment Hub EE X-SIGNATURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review a batch file offline: figures and what the hub would refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check an evidence pack offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: paydesk-cli COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run paydesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 wrong command line, 3 imported with rejected rows,
4 the reviewed file or statement has findings, 5 a batch is uncertain (resolve it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>SQLite file or postgresql:// URL (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer acting (default: %1); see paydesk-cli officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run paydesk-cli --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s bulk processor (default: the program&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s operations app (default: the program&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a hub with a private CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline of each exchange with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms takes a number of milliseconds, 100 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations-app user (OAuth password grant), instead of the program&apos;s; the password from PAYDESK_HUB_PASSWORD or the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1 at %2: PAYDESK_HUB_PASSWORD is not set and the system keychain has none (%3). paydesk-cli program password ID keeps one in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing kept for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a passphrase: set PAYDESK_KEY_PASSPHRASE (the system keychain has none for it: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acting officer&apos;s private key (encrypted PKCS#8 PEM; default: PAYDESK_OFFICER_KEY); its passphrase from PAYDESK_KEY_PASSPHRASE or the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1 needs their key: give --officer-key FILE (or PAYDESK_OFFICER_KEY). Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not protected by a passphrase: an officer&apos;s key must be an encrypted PKCS#8 file. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot act: %2. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionsChart</name>
    <message>
        <source>Payments settled over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>the system keychain did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer has no system keychain PayDesk can use (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is encoded as UTF-16; save it as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: a field is longer than %3 bytes (is a closing quote missing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: a quoted field opened on this line is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: a quote inside an unquoted field (quote the whole field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long: more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: a quoted field opened on this line is never closed and swallows the lines after it, which read like records (line %3); add the missing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: the quoted field opened on this line runs to line %3 and swallows lines that read like records (line %4); a quote is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: the quoted field opened on this line closes on line %3 and is followed by text; a quote is missing, so the records after line %1 cannot be told apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote (quote the whole field)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvStatementParser</name>
    <message>
        <source>the statement is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the statement has no &quot;%1&quot; column (it needs date, amount, currency and reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type is &quot;%1&quot;: D for a debit or C for a credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement has no entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleActionCommand</name>
    <message>
        <source>The cycle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleApprovals</name>
    <message>
        <source>cannot read the cycle&apos;s total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s approvals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot void the approvals: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleCommand</name>
    <message>
        <source>Cycle name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entitlements in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip N rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle takes an action (%1) and an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state takes draft, pending_validation, approved, rejected or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate the entitlements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entitlements created (%2 already there, %3 with no amount from the rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 cycle %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment cycles. create PROGRAM_ID --name N --start YYYY-MM-DD --end YYYY-MM-DD; generate, submit, approve, send-back or cancel CYCLE_ID; list PROGRAM_ID; entitlements CYCLE_ID [--state S]; approvals CYCLE_ID: who approved it and how many checkers its total needs; pilot CYCLE_ID: the pilot&apos;s results and whether the rest may go. Makers create, generate and submit; checkers other than its maker approve (as many as the program&apos;s tiers ask) or send back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 (%2 %3) needs %4 distinct checker(s); approved by: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval by %1 recorded: %2 of %3 checkers for a total of %4 %5; cycle %6 waits for %7 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded, but the cycle could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleDiff</name>
    <message>
        <source>entitled to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was entitled to %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, was %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid at %1 last time; now none: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in cycle %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare the cycle (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the program&apos;s previous cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the names of the beneficiaries found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment network does not know this payee: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleFinding</name>
    <message>
        <source>joined since the previous cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left since the previous cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount moved beyond the set share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid at another account last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account shared by several beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid by another program in the same period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be paid as the registry stands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleFindingsDialog</name>
    <message>
        <source>&amp;Acknowledge these findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program&apos;s first cycle, so against no earlier one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You acknowledged exactly these findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged by you: a checker acknowledges them before approving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1, %2. %3.
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleReport</name>
    <message>
        <source>cannot read the failed payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the batches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleReportPdf</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursement report: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot draw the report into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursement report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle: %1 (%2 to %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitled (approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid against entitled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments settled over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why payments failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more: the payments CSV lists every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail of the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log checkpoint: %1 entries, head %2…, signed by %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entitled beneficiary was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleSeal</name>
    <message>
        <source>cannot read the cycle&apos;s entitlements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entitlements (who is paid, or how much)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payee accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleSender</name>
    <message>
        <source>No batch to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) to send (%1), </source>
        <translation>
            <numerusform>%n batch to send (%1), </numerusform>
            <numerusform>%n batches to send (%1), </numerusform>
        </translation>
    </message>
    <message>
        <source>total %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain batch(es) (%1) are looked up on the hub first; while one stays uncertain nothing else is sent.</source>
        <translation>
            <numerusform>%n uncertain batch (%1) is looked up on the hub first; while it stays uncertain nothing else is sent.</numerusform>
            <numerusform>%n uncertain batches (%1) are looked up on the hub first; while one stays uncertain nothing else is sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before every uncertain batch was looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing else was sent: this cycle has an uncertain batch, and sends nothing more until it is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stopped by the officer: %n confirmed batch(es) were not sent</source>
        <translation>
            <numerusform>stopped by the officer: %n confirmed batch was not sent</numerusform>
            <numerusform>stopped by the officer: %n confirmed batches were not sent</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 payment(s), </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleService</name>
    <message>
        <source>a cycle needs a name and a period whose end is not before its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the cycle (is the name taken in this program?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entitlements are generated in a draft cycle; this one is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the enrolment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation was cancelled; the cycle is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the entitlements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else changed this cycle meanwhile; look at it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the entitlements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cycle has no draft entitlements to submit; generate them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the program&apos;s budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget cannot cover this cycle: it needs %1 %4, %2 %4 of the budget remains, %3 %4 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made this cycle and cannot also approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cycle changed before it was fully approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already approved this cycle; it waits for %2 more checker(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1 is %2, not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval of cycle %1 no longer holds (%2), and voiding it failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval of cycle %1 is void: %2; the cycle is back to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not acknowledged the cycle&apos;s %2 findings as they stand: look at them and acknowledge them first (Findings… on the Cycles page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleState</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleTransition</name>
    <message>
        <source>the cycle is already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cycle is %1: nothing more can happen to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cycle is %1 and cannot become %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CyclesPage</name>
    <message>
        <source>&amp;Generate entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cycle&apos;s name, e.g. 2027-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a program and who is acting (top right) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 created as a draft. Generate its entitlements next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the current step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cycle and who is acting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating entitlements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entitlements were generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entitlements created (%2 were there already, %3 got no amount from the rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on cycle %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject (back to draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before approval: who joined or left, amount jumps, changed or shared accounts, payments by other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledging the findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the cycle with the program&apos;s previous one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings to show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings for cycle %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval by %1 recorded (%2 of %3 checkers for %4 %5): cycle %6 waits for %7 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cycle yet: a maker names one below and presses Create cycle (a program comes first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cycle&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cycle&apos;s first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cycle&apos;s last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlements of the chosen cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded, but the cycle could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entitled beneficiaries of this cycle were not paid. The cycle report lists who and why; failed payments can be paid again from the Reconciliation page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL of the form postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database driver is not installed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot configure the database (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAYDESK_DATABASE_KEY is set, but this PayDesk&apos;s SQLite has no SQLCipher: the database would be stored unencrypted, so it is not opened (unset the key to use a plain file, or see docs/privacy.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database cannot be read with this PAYDESK_DATABASE_KEY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLogins</name>
    <message>
        <source>the database refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database&apos;s logins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SQLite file has no logins: officers sign in with their keys alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database already has a login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseMigrator</name>
    <message>
        <source>cannot create the schema_version table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this PayDesk knows (%2); update PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction for migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Writes a deterministic synthetic registry CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of beneficiaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of broken rows, 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count takes a whole number of rows, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bad-share takes a number from 0 to 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-data needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoRegistryGenerator</name>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>an amount and its currency code</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>the household size range must lie within 1 to 50, smallest first (it is %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the age range must lie within 0 to 130 years, youngest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>cannot read the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the enrolment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the enrolment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementRule</name>
    <message numerus="yes">
        <source>a household of %n member(s)</source>
        <translation>
            <numerusform>a household of %n member</numerusform>
            <numerusform>a household of %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household cap must be from 1 to %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount per member must be zero or more, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1 is in the table twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount for %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount for %1 is in %2, the program pays in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount for %1 must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount for %1 would be %2 %3, but the payment backend pays whole %3 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entitlement rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementState</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementTableModel</name>
    <message>
        <source>Registry ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementTransition</name>
    <message>
        <source>the entitlement is already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entitlement is %1 and cannot become %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitlementWriter</name>
    <message>
        <source>cannot write the entitlements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the entitlements: their total is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>An evidence pack of a cycle, or of one of its batches (--batch): the batch bundles with their manifests and officers&apos; sign-off, the approvals, the findings and their acknowledgements, the audit entries, the reconciliation, every payment and the PDF report, in a new folder sealed by an index of SHA-256 sums. paydesk-cli review FOLDER checks it with nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this batch of the cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence takes a cycle id and --out DIR (and --batch ID for one batch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the evidence pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack of cycle %1 written to %2; check it with paydesk-cli review %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 is not a batch of cycle %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty: an evidence pack goes into a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the approvals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the payments of batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePackVerifier</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not JSON (at byte %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PayDesk evidence pack: pack.json %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no known format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is listed but missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the file the pack was made with (its SHA-256 differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was added after the pack was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files as listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2) does not match its hash or is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit entries, each matching its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved the cycle they made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s approval is not in the audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 distinct checker(s) approved; the tiers ask for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1 of the %2 checker(s) the total needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the acknowledgement by %1 is not the audit entry it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, and the program requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) the receiver would refuse</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1: %2 payments on record for %3 rows in its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 batch bundles for %2 batches reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 batch bundles reviewed against their manifests and sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who signed cannot be checked without the administrator&apos;s certificate to trust (--trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate to trust: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no checkpoint of the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is newer than the pack&apos;s checkpoint of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them signed by officers the anchor certified, in the role the act needs; %2 made before signatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureReasonText</name>
    <message>
        <source>the payee&apos;s account was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transfer expired before it completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bank along the way had too little money to settle it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bank or the switch could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server along the way failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment&apos;s details were not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something the payment names was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expired before it completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer&apos;s bank refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a limit of the payer&apos;s account was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer&apos;s account may not send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer&apos;s account is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payee&apos;s bank or wallet refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a limit of the payee&apos;s account was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payee&apos;s account may not receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payee&apos;s account is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver did not accept the payment&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver already had this payment, so it was not paid twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver did not accept the payee&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver did not accept the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <comment>a failure in words, and the code it came with</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureReasonsChart</name>
    <message>
        <source>Why payments failed (click a bar for its payments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why payments failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileReviewPage</name>
    <message>
        <source>Open a Payment Hub EE batch file, or the CSV of an exported bundle, to review it. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the tenant&apos;s certificate, to check the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a batch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reviewed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 bytes, total %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a batch file first, then the hub&apos;s results for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s results for this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch detail or result file (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch file review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the hub&apos;s results: %1 paid, %2 failed, %3 in flight, %4 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results cannot be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an evidence pack folder: every file, audit entry, approval, signature and batch in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the evidence pack %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence pack holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate, to check the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a batch file (or an evidence pack) to see here what the hub would refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancialAddressResolver</name>
    <message>
        <source>the mapper does not know this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapper holds this id as inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account is linked to this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapper says this id is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapper gave no financial address (status &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapper&apos;s address &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program %1 pays beneficiaries at their %2, not through the ID-to-account mapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s beneficiaries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapper %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapper&apos;s answer says nothing of this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the mapper&apos;s answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1 of %2 beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the unresolved beneficiaries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked of the mapper yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the ID-to-account mapper: %1 of %2 beneficiaries…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsCommand</name>
    <message>
        <source>The share an amount may move by unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the findings (a checker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings takes a cycle id; --jump-share a share above 0 such as 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against cycle %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s first cycle: nothing to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You acknowledged these findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a checker should see before approving a cycle: beneficiaries who joined or left since the program&apos;s previous cycle, amounts that moved by more than --jump-share (0.5: 50 %), payees paid at another account last time, accounts shared by several beneficiaries, beneficiaries the program cannot pay as the registry stands, and beneficiaries paid by another program&apos;s cycle of the same period. --acknowledge: the acting checker acknowledges them, in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payees were not looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payees looked up on the payment network: %1 asked, %2 not found, %3 known already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>&amp;Show this guide at start until a program exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an empty database to a first payment. Each step is marked once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: import the beneficiaries from a CSV file (now %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program: its amount, who is eligible, the payer account and the payment hub; then enrol the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle: a maker creates it and generates the entitlements; a checker approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment: a maker prepares the batches; a checker sends them to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1, to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator: their key and the anchor certificate that certifies every officer&apos;s key (at the first sign-in: Set up the administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers: at least one maker and one checker (now %1 and %2). Each makes their key at the sign-in (Make my key…); the administrator adds them and certifies the request on the Officers page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>G2pConnectCallbackServer</name>
    <message>
        <source>cannot listen for the mapper&apos;s answers at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>G2pConnectChannel</name>
    <message>
        <source>batch %1&apos;s file cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver answered %1 statuses for %2 payments: PayDesk cannot tell whether it has batch %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program signs its G2P Connect requests (key id %1): they need its Ed25519 private key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>G2pConnectClient</name>
    <message>
        <source>no complete answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request did not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered something that is not a G2P Connect answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver has seen this request before (rjct.message_id.duplicate): PayDesk asks it which payments it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver refused the request: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver refused the status request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapper refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapper did not acknowledge the request (%1): %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapper acknowledged the request but did not answer at %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request could not be signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>G2pConnectDisburseWriter</name>
    <message>
        <source>%1 %2 has more decimals than G2P Connect&apos;s two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 has no valid payee or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>G2pConnectRequestReviewer</name>
    <message>
        <source>the request is not a JSON object: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request has no message.disbursements: it is not a G2P Connect disburse request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version is not 1.0.0: the receiver refuses it (rjct.version.invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no %1: the receiver refuses the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action is &quot;%1&quot;, not &quot;disburse&quot; (rjct.action.invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total_count says %1, the request holds %2 disbursements (rjct.total_count.invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transaction id: the batch could never be found again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reference id: the payment could never be reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference id %1 is also disbursement %2: the receiver refuses the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a financial address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount with at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not more than zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>G2pConnectSignature</name>
    <message>
        <source>the request is not a G2P Connect envelope (header and message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature field is missing or not G2P Connect&apos;s (algorithm ed25519, kidId, created, expires, signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature names sender %1, the header %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not valid now (created %1, expires %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s public key is not an Ed25519 key in PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match the header and message with the sender&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubConnectionTester</name>
    <message>
        <source>no address is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk processor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not answer: not running, a wrong address or port, a firewall, or a TLS certificate not trusted (give its CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers for tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G2P Connect receiver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G2P Connect receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers txn/status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID-to-account mapper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something answers there, but it has no batch endpoint (HTTP 404, not found): check the address and its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answers with a server error (HTTP %1): ask the hub&apos;s operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is there and takes batches (HTTP %1 to a test that sends none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers with a server error (HTTP %1): it may have no tenant %2, or be unwell; ask the hub&apos;s operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubListReader</name>
    <message>
        <source>the hub&apos;s pages of %1 changed size in the middle of the list: PayDesk cannot tell whether it read every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub&apos;s list %1 could not be read to its end (page %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub&apos;s answer to %1 is not a list (neither &quot;data&quot; nor &quot;content&quot;): PayDesk cannot tell what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub answered the same page of %1 twice: it does not page as asked, so PayDesk cannot tell whether it read every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub answered page %1 of %2 when asked for page %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub answered more rows of %1 than asked for in the middle of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub&apos;s list %1 ended at %2 rows although it announced more: PayDesk cannot tell whether it read every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub&apos;s list %1 did not end after %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubLookup</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the receiver listed %n batch(es) or payment(s)</source>
        <translation>
            <numerusform>the receiver listed %n batch or payment</numerusform>
            <numerusform>the receiver listed %n batches or payments</numerusform>
        </translation>
    </message>
    <message>
        <source>started from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 by its own clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSandbox</name>
    <message>
        <source>the bulk processor&apos;s TLS certificate or key cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bulk processor cannot listen on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bulk processor cannot listen on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operations app cannot listen on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSimulator</name>
    <message>
        <source>it is not a sandbox hub&apos;s state (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox hub has accepted work already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer %1 is out of place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubStateFile</name>
    <message>
        <source>cannot read the sandbox hub&apos;s state %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the sandbox hub&apos;s state %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the sandbox hub&apos;s state in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubTenant</name>
    <message>
        <source>&quot;%1&quot; is not NAME, NAME,CERT.pem or NAME,CERT.pem,KEY.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports a registry CSV. Accepted rows are written in one transaction; rejected rows are written to a file to fix and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a header to a field, e.g. &quot;Beneficiary No=registry_id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write rejected rows (default: FILE.rejected.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows, with their reasons, are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the whole file when a record holds bytes that are not UTF-8 (by default only that record is rejected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows were imported with a value changed by a documented rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payee accounts of this file are held by more than one registry id (likely duplicates):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFileWidgets</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already: PayDesk does not overwrite a key or certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRequestDialog</name>
    <message>
        <source>Make my key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key signs everything you do in PayDesk. Keep the key file and its passphrase to yourself; give the request file to the administrator, who certifies it on the Officers page. Then sign in with the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your officer &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request for the administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests (*.req)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalSettings</name>
    <message>
        <source>the language moved from ui/language to interface/language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings are now of version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL URL carries a password: PayDesk keeps it in the system keychain, not in its settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL server&apos;s host name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL port must be from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL database&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL user is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full path to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk cannot read and write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk cannot create %1: %2 is not a folder it may write in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hubs&apos; deadline must be from 1 to 600 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window locks after 1 to 240 minutes without use, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PayDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s settings: the database, the hubs&apos; certificates and deadline, the language (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps from an empty database to a first payment (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A send is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk is sending batches to the hub. Stop sending and close? The batch being posted is finished and recorded first; the rest stay ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window until you sign in again (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window of %1 is locked. Sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your own key to work in PayDesk: every change is signed by the officer who makes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk is still working on something you started. Close anyway? It finishes that work first, then quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MakerChecker</name>
    <message>
        <source>%1 is no longer an active officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot change anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a checker: preparing is a maker&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a maker: approving is a checker&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submitted this and cannot also approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a maker: sending money is a checker&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an administrator: administrators manage officers, not payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MojaloopConnector</name>
    <message>
        <source>The Mojaloop switch did not answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mojaloop connector cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from the Mojaloop connector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain decimal amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s)</source>
        <translation>
            <numerusform>%1 has at most %n decimal place</numerusform>
            <numerusform>%1 has at most %n decimal places</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mt940Parser</name>
    <message>
        <source>a balance reads D or C, a date YYMMDD, an ISO 4217 currency and an amount such as 1000,00: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a statement line (:61:) reads value date, entry date, D/C/RD/RC, amount, type and reference: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a date that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount above zero in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement has %1 bytes, more than the %2 PayDesk reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has %2 characters: not an MT940 statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a tag such as :61:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text before the first tag: not an MT940 statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new statement (:20:) begins before the last one closed (:62F: or :62M:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag :%1: comes before any statement (:20:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a statement line (:61:) comes before the opening balance (:60F:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement lacks its account (:25:) or opening balance (:60F:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing balance is in %1, the opening one in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing balance is %1 %2, but the opening balance and the entries make %3 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag :%1: has no place in an MT940 statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no statement (:20:) in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last statement has no closing balance (:62F:)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerAdministration</name>
    <message>
        <source>the administrator %1 has not signed in with their key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate given is not the administrator %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an officer id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot install the trust anchor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active administrator: only an administrator manages officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an officer needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already an officer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no officer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate names %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator&apos;s certificate is for administrators only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot certify the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator is made with an administrator&apos;s certificate, not by a change of role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no active officer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator cannot deactivate themself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no certificate %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PAYDESK_KEY_PASSPHRASE to the new key&apos;s passphrase (8 characters or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already: PayDesk does not overwrite a key or certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin init: the database&apos;s first act. Either PayDesk makes the administrator&apos;s key (--key-out, encrypted with PAYDESK_KEY_PASSPHRASE) and a self-signed CA certificate (--certificate-out) that certifies officers&apos; keys; or --trust names the ministry&apos;s CA certificate, and --certificate and --key the administrator&apos;s certificate it issued and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s officer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the anchor certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the anchor is valid (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ministry&apos;s CA certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s certificate, issued by --trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin init needs --id and --name, and either --key-out and --certificate-out, or --trust, --certificate and --key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the administrator&apos;s key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot install the anchor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 administers this database; the anchor&apos;s fingerprint is %2. Give the anchor certificate to auditors: they verify with --trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer request needs --key-out and --request-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key and request written. Keep the key; give %1 to the administrator to certify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers: &quot;request ID&quot; (an officer&apos;s own key and certificate request), and an administrator&apos;s acts, signed with their key: &quot;add ID --name NAME --role maker|checker|viewer&quot;, &quot;certify ID --request REQ&quot; or &quot;--certificate CERT&quot;, &quot;role ID --role ROLE&quot;, &quot;deactivate ID&quot;, &quot;revoke-key ID --certificate FINGERPRINT&quot;; or &quot;list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maker, checker or viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s certificate request (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certify: a certificate the ministry&apos;s CA issued (PEM); revoke-key: its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certify: where to write the certificate made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certify: how long the certificate is valid (default 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request: where to write the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request: where to write the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer takes request, add, certify, role, deactivate or revoke-key with an ID, or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs --name and --role; role needs --role; certify needs --request or --certificate; revoke-key needs --certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor is the ministry&apos;s CA: certificates come from it (officer certify ID --certificate CERT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 is certified: certificate %2, valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, on a shared PostgreSQL database: also the officer&apos;s own login, in the group of their role, with a new password printed once. role and deactivate follow an existing login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database login %1 is made; its password, shown this once: %2. The officer keeps it in their keychain (PayDesk asks for it at the first start).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerRepository</name>
    <message>
        <source>cannot add the officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerRole</name>
    <message>
        <source>maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerSignIn</name>
    <message>
        <source>there is no officer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active officer: an administrator must add them and certify their key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate of %1 is for this key: an administrator must certify it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of %1 was revoked by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no administrator certified this key of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerStandings</name>
    <message>
        <source>entry %1 (%2 by %3 on %4) was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2 by %3 on %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is signed with a certificate PayDesk does not hold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is signed with the certificate of %1, not of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not verify with the certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no administrator had certified the key of %1 it is signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of %1 it is signed with had been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not an active officer then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator may do this; %1 was a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was a %2 then, and may change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a %1&apos;s act, and %2 was a %3 then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not an administrator&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor was installed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there was already an officer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role granted is not one PayDesk knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there was no officer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate it names is not one of %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator&apos;s certificate is for administrators only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator&apos;s act PayDesk does not know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officers yet: the administrator adds them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certify a request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a c&amp;ertificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? They will not sign in or act again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the keys of %1? They sign in again only once a new key is certified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certified until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key certified: cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator adds officers, certifies their keys and grants their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted, because their signature does not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an officer in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor is a ministry&apos;s CA: its certificates come from it (Add a certificate…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 is certified, but the certificate could not be written to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1 is certified until %2: they can sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is taken in: they can sign in with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated: they no longer sign in or act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no certified key to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of %1 are revoked (%2): they sign in again once a new key is certified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request %1 made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate requests (*.req *.csr *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep a copy of the certificate (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an officer now, as %2. Certify their key next: they make it at the sign-in (Make my key…) and give you its request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneShotHttp</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a verified TLS connection to %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request to %1 could not be sent whole: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered something that is not HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of %1 was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is plain http to another computer: payment files and passwords would cross the network unencrypted. Use https, or allow plain http in the program&apos;s hub settings if this network is trusted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutstandingCommand</name>
    <message>
        <source>Money in the dark: the batches whose payments left PayDesk, or may have, and have no final outcome yet (uncertain batches, and payments still in flight on the hub), oldest first, by age band, with what to do about each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outstanding takes no argument but --cycle ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 (cycle %2 %3)	%4	%5 payments	%6 %7	%8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaidCycleCombo</name>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaidVsEntitledChart</name>
    <message>
        <source>Paid against entitled, per cycle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid against entitled, per cycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyId</name>
    <message>
        <source>the identifier is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier contains a comma, a quote or an invisible character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number may only hold digits, spaces, dashes and a leading +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number has 8 to 15 digits, this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bank account number may only hold letters A-Z and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bank account number has 4 to 34 characters, this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IBAN may only hold letters A-Z and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IBAN has 15 to 34 characters, this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IBAN starts with a two-letter country code and two check digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IBAN check digits do not match (mod-97 check failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an email address has one @ with text on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an email address may not hold spaces or &lt;&gt;;() characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email domain &quot;%1&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registry id has at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registry id may not hold spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a financial address has at most 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a financial address reads type:id or type:id@provider, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyIdType</name>
    <message>
        <source>phone number (MSISDN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry id, through the ID-to-account mapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financial address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyLookup</name>
    <message>
        <source>Looking the payees up on the payment network: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party lookup answered HTTP %1 without saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment network does not know this payee (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s payees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program names no party lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party lookup at %1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep a party lookup&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1 of %2 payees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment network found no account for this payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer (HTTP %1) is not a party lookup&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayeeAddress</name>
    <message>
        <source>not resolved yet: ask the ID-to-account mapper for the cycle&apos;s addresses first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID-to-account mapper did not resolve it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry holds no %1 for this beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayeeColumnDetector</name>
    <message>
        <source>The column &quot;%1&quot; looks like payee accounts but is not imported; map it if it holds the account to pay (&quot;%1=payee_address&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; looks like payee accounts but is not imported, so every beneficiary would be imported without a payee account; map it (&quot;%1=payee_address&quot;, and its type column to payee_type).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentBackend</name>
    <message>
        <source>Mifos Payment Hub EE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G2P Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed files carried by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentHubChannel</name>
    <message>
        <source>Payment Hub EE batches need the tenant&apos;s signing key to be posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch could not be signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Hub EE signs with RSA: the key given is an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentHubClient</name>
    <message>
        <source>the hub refused the batch&apos;s X-SIGNATURE: the tenant&apos;s signing key is not the one the hub knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub could not check the X-SIGNATURE with the certificate it holds for the tenant: the signing key is not the tenant&apos;s, or the signature is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub refused the file: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub refused the upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub has no payment workflow for this tenant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer from the hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch did not reach the hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub accepted the batch but its answer names no batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operations app refused the officer&apos;s credentials (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot get a token from the operations app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operations app answered something that is not JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operations app did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something between PayDesk and the hub answered %1 (%2), not the hub itself: the hub may have taken the batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentPreparer</name>
    <message>
        <source>payments are prepared for an approved cycle; this one is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cycle %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the entitlements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write payment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot close the approved re-issues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payments (%2 of them paying again what failed) in %3 ready batches; %4 already had a payment; %5 failed and wait for an approved re-issue; %6 cannot be paid as the registry stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the approved re-issues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the payments form the pilot batch, sent first; the rest waits for its results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval of cycle %1 changed while it was prepared; prepare again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentReconciler</name>
    <message>
        <source>batch %1 has not been sent: nothing to reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1: the hub&apos;s operations API: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1: the hub&apos;s transfer rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1: the hub&apos;s answer cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1: cannot record payment %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1: cannot close it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1: cannot commit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1: %2 paid, %3 failed, %4 in flight, %5 not on the hub yet; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not complete yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1&apos;s file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1: the receiver&apos;s statuses: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result file is applied by a checker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1: cannot read its payments: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checker must look at %1 disputed result(s) (contradicting rows, or another payee or amount than the frozen file) and %2 that contradict what the hub reported final before: none of them was applied (see the audit log, batch.results_disputed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1: cannot record its payments: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentReissue</name>
    <message>
        <source>cannot read the failed payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed payments are paid again in an approved or distributed cycle; this one is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 is not a failed payment of cycle %2 that waits to be paid again (it may be paid again already, or asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no failed payment of cycle %1 waits to be paid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record payment %1 in the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no re-issue request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-issue request %1 is %2 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else decided re-issue request %1 meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reopen cycle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentStatusChart</name>
    <message>
        <source>Payments by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsBrowser</name>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment to show: nothing was prepared for this cycle yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PheeCsvWriter</name>
    <message>
        <source>payment %1: the amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1: %2 %3 has a fraction; Payment Hub EE pays whole %3 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1: the payee has no valid account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1: &quot;%2&quot; holds a comma, quote or line break, which the hub would split</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PilotRelease</name>
    <message>
        <source>cannot read the pilot of cycle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1 has no pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the pilot&apos;s payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pilot has no final results yet (%1): %2 paid, %3 failed, %4 in flight of %5 payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pilot failed %1 of %2 payments (%3 %), above the program&apos;s %4 %: the rest of the cycle is stopped. Most common reasons: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pilot paid %1 of %2 payments (%3 % failed, at most %4 % allowed): the rest may go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresCopy</name>
    <message>
        <source>the database refused to take rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send rows to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>a program needs a name of at most 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program&apos;s currency is not an ISO 4217 code PayDesk knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entitlement rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligibility: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer account is missing or not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch holds from 1 to 100,000 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch file limit below 1,000 bytes cannot hold a header and a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget must be an amount in %1, more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Hub EE needs the tenant (Platform-TenantId) the program pays through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Hub EE&apos;s payment mode must be one of %1 (the hub fails every row of another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub is &quot;sandbox&quot; (PayDesk&apos;s own) or given by its bulk processor and operations URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paying by registry id needs the ID-to-account mapper, which comes with the G2P Connect backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the G2P Connect receiver is &quot;sandbox&quot; (PayDesk&apos;s own) or given by its URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paying by registry id needs the ID-to-account mapper&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramCommand</name>
    <message>
        <source>--currency takes an ISO 4217 code such as USD, KES or XOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--household-min, --household-max, --max-batch-rows and --max-file-bytes take whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--payer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol inactive beneficiaries too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enrol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrolled: %2 joined, %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--payer-type and --payee-type take msisdn, bank_account, iban, email, registry_id (resolved by the mapper) or fa; --backend takes payment_hub_ee, g2p_connect or file_only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the approval tiers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one checker approves a cycle of any total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2 %3, %4 distinct checker(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sign-off takes yes or no, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pilot-payments takes a number of payments, 0 for no pilot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pilot-max-failed takes a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the release policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each batch is sent once its maker signed it off and a checker countersigned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: batches are sent without personal sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cycle starts with a pilot batch of %1 payments; the rest goes only if at most %2 % of them failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pilot batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok      %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs. create: --name, --currency, the rule (--fixed AMOUNT or --rule JSON such as {&quot;kind&quot;:&quot;per_household_member&quot;,&quot;base&quot;:{&quot;amount&quot;:&quot;20&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;per_member&quot;:{&quot;amount&quot;:&quot;5&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;member_cap&quot;:4}), eligibility (--regions A,B, --household-min/max, --age-min/max, --include-inactive), --payer-type and --payer, --payee-type, --backend with --tenant, --payment-mode and the hub (--hub sandbox for PayDesk&apos;s own sandbox, or --bulk-url, --ops-url and --ops-user, the operations app&apos;s OAuth user) for Payment Hub EE, or --hub sandbox or --bulk-url (the disburse receiver), --mapper-url (the ID-to-account mapper, for --payee-type registry_id; with --mapper-callback-url, the mapper is asked asynchronously and answers to that address), --sender-id, --receiver-id and --signing-key-id (requests signed with Ed25519, the key given to send --key) for G2P Connect; --max-batch-rows, --max-file-bytes, --budget. list: every program. enrol ID: apply the program&apos;s eligibility to the registry. tiers ID [TIERS]: show, or set, how many distinct checkers a cycle needs by its total, as AMOUNT:CHECKERS pairs such as &quot;0:1, 50000:2, 250000:3&quot; (&quot;none&quot;: one checker). release ID: show, or set with --sign-off yes|no (each batch signed off by its maker and countersigned by a checker before it is sent), --pilot-payments N and --pilot-max-failed PERCENT (each cycle starts with a pilot batch of N payments; the rest is released only once the pilot&apos;s results are final and no more than PERCENT of them failed). check ID: test the connection to the program&apos;s hub (each part asked something harmless; the hub options override the program&apos;s addresses); exit code 1 when a part does not answer. password ID: keep the operations-app user&apos;s password, read from standard input, in the system keychain (never in the database); --forget removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With password: remove the password from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program takes create, list, enrol ID, tiers ID [TIERS], release ID, check ID or password ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1 names no operations-app user: give --hub-user (and --ops-url), or create the program with --ops-user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 at %2 is no longer in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program password reads the password from standard input: none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not kept: %1. PayDesk writes it nowhere else: set PAYDESK_HUB_PASSWORD for each run instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 at %2 is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s hub may be reached over plain http on another computer (a trusted network only: payment files and passwords cross it unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Hub EE: where payees are looked up before approval (a Mojaloop SDK scheme adapter&apos;s outbound API; the findings list those it does not know).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramPaymentSection</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each part of this hub something harmless and say what answers; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At these addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk&apos;s sandbox (no real money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain &amp;http (trusted network only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, PayDesk reaches a hub on another computer only over https: with it, payment files and passwords cross the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the operations app asks for no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain, never in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: ask the mapper synchronously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the mapper posts its answers when it is asked asynchronously (http://this-computer:8700/callback/mapper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: requests are not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer account type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay beneficiaries by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub payment mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk processor or G2P Connect receiver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub operations app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations-app user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID-to-account mapper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapper answers to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G2P Connect sender id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key id (Ed25519):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per batch, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch file bytes, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: payees are not looked up before approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Mojaloop SDK scheme adapter&apos;s outbound API: before approval, every payee is looked up there (GET /parties) and those it does not know are findings. With PayDesk&apos;s sandbox, any address here has the sandbox answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee lookup before approval:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramRepository</name>
    <message>
        <source>there is no program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a program named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the program: no id came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program of cycle %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramRuleSql</name>
    <message>
        <source>cannot read the registry&apos;s regions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry has %1 different regions; at most %2 can be told apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement per cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base amount plus an amount per household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount per region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per household member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members counted at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One region per line: Northern = 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: nothing for other regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: every region; else Northern, Coastal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol from the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entitlement rule: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entitlement rule: &quot;%1&quot; is not &quot;Region = amount&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payer account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is acting (top right) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved program and who is acting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling… the registry is being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrolled: %2 joined, %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval and release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0:1, 50000:2, 250000:3 (empty: one checker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From each total upwards (in the program&apos;s currency), how many distinct checkers approve a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each batch is signed off by its maker and countersigned by a checker before it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval tiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot payments per cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot failures allowed, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program was not saved: the approval tiers are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program was saved; its approval tiers or release policy were not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: the operations app&apos;s password was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program yet: fill in the form and press Save program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password is forgotten: the next test asks for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <source>not a PEM public key or certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an officer&apos;s key is Ed25519 or RSA; this one is neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RSA key for signing off needs at least 2048 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match the signed bytes with this key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Reconciles a cycle&apos;s sent batches with the program&apos;s Payment Hub EE: payments become paid or failed (with the hub&apos;s reason); a batch completes when every payment is final, the cycle is distributed when every batch is. Offline: --batch ID --results FILE applies the hub&apos;s batch detail export or result CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll again every S seconds until the cycle is distributed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --results: the batch the file is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s batch detail (JSON) or result CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile takes a cycle id, and --batch with --results together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 is distributed: every payment is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--watch takes a number of seconds, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 has no batch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1 names no hub to ask: give --bulk-url (and --ops-url for Payment Hub EE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile every 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconcile now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cycle and who is acting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sent batch is waiting for the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 batches asked: %2 now complete, %3 could not be read. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid vs entitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cycle&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;Every payment, CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a result &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the hub&apos;s batch detail export or result CSV, for one sent batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entitled (approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (hub %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sent batch of this cycle waits for results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a result file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s batch detail export or result CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub results (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sent batch of the cycle shown, and who is acting, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program names no hub to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match a bank &amp;statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer account&apos;s statement (MT940 or CSV): what the hub paid against what the bank debited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer account&apos;s bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statements (*.sta *.mt940 *.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the dark (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching %1 against the cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement was not matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement agrees with the hub: every paid payment is debited once, nothing else was debited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement and the hub disagree: see the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was asked: the operations app&apos;s password was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by state and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionTotalsChart</name>
    <message>
        <source>Entitled per region (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitled per region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is not a mapping of the form &quot;Header=field&quot; with a known field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; both hold the field %3; map one of them to another field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no registry_id column; map the column that holds the registry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has neither a given_name nor a family_name column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryFilePreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, header row: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: a registry file starts with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, header row, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, header row, column %2: invalid encoding (byte %3 is not UTF-8); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (check that each column feeds the right field):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a registry file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) found. Press Import to read and check every row.</source>
        <translation>
            <numerusform>%n column found. Press Import to read and check every row.</numerusform>
            <numerusform>%n columns found. Press Import to read and check every row.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %1 rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from another system&apos;s name: check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked the &amp;guessed columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the whole file if a row is not &amp;UTF-8 (otherwise only that row is rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the guessed columns, then tick the box above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported row(s) had a value changed by a documented rule (listed below).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 payee accounts of this file are held by more than one registry id (likely duplicates), e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, header row: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the registry is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry id %1 appears more than once in this file; only its first row was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the database refused the row: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>&amp;Import registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: part of a name (3+ letters), or the start of an ID, region or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is empty. Import a registry CSV file to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 beneficiaries match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n member(s)</source>
        <translation>
            <numerusform>%1, %n member</numerusform>
            <numerusform>%1, %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the registry again (other officers may have changed a shared database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;shared payee accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries whose payee account another registry id also holds: likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicate: this account is also registered for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReissueCommand</name>
    <message>
        <source>Pays failed payments again under four eyes. &quot;request CYCLE_ID&quot;: a maker asks for the cycle&apos;s failed payments (or those named by --payment) to be paid again; &quot;approve REQUEST_ID&quot; or &quot;reject REQUEST_ID --why TEXT&quot;: a checker other than the maker decides; approval reopens a distributed cycle, and the next &quot;batches prepare&quot; gives each payment a new request id. &quot;list CYCLE_ID&quot;: the cycle&apos;s requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With request: a failed payment to pay again (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With reject: the reason, kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request, approve, reject or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle (request, list) or the request (approve, reject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reissue takes request, approve, reject or list, and an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject needs --why: the reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--payment takes a payment id, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2	%3 payments	%4 %5	asked by %6 %7	%8 %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue request %1: %2 failed payments to pay again; a checker other than %3 decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue request %1 approved: &quot;batches prepare&quot; now pays them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue request %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReissuePanel</name>
    <message>
        <source>Pay &amp;failed payments again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve re-issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject re-issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked on %2 to pay %3 failed payments again (%4 %5); a checker other than %1 decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed payments are not paid again yet: a maker may ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last re-issue request: %1 payments, %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed payment waits to be paid again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is acting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue request %1 is waiting for a checker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot ask for a re-issue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No re-issue request of this cycle waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decide re-issue request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue request %1 approved: prepare the cycle&apos;s payments on the Batches page, then send the new batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue request %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay failed payments again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the %1 failed payments of this cycle to be paid again? Each gets a new payment with a new request id once a checker approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the re-issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve paying them again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the re-issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (recorded in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseGate</name>
    <message>
        <source>batch %1&apos;s file is no longer the one frozen at preparation (SHA-256 %2, frozen %3): it is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prepared batch %2 and cannot also send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made cycle %2 and cannot also send its batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the program of cycle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the payer account of %2 and cannot release its next send: another checker must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 is held: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 is sent while its cycle is approved; cycle %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 is sent once its maker signed it off and a checker countersigned it (Sign off… on the Batches page): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleasePolicyRepository</name>
    <message>
        <source>cannot read the release policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pilot has zero or more payments, and allows 0 to 100 % of them to fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the release policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>A cycle&apos;s disbursement report: --pdf writes the totals, charts, failed payments, batches and the cycle&apos;s audit trail; --csv writes every payment of the cycle, one row each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as PDF to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every payment as CSV to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to report on: cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes &quot;cycle ID&quot; and --pdf FILE, --csv FILE or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of cycle %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments of cycle %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultComparison</name>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result file is neither the hub&apos;s batch detail (JSON) nor its result CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results report it both %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results name payee %1, the frozen file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results name amount %1, the frozen file %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>Checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence pack holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews a Payment Hub EE batch file with no database and no network: rows, totals per currency, and everything the hub would refuse or mangle. A bundle&apos;s manifest and signature (FILE&apos;s .manifest.json and .signature) and the officers&apos; sign-off (.signoff.json) are checked when present; --cert checks the signature. Given a folder, checks an evidence pack (paydesk-cli evidence) instead. Officers&apos; signatures are checked against the administrator&apos;s certificate given with --trust, and count for nothing without it. Exit code 4 when anything is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate (PEM or base64 DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s certificate (the trust anchor) to check officers&apos; signatures against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-CorrelationID (default: the manifest&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform-TenantId (default: the manifest&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s file size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s batch detail export (JSON) or result CSV, to list paid, failed and missing payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the review as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review takes exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot review the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare with the results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 bytes, SHA-256 %3; total %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the results: %1 paid, %2 failed, %3 in flight, %4 missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>%1 rows; total %2; SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch file review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 bytes, total %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing the hub would refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the hub&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid, %2 failed, %3 in flight, %4 missing; %5 result rows match no payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing the hub would refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not the one its manifest describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-off does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretKeeper</name>
    <message>
        <source>The password is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain can keep the password (%1): PayDesk keeps it until it closes and writes it nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 at the hub&apos;s operations app %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the private key %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s passphrase was not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>&amp;Keep it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk needs a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain can keep it (%1): PayDesk keeps it until it closes, writes it nowhere, and asks again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Sends a cycle&apos;s ready batches to the program&apos;s Payment Hub EE, exactly once: uncertain batches are resolved first. Needs a checker. Without --yes it only shows what would leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolves a cycle&apos;s uncertain (sending) batches against the hub&apos;s operations API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s PEM private key (X-SIGNATURE); resolve needs it only to post again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this batch (a refused one is sent again only this way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer confirms the batches, payments and totals shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a cycle id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send needs --key, the tenant&apos;s signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1 pays through PayDesk&apos;s sandbox hub, which runs inside the PayDesk window: give --bulk-url and --ops-url to send from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1 names no hub: give --bulk-url and --ops-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --yes: posts again an uncertain batch the hub still does not have after the grace period (same correlation id, same file). Without --yes it shows the evidence of absence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the hub may take to show an accepted batch, on the hub&apos;s clock (at least 600, the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --batch and --yes: the officer confirms that the batch exported for hand-carry was not uploaded anywhere else; it is posted once the hub is shown not to have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grace-seconds takes a number of seconds, at least %1: a hub may take minutes to show a batch it accepted, and a shorter wait would post it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--not-uploaded-elsewhere names one batch: give --batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send to %1 (tenant %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not have the batches above although their grace period is over. If you are sure they were not uploaded in any other way, post them again with --repost --yes (same correlation id, same file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Browse for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;file on this computer (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server shared by several officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language (from the next start):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database (from the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain, never in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database as PayDesk would; an empty one gets PayDesk&apos;s tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubs (every program&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline of each exchange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 at the PostgreSQL server %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: the database&apos;s password was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ PayDesk opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database f&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a keystroke or click for this long, the window locks and asks for the officer&apos;s key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The database and the language take effect at the next start; the hubs&apos; and the lock&apos;s at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window runs on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window runs on %1, given when PayDesk started; the choice below is used when it starts without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupProgress</name>
    <message>
        <source>cannot read how far the setup is: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>Prints the X-SIGNATURE Payment Hub EE expects for a batch file: SHA3-256 of &quot;correlation id:tenant:file&quot; (the file as the hub reads it: LF lines, no trailing newline), signed with the RSA key (PKCS#1 v1.5, no DigestInfo), in Base64. With --cert, checks a signature instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s X-CorrelationID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform-TenantId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private key (PKCS#1 or PKCS#8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the environment variable holding the key&apos;s passphrase (default: PAYDESK_KEY_PASSPHRASE, else the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (PEM or base64 DER) to verify --signature with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-SIGNATURE to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign needs FILE, --correlation-id, --tenant, and either --key, or --cert with --signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Keep the passphrase in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the &amp;administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your own key: every change you make is signed with it, and nobody else can act in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window locked after a while without use. Sign in again to go on; another officer signs in after you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your encrypted key file (.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the one the keychain keeps for this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no administrator yet: make the administrator&apos;s key and certificate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody administers this database yet. The administrator sets up their key first, then adds the officers and certifies their keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not protected by a passphrase: an officer&apos;s key must be an encrypted PKCS#8 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key&apos;s passphrase: the keychain keeps none for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not open with this passphrase, or is not a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot sign in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make my &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new officer makes their key here, and gives its request to the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key is made. Give %1 to the administrator: once they certify it on the Officers page, sign in here with your key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffVerifier</name>
    <message>
        <source>nobody signed the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not the one signed (its SHA-256 is %1, the sign-off names %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checker&apos;s countersignature (%1) with no maker&apos;s sign-off to countersign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maker and the checker are the same officer or hold the same key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off and countersigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off, not yet countersigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maker&apos;s signature (%1) does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checker&apos;s countersignature (%1) does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maker&apos;s certificate (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checker&apos;s certificate (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maker&apos;s certificate (%1) is not the one its fingerprint names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checker&apos;s certificate (%1) is not the one its fingerprint names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (certificate %3…, %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>not an X.509 certificate in PEM or base64 DER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate does not hold an RSA public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not base64 of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature was not made with this certificate&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is for other content (the file, correlation id or tenant differ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>not a PEM private key (PKCS#1 or PKCS#8), or the passphrase is wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is neither RSA (Payment Hub EE signs with RSA) nor Ed25519 (G2P Connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is an Ed25519 key; Payment Hub EE signs with RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is an RSA key; G2P Connect envelopes are signed with Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key&apos;s passphrase needs at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encrypt the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an officer&apos;s RSA key needs at least 2048 bits; this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteBulkLoad</name>
    <message>
        <source>cannot prepare the bulk load (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementCommand</name>
    <message>
        <source>The payer account&apos;s bank statement (MT940 or CSV) against a cycle: &quot;match CYCLE_ID FILE&quot; lists what the hub says paid but the bank did not debit, debits for payments the hub did not pay, payments debited twice, amounts that differ, reversals, and debits that name nothing of the cycle. Exit code 4 when anything is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement takes match, a cycle id and a statement file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 debits; %2 payments the hub paid are debited; %3 paid but not debited (%4 settled after the statement).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementFindingsDialog</name>
    <message>
        <source>Bank statement against the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment or batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 debits; %3 payments the hub paid are debited; %4 paid but not debited (the first %5 listed); %6 paid after the statement&apos;s last day, not looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debited, not paid by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debited twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought back by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names nothing of this cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid, not debited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementMatcher</name>
    <message>
        <source>cannot read the cycle&apos;s payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read batch %1&apos;s payments: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank brought %1 %2 back for this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already debited at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank debited %1 %2, the payment is %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank debited it, the hub says it is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank debited %1 %2 for the batch, the hub paid %3 %4 of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment of this batch was already debited at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference and details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s paid payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub says paid; no debit on the statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>this database already has its trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the trust anchor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the trust anchor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the certificate of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has no administrator yet: set one up first (Set up the administrator… at PayDesk&apos;s sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnpaidBeneficiaries</name>
    <message>
        <source>cannot count the unpaid beneficiaries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the unpaid beneficiaries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment is on its way, not settled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no payment prepared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be paid as the registry stands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be paid as the registry stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not prepared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpaid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnresolvedAddressesView</name>
    <message>
        <source>Not paid: registry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the mapper gave no address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk-hubsim</name>
    <message>
        <source>A sandbox Payment Hub EE on this machine: bulk processor and operations app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk processor port (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations app port (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant: NAME, NAME,CERT.pem (uploads checked), or NAME,CERT.pem,KEY.pem (answers signed too). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant the hub has no workflow for (412).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to this payee fail. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to payees matching this fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mojaloop error code of those failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of other transfers that fail at random (0-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated milliseconds per real millisecond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest batch file accepted (csv.size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults from the start, as POST /sim/faults takes them: {&quot;latencyMs&quot;:500,&quot;dropAfterAccept&quot;:1,&quot;serverErrors&quot;:0,&quot;preconditionFailures&quot;:0,&quot;visibilityLagMs&quot;:2000,&quot;staleCounters&quot;:false}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk processor speaks HTTPS with this certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of --tls-cert (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations API needs a token from /oauth/token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key must name readable PEM files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--faults: not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk processor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry MOJALOOP transfers over a real switch: the Mojaloop SDK scheme adapter&apos;s outbound API at URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers in flight on the switch at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer the switch has not ended by then fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mojaloop-connector takes a URL (http://host:port), --mojaloop-concurrency and --mojaloop-timeout-ms positive numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The G2P Connect mapper&apos;s registry: a JSON object of beneficiary id -&gt; financial address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapper: %1 is not a readable JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A G2P Connect sender whose requests must be signed: SENDER_ID,PUBLIC_KEY.pem (Ed25519). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--g2p-sender takes SENDER_ID,PUBLIC_KEY.pem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
