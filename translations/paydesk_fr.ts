<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddressesCommand</name>
    <message>
        <source>Financial addresses from the G2P Connect ID-to-account mapper, for programs that pay by registry id. &quot;resolve CYCLE_ID&quot;: asks the mapper for the cycle&apos;s beneficiaries whose address is missing, unresolved or older than --max-age-days, and keeps each answer with when and from which mapper; &quot;unresolved CYCLE_ID&quot;: those who cannot be paid yet, with the mapper&apos;s reason. They are never batched.</source>
        <translation>Adresses financières venant du mappeur ID-compte de G2P Connect, pour les programmes qui paient par identifiant du registre. « resolve CYCLE_ID » : demande au mappeur les bénéficiaires du cycle dont l&apos;adresse manque, n&apos;est pas résolue ou date de plus de --max-age-days jours, et garde chaque réponse avec sa date et son mappeur ; « unresolved CYCLE_ID » : ceux qui ne peuvent pas encore être payés, avec la raison du mappeur. Ils ne sont jamais mis en lot.</translation>
    </message>
    <message>
        <source>Ask again for addresses older than this.</source>
        <translation>Redemander les adresses plus anciennes que ceci.</translation>
    </message>
    <message>
        <source>The mapper (default: the program&apos;s).</source>
        <translation>Le mappeur (par défaut : celui du programme).</translation>
    </message>
    <message>
        <source>resolve or unresolved.</source>
        <translation>resolve ou unresolved.</translation>
    </message>
    <message>
        <source>The cycle.</source>
        <translation>Le cycle.</translation>
    </message>
    <message>
        <source>addresses takes resolve or unresolved, and a cycle id.</source>
        <translation>addresses prend resolve ou unresolved, et un identifiant de cycle.</translation>
    </message>
    <message>
        <source>--max-age-days takes a number of days, 0 or more.</source>
        <translation>--max-age-days prend un nombre de jours, 0 ou plus.</translation>
    </message>
    <message>
        <source>Program %1 names no ID-to-account mapper: give --mapper-url.</source>
        <translation>Le programme %1 ne nomme aucun mappeur ID-compte : indiquez --mapper-url.</translation>
    </message>
    <message>
        <source>%1 beneficiaries asked of %2: %3 resolved, %4 unresolved; %5 known already.</source>
        <translation>%1 bénéficiaires demandés à %2 : %3 résolus, %4 non résolus ; %5 déjà connus.</translation>
    </message>
</context>
<context>
    <name>AdministratorSetupDialog</name>
    <message>
        <source>Set up the administrator</source>
        <translation>Configurer l&apos;administrateur</translation>
    </message>
    <message>
        <source>The administrator adds officers, certifies their keys and grants their roles; they touch no payment. Their key signs the anchor certificate that every officer&apos;s key is checked against: keep the key file safe and give the certificate to auditors.</source>
        <translation>L&apos;administrateur ajoute les agents, certifie leurs clés et attribue leurs rôles ; il ne touche à aucun paiement. Sa clé signe le certificat d&apos;ancrage auquel la clé de chaque agent est comparée : gardez le fichier de clé en lieu sûr et remettez le certificat aux auditeurs.</translation>
    </message>
    <message>
        <source>Officer &amp;id:</source>
        <translation>&amp;Identifiant de l&apos;agent :</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>Your &amp;key file:</source>
        <translation>Votre fichier de &amp;clé :</translation>
    </message>
    <message>
        <source>Where to keep your key</source>
        <translation>Où garder votre clé</translation>
    </message>
    <message>
        <source>Keys (*.pem)</source>
        <translation>Clés (*.pem)</translation>
    </message>
    <message>
        <source>Anchor &amp;certificate:</source>
        <translation>&amp;Certificat d&apos;ancrage :</translation>
    </message>
    <message>
        <source>Where to write the anchor certificate</source>
        <translation>Où écrire le certificat d&apos;ancrage</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Certificats (*.pem)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>&amp;Set up and sign in</source>
        <translation>&amp;Configurer et se connecter</translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation>Remplissez tous les champs.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Cannot make the key: %1</source>
        <translation>Impossible de créer la clé : %1</translation>
    </message>
    <message>
        <source>Cannot set up the administrator: %1</source>
        <translation>Impossible de configurer l&apos;administrateur : %1</translation>
    </message>
</context>
<context>
    <name>AgeingBoard</name>
    <message>
        <source>under an hour</source>
        <translation>moins d&apos;une heure</translation>
    </message>
    <message>
        <source>1 to 24 hours</source>
        <translation>1 à 24 heures</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <translation>1 à 7 jours</translation>
    </message>
    <message>
        <source>over 7 days</source>
        <translation>plus de 7 jours</translation>
    </message>
    <message>
        <source>cannot read the payments without an outcome: %1</source>
        <translation>impossible de lire les paiements sans issue : %1</translation>
    </message>
    <message>
        <source>escalate: ask the hub&apos;s operator about hub batch %1; reconciling has not brought its outcome in a week</source>
        <translation>escalader : interrogez l&apos;opérateur du hub sur son lot %1 ; le rapprochement n&apos;a pas donné d&apos;issue en une semaine</translation>
    </message>
    <message>
        <source>uncertain: resolve it (&quot;Send to the hub…&quot; on the Batches page); it is posted again only once the hub is known not to have it</source>
        <translation>incertain : résolvez-le (« Envoyer au hub… » sur la page Lots) ; il n&apos;est renvoyé qu&apos;une fois qu&apos;on sait que le hub ne l&apos;a pas</translation>
    </message>
    <message>
        <source>in flight on the hub: reconcile to ask it again (Reconcile now, on the Reconciliation page)</source>
        <translation>en cours sur le hub : rapprochez pour le lui redemander (Rapprocher maintenant, sur la page Rapprochement)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>PayDesk: beneficiary registry and payments for cash-transfer programs.</source>
        <translation>PayDesk : registre des bénéficiaires et paiements des programmes de transferts monétaires.</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>PayDesk cannot open its database.

%1</source>
        <translation>PayDesk ne peut pas ouvrir sa base de données.

%1</translation>
    </message>
    <message>
        <source>Run a sandbox Payment Hub EE in PayDesk, on free loopback ports: no real money moves.</source>
        <translation>Lancer un Payment Hub EE de démonstration dans PayDesk, sur des ports locaux libres : aucun argent réel ne circule.</translation>
    </message>
    <message>
        <source>A sandbox tenant: NAME,CERT.pem checks its uploads&apos; X-SIGNATURE. Repeatable.</source>
        <translation>Un locataire de démonstration : NOM,CERT.pem vérifie la X-SIGNATURE de ses envois. Répétable.</translation>
    </message>
    <message>
        <source>PayDesk cannot start its sandbox Payment Hub EE.

%1</source>
        <translation>PayDesk ne peut pas démarrer son Payment Hub EE de démonstration.

%1</translation>
    </message>
    <message>
        <source>Sandbox Payment Hub EE: bulk processor %1, operations app %2. No real money moves.</source>
        <translation>Payment Hub EE de démonstration : processeur de lots %1, application des opérations %2. Aucun argent réel ne circule.</translation>
    </message>
    <message>
        <source>--sandbox-mapper: %1 is not a readable JSON object of registry id -&gt; financial address</source>
        <translation>--sandbox-mapper : %1 n&apos;est pas un objet JSON lisible identifiant du registre -&gt; adresse financière</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-to-account mapper: a JSON object of registry id -&gt; financial address.</source>
        <translation>Le mappeur ID-compte de la démonstration : un objet JSON identifiant du registre -&gt; adresse financière.</translation>
    </message>
    <message>
        <source>Save a picture of the window once it is shown, then quit (for guides and installation checks).</source>
        <translation>Enregistrer une image de la fenêtre une fois affichée, puis quitter (pour les guides et les vérifications d&apos;installation).</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL (default: the one chosen in Settings, else %1).</source>
        <translation>Fichier SQLite ou URL postgresql:// (par défaut : celle choisie dans les Paramètres, sinon %1).</translation>
    </message>
    <message>
        <source>The password of %1 at the PostgreSQL server %2:</source>
        <translation>Le mot de passe de %1 sur le serveur PostgreSQL %2 :</translation>
    </message>
    <message>
        <source>PayDesk cannot open its database: its password was not given.</source>
        <translation>PayDesk ne peut pas ouvrir sa base de données : son mot de passe n&apos;a pas été donné.</translation>
    </message>
    <message>
        <source>Where the sandbox keeps what it accepted and paid across restarts (a JSON file; the demo&apos;s is in its folder).</source>
        <translation>Où la démonstration garde ce qu&apos;elle a accepté et payé d&apos;un redémarrage à l&apos;autre (un fichier JSON ; celui de la démo est dans son dossier).</translation>
    </message>
</context>
<context>
    <name>ApprovalTierRepository</name>
    <message>
        <source>cannot read the approval tiers: %1</source>
        <translation>impossible de lire les paliers d&apos;approbation : %1</translation>
    </message>
    <message>
        <source>cannot change the approval tiers: %1</source>
        <translation>impossible de modifier les paliers d&apos;approbation : %1</translation>
    </message>
</context>
<context>
    <name>ApprovalTiers</name>
    <message>
        <source>approval tier &quot;%1&quot;: write AMOUNT:CHECKERS, for example 50000:2%2</source>
        <translation>palier d&apos;approbation « %1 » : écrivez MONTANT:VÉRIFICATEURS, par exemple 50000:2%2</translation>
    </message>
    <message>
        <source>approval tier from %1: a tier needs 1 to 9 checkers from an amount of zero or more</source>
        <translation>palier à partir de %1 : un palier demande de 1 à 9 vérificateurs à partir d&apos;un montant nul ou positif</translation>
    </message>
    <message>
        <source>approval tier from %1 is given twice</source>
        <translation>le palier à partir de %1 est donné deux fois</translation>
    </message>
    <message>
        <source>approval tier from %1 asks fewer checkers (%2) than a smaller total does (%3)</source>
        <translation>le palier à partir de %1 demande moins de vérificateurs (%2) qu&apos;un total plus petit (%3)</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoint</name>
    <message>
        <source>not a PayDesk audit checkpoint (it needs entries, head_hash, taken_at, officer and signature)</source>
        <translation>pas un point de contrôle d&apos;audit PayDesk (il lui faut entries, head_hash, taken_at, officer et signature)</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>%1 has not signed in with their key</source>
        <translation>%1 ne s&apos;est pas connecté avec sa clé</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>cannot keep the audit checkpoint: %1</source>
        <translation>impossible de conserver le point de contrôle d&apos;audit : %1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The audit log: &quot;verify&quot; checks its hash chain and, with --trust, every entry&apos;s signature, who signed with which certificate in which role, and the checkpoints (exit code 1 when anything fails); &quot;list&quot; shows the latest entries.</source>
        <translation>Le journal d&apos;audit : « verify » contrôle sa chaîne de hachage et, avec --trust, la signature de chaque entrée, qui a signé avec quel certificat et dans quel rôle, et les points de contrôle (code de sortie 1 si quoi que ce soit échoue) ; « list » montre les dernières entrées.</translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation>Au plus N entrées.</translation>
    </message>
    <message>
        <source>verify: the administrator&apos;s (or ministry&apos;s) CA certificate to trust.</source>
        <translation>verify : le certificat d&apos;AC de l&apos;administrateur (ou du ministère) auquel se fier.</translation>
    </message>
    <message>
        <source>verify: a checkpoint (JSON, as artifacts carry it) the log must still contain; repeatable.</source>
        <translation>verify : un point de contrôle (JSON, tel que les artefacts le portent) que le journal doit encore contenir ; répétable.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Que faire.</translation>
    </message>
    <message>
        <source>audit takes verify or list.</source>
        <translation>audit prend verify ou list.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of entries.</source>
        <translation>--limit prend un nombre entier d&apos;entrées.</translation>
    </message>
    <message>
        <source>--checkpoint needs --trust: a checkpoint counts only when its signature checks.</source>
        <translation>--checkpoint exige --trust : un point de contrôle ne compte que si sa signature se vérifie.</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is intact: %1 entries, each chained to the one before. Signatures were not checked: give --trust CERT.</source>
        <translation>La chaîne du journal d&apos;audit est intacte : %1 entrées, chacune chaînée à la précédente. Les signatures n&apos;ont pas été vérifiées : indiquez --trust CERT.</translation>
    </message>
    <message>
        <source>The audit log is broken: %1.</source>
        <translation>Le journal d&apos;audit est rompu : %1.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the certificate to trust: %2</source>
        <translation>Impossible d&apos;utiliser %1 comme certificat de confiance : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The audit log is intact and signed: %1 entries (%2 made before signatures, chain-verified only), %3 checkpoints match it.</source>
        <translation>Le journal d&apos;audit est intact et signé : %1 entrées (%2 faites avant les signatures, vérifiées par la chaîne seulement), %3 points de contrôle lui correspondent.</translation>
    </message>
    <message>
        <source>  %1 (%2): %3 entries, certificate %4…</source>
        <translation>  %1 (%2) : %3 entrées, certificat %4…</translation>
    </message>
    <message>
        <source>The audit log does not stand: %1.</source>
        <translation>Le journal d&apos;audit ne tient pas : %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>cannot append to the audit log: %1</source>
        <translation>impossible d&apos;ajouter au journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation>l&apos;entrée %1 manque (l&apos;entrée suivante est %2)</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (an entry was removed or replaced)</source>
        <translation>l&apos;entrée %1 ne suit pas l&apos;entrée précédente (une entrée a été supprimée ou remplacée)</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (%2 by %3 on %4)</source>
        <translation>l&apos;entrée %1 a été modifiée après son écriture (%2 par %3 le %4)</translation>
    </message>
    <message>
        <source>%1 has not signed in with their key: PayDesk records an act only when the officer who does it signs it</source>
        <translation>%1 ne s&apos;est pas connecté avec sa clé : PayDesk n&apos;enregistre un acte que si l&apos;agent qui l&apos;accomplit le signe</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Filter by officer, action or subject</source>
        <translation>Filtrer par agent, action ou objet</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each chained to the one before.</source>
        <translation>
            <numerusform>Le journal d&apos;audit est intact : %n entrée, chaînée à la précédente.</numerusform>
            <numerusform>Le journal d&apos;audit est intact : %n entrées, chacune chaînée à la précédente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken: %1.</source>
        <translation>Le journal d&apos;audit est rompu : %1.</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtrer le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Nothing recorded yet, or nothing matches the filter.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant, ou rien ne correspond au filtre.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>%1 on %2 %3
before: %4
after: %5</source>
        <translation>%1 sur %2 %3
avant : %4
après : %5</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>the checkpoint of %1 does not carry the certificate it names</source>
        <translation>le point de contrôle de %1 ne porte pas le certificat qu&apos;il nomme</translation>
    </message>
    <message>
        <source>the checkpoint of %1: %2</source>
        <translation>le point de contrôle de %1 : %2</translation>
    </message>
    <message>
        <source>the checkpoint said to be signed by %1 on %2 does not verify</source>
        <translation>le point de contrôle censé être signé par %1 le %2 ne se vérifie pas</translation>
    </message>
    <message>
        <source>entry %1 is signed, yet comes before the anchor was installed</source>
        <translation>l&apos;entrée %1 est signée, mais précède l&apos;installation de l&apos;ancrage</translation>
    </message>
    <message>
        <source>no trust anchor was ever installed in this log: none of its %1 entries is signed</source>
        <translation>aucun ancrage de confiance n&apos;a jamais été installé dans ce journal : aucune de ses %1 entrées n&apos;est signée</translation>
    </message>
    <message>
        <source>the log has %1 entries, yet %2 signed a checkpoint of %3 entries on %4: entries were removed from its end</source>
        <translation>le journal a %1 entrées, mais %2 a signé un point de contrôle de %3 entrées le %4 : des entrées ont été retirées de sa fin</translation>
    </message>
    <message>
        <source>entry %1 is not the one %2&apos;s checkpoint of %3 saw: the log was rewritten</source>
        <translation>l&apos;entrée %1 n&apos;est pas celle qu&apos;a vue le point de contrôle de %2 du %3 : le journal a été réécrit</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>cannot read the names the audit log refers to: %1</source>
        <translation>impossible de lire les noms auxquels renvoie le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>a cycle of a program</comment>
        <translation>%1 sur %2 {1 ?}</translation>
    </message>
    <message>
        <source>%1 of cycle %2</source>
        <comment>a batch&apos;s number in its cycle</comment>
        <translation>%1 du cycle %2</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>le cycle %1</translation>
    </message>
    <message>
        <source>program %1</source>
        <translation>le programme %1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>le lot %1</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>le registre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a subject&apos;s type and id</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation>%1 a créé %2</translation>
    </message>
    <message>
        <source>%1 generated the entitlements of %2</source>
        <translation>%1 a généré les droits de %2</translation>
    </message>
    <message>
        <source>%1 submitted %2 for approval</source>
        <translation>%1 a soumis %2 à l&apos;approbation</translation>
    </message>
    <message>
        <source>%1 acknowledged the findings of %2</source>
        <translation>%1 a pris acte des constats de %2</translation>
    </message>
    <message>
        <source>%1 approved %2</source>
        <translation>%1 a approuvé %2</translation>
    </message>
    <message>
        <source>%1 gave one of the approvals %2 needs</source>
        <translation>%1 a donné l&apos;une des approbations dont %2 a besoin</translation>
    </message>
    <message>
        <source>%1 voided the approval of %2</source>
        <translation>%1 a annulé l&apos;approbation de %2</translation>
    </message>
    <message>
        <source>%1 sent %2 back to its maker</source>
        <translation>%1 a renvoyé %2 à son préparateur</translation>
    </message>
    <message>
        <source>%1 cancelled %2</source>
        <translation>%1 a annulé %2</translation>
    </message>
    <message>
        <source>%1 prepared the payments of %2</source>
        <translation>%1 a préparé les paiements de %2</translation>
    </message>
    <message>
        <source>%1 asked the mapper for the addresses of %2</source>
        <translation>%1 a demandé au mappeur les adresses de %2</translation>
    </message>
    <message>
        <source>%1 saw %2 distributed</source>
        <translation>%1 a constaté que %2 est distribué</translation>
    </message>
    <message>
        <source>%1 reopened %2 to pay failed payments again</source>
        <translation>%1 a rouvert %2 pour payer à nouveau les paiements échoués</translation>
    </message>
    <message>
        <source>%1 matched a bank statement against %2</source>
        <translation>%1 a rapproché un relevé bancaire de %2</translation>
    </message>
    <message>
        <source>%1 asked to pay failed payments of %2 again</source>
        <translation>%1 a demandé de payer à nouveau des paiements échoués de %2</translation>
    </message>
    <message>
        <source>%1 approved paying failed payments of %2 again</source>
        <translation>%1 a approuvé de payer à nouveau des paiements échoués de %2</translation>
    </message>
    <message>
        <source>%1 refused to pay failed payments of %2 again</source>
        <translation>%1 a refusé de payer à nouveau des paiements échoués de %2</translation>
    </message>
    <message>
        <source>%1 signed off %2</source>
        <translation>%1 a visé %2</translation>
    </message>
    <message>
        <source>%1 countersigned %2</source>
        <translation>%1 a contresigné %2</translation>
    </message>
    <message>
        <source>%1 started sending %2</source>
        <translation>%1 a commencé l&apos;envoi de %2</translation>
    </message>
    <message>
        <source>%1 sent %2 to the hub</source>
        <translation>%1 a envoyé %2 au hub</translation>
    </message>
    <message>
        <source>%1 posted %2 again</source>
        <translation>%1 a renvoyé %2</translation>
    </message>
    <message>
        <source>%1 saw the hub refuse %2</source>
        <translation>%1 a constaté que le hub refuse %2</translation>
    </message>
    <message>
        <source>%1 applied the hub&apos;s results to %2</source>
        <translation>%1 a appliqué les résultats du hub à %2</translation>
    </message>
    <message>
        <source>%1 found results for %2 that contradict what is final</source>
        <translation>%1 a trouvé pour %2 des résultats qui contredisent ce qui est définitif</translation>
    </message>
    <message>
        <source>%1 reconciled %2</source>
        <translation>%1 a rapproché %2</translation>
    </message>
    <message>
        <source>%1 exported %2 to be carried by hand</source>
        <translation>%1 a exporté %2 pour une remise en main propre</translation>
    </message>
    <message>
        <source>%1 confirmed %2 was not uploaded elsewhere</source>
        <translation>%1 a confirmé que %2 n&apos;a pas été déposé ailleurs</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 a modifié %2</translation>
    </message>
    <message>
        <source>%1 enrolled beneficiaries in %2</source>
        <translation>%1 a inscrit des bénéficiaires dans %2</translation>
    </message>
    <message>
        <source>%1 set the approval tiers of %2</source>
        <translation>%1 a fixé les paliers d&apos;approbation de %2</translation>
    </message>
    <message>
        <source>%1 set the release policy of %2</source>
        <translation>%1 a fixé la politique de libération de %2</translation>
    </message>
    <message>
        <source>%1 imported a registry file</source>
        <translation>%1 a importé un fichier de registre</translation>
    </message>
    <message>
        <source>%1 added officer %2</source>
        <translation>%1 a ajouté l&apos;agent %2</translation>
    </message>
    <message>
        <source>%1 changed the role of %2</source>
        <translation>%1 a changé le rôle de %2</translation>
    </message>
    <message>
        <source>%1 deactivated %2</source>
        <translation>%1 a désactivé %2</translation>
    </message>
    <message>
        <source>%1 certified the key of %2</source>
        <translation>%1 a certifié la clé de %2</translation>
    </message>
    <message>
        <source>%1 revoked the key of %2</source>
        <translation>%1 a révoqué la clé de %2</translation>
    </message>
    <message>
        <source>%1 installed the administrator&apos;s trust anchor</source>
        <translation>%1 a installé l&apos;ancrage de confiance de l&apos;administrateur</translation>
    </message>
    <message>
        <source>%1 did %3 to %2</source>
        <comment>an action with no sentence of its own</comment>
        <translation>%1 a fait %3 sur %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a figure&apos;s name and value</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>paiements</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>lots</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>now</source>
        <translation>désormais</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créés</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà là</translation>
    </message>
    <message>
        <source>without an amount</source>
        <translation>sans montant</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>approuvé par</translation>
    </message>
    <message>
        <source>approvals needed</source>
        <translation>approbations nécessaires</translation>
    </message>
    <message>
        <source>approvals voided before</source>
        <translation>approbations annulées auparavant</translation>
    </message>
    <message>
        <source>found</source>
        <translation>constaté</translation>
    </message>
    <message>
        <source>against</source>
        <translation>par rapport à</translation>
    </message>
    <message>
        <source>cannot be paid</source>
        <translation>impayables</translation>
    </message>
    <message>
        <source>awaiting a re-issue</source>
        <translation>en attente d&apos;un nouveau paiement</translation>
    </message>
    <message>
        <source>paid again</source>
        <translation>payés à nouveau</translation>
    </message>
    <message>
        <source>pilot payments</source>
        <translation>paiements pilotes</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>lignes lues</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutés</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangés</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusés</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>inscrits</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiés</translation>
    </message>
    <message>
        <source>correlation id</source>
        <translation>identifiant de corrélation</translation>
    </message>
    <message>
        <source>hub batch</source>
        <translation>lot du hub</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>tentative</translation>
    </message>
    <message>
        <source>mapper</source>
        <translation>mappeur</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>demandés</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolus</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>non résolus</translation>
    </message>
    <message>
        <source>known already</source>
        <translation>déjà connus</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>how</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>paliers</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2. {1:?}</translation>
    </message>
    <message>
        <source>%1 looked the payees of %2 up on the payment network</source>
        <translation>%1 a vérifié les bénéficiaires de %2 auprès du réseau de paiement</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvables</translation>
    </message>
    <message>
        <source>asked of</source>
        <translation>demandé à</translation>
    </message>
</context>
<context>
    <name>BankStatementFile</name>
    <message>
        <source>MT940 statement, %1</source>
        <translation>relevé MT940, %1</translation>
    </message>
    <message>
        <source>CSV statement, %1</source>
        <translation>relevé CSV, %1</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Folder to export into.</source>
        <translation>Dossier où exporter.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Que faire.</translation>
    </message>
    <message>
        <source>batches export needs --out DIR.</source>
        <translation>batches export demande --out DOSSIER.</translation>
    </message>
    <message>
        <source>Cannot prepare the payments: %1</source>
        <translation>Impossible de préparer les paiements : %1</translation>
    </message>
    <message>
        <source>Batch %1 exported to %2.</source>
        <translation>Lot %1 exporté vers %2.</translation>
    </message>
    <message>
        <source>Cannot export batch %1: %2</source>
        <translation>Impossible d&apos;exporter le lot %1 : %2</translation>
    </message>
    <message>
        <source>batches takes prepare, list, export or sign, and an id.</source>
        <translation>batches prend prepare, list, export ou sign, et un identifiant.</translation>
    </message>
    <message>
        <source>Cannot sign batch %1: %2</source>
        <translation>Impossible de signer le lot %1 : %2</translation>
    </message>
    <message>
        <source>Batch %1: %2.</source>
        <translation>Lot %1 : %2.</translation>
    </message>
    <message>
        <source>export: the bundle will be uploaded to the hub by hand; the batch is handed over.</source>
        <translation>export : le paquet sera téléversé à la main sur le hub ; le lot est remis en main propre.</translation>
    </message>
    <message>
        <source>Batch %1 is now handed over: PayDesk sends it only with send --batch %1 --not-uploaded-elsewhere --yes, once the hub is shown not to have it.</source>
        <translation>Le lot %1 est maintenant remis en main propre : PayDesk ne l&apos;envoie qu&apos;avec send --batch %1 --not-uploaded-elsewhere --yes, une fois montré que le hub ne l&apos;a pas.</translation>
    </message>
    <message>
        <source>Payment batches. prepare CYCLE_ID: one payment per approved entitlement, cut into batches whose files are frozen. list CYCLE_ID: the batches. export BATCH_ID --out DIR [--key KEY.pem]: the batch&apos;s CSV, its X-SIGNATURE (with the key), a manifest and the officers&apos; sign-off, for review, or with --hand-carry to be uploaded by hand (the batch is then handed over: PayDesk sends it only once an officer confirms it was not uploaded elsewhere). sign BATCH_ID: the acting officer signs the batch&apos;s manifest with their own key (--officer-key, certified by the administrator): a maker signs it off, a checker countersigns.</source>
        <translation>Lots de paiement. prepare CYCLE_ID : un paiement par droit approuvé, découpé en lots dont les fichiers sont figés. list CYCLE_ID : les lots. export BATCH_ID --out DIR [--key KEY.pem] : le CSV du lot, sa X-SIGNATURE (avec la clé), un manifeste et le visa des agents, pour revue, ou avec --hand-carry pour un téléversement manuel (le lot est alors remis : PayDesk ne l&apos;envoie qu&apos;une fois qu&apos;un agent a confirmé qu&apos;il n&apos;a pas été téléversé ailleurs). sign BATCH_ID : l&apos;agent qui agit signe le manifeste du lot avec sa propre clé (--officer-key, certifiée par l&apos;administrateur) : un préparateur le vise, un vérificateur le contresigne.</translation>
    </message>
    <message>
        <source>export: the tenant&apos;s PEM private key, to sign the file.</source>
        <translation>export : la clé privée PEM du locataire, pour signer le fichier.</translation>
    </message>
</context>
<context>
    <name>BatchFileReviewer</name>
    <message>
        <source>the file has %1 bytes; the hub accepts at most %2</source>
        <translation>le fichier a %1 octets ; le hub en accepte au plus %2</translation>
    </message>
    <message>
        <source>a blank line: the hub stops reading the file there</source>
        <translation>une ligne vide : le hub s&apos;arrête de lire le fichier là</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the hub does not know the column &quot;%1&quot; and refuses the file</source>
        <translation>le hub ne connaît pas la colonne « %1 » et refuse le fichier</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>la colonne %1 manque</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs là où l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>a comma or quote inside the field: the hub splits the line there</source>
        <translation>une virgule ou un guillemet dans le champ : le hub coupe la ligne là</translation>
    </message>
    <message>
        <source>no request id: the payment could never be reconciled</source>
        <translation>pas d&apos;identifiant de requête : le paiement ne pourrait jamais être rapproché</translation>
    </message>
    <message>
        <source>request id %1 is also on line %2</source>
        <translation>l&apos;identifiant de requête %1 est aussi à la ligne %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation>« %1 » n&apos;est pas une devise ISO 4217</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>%1 is not more than zero</source>
        <translation>%1 n&apos;est pas supérieur à zéro</translation>
    </message>
    <message>
        <source>%1 is not a whole number; the hub parses amounts as whole numbers</source>
        <translation>%1 n&apos;est pas un nombre entier ; le hub lit les montants comme des nombres entiers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier type the hub knows</source>
        <translation>« %1 » n&apos;est pas un type d&apos;identifiant connu du hub</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2: %3</source>
        <translation>« %1 » n&apos;est pas un %2 valide : %3</translation>
    </message>
    <message>
        <source>same payee, amount and currency as line %1: the hub drops this row as a duplicate</source>
        <translation>même bénéficiaire, montant et devise qu&apos;à la ligne %1 : le hub écarte cette ligne comme doublon</translation>
    </message>
    <message>
        <source>mixed payment modes (%1): the hub uses the first row&apos;s for everything</source>
        <translation>modes de paiement mélangés (%1) : le hub applique celui de la première ligne à tout</translation>
    </message>
    <message>
        <source>the signature matches the certificate</source>
        <translation>la signature correspond au certificat</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is not the manifest&apos;s: the file was changed</source>
        <translation>le SHA-256 du fichier n&apos;est pas celui du manifeste : le fichier a été modifié</translation>
    </message>
    <message>
        <source>the manifest says %1 rows, the file has %2</source>
        <translation>le manifeste indique %1 lignes, le fichier en a %2</translation>
    </message>
    <message>
        <source>the manifest says %1 %2, the file adds up to %3 %2</source>
        <translation>le manifeste indique %1 %2, le fichier totalise %3 %2</translation>
    </message>
    <message>
        <source>the file is the one the manifest describes</source>
        <translation>le fichier est celui que décrit le manifeste</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes: not a batch file</source>
        <translation>%1 a %2 octets : ce n&apos;est pas un fichier de lot</translation>
    </message>
    <message>
        <source>who signed cannot be checked without the administrator&apos;s certificate to trust (--trust)</source>
        <translation>qui a signé ne peut être vérifié sans le certificat de l&apos;administrateur auquel se fier (--trust)</translation>
    </message>
    <message>
        <source>the certificate to trust: %1</source>
        <translation>le certificat de confiance : %1</translation>
    </message>
    <message>
        <source>the bundle carries no grants (its .trust.json): whether its signers held their roles cannot be checked</source>
        <translation>le paquet ne porte aucune attribution (son .trust.json) : on ne peut pas vérifier que ses signataires avaient leur rôle</translation>
    </message>
    <message>
        <source>a grant the bundle carries does not stand: %1</source>
        <translation>une attribution que porte le paquet ne tient pas : %1</translation>
    </message>
    <message>
        <source>%1 was not an active %2 when they signed off (%3)</source>
        <translation>%1 n’était pas %2 actif au moment de son visa (%3)</translation>
    </message>
    <message>
        <source>the certificate %1 signed off with was not certified for them then, or was revoked</source>
        <translation>le certificat avec lequel %1 a visé n’était pas certifié pour cet agent à ce moment, ou a été révoqué</translation>
    </message>
</context>
<context>
    <name>BatchFileRows</name>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it lacks request_id, payee_identifier, amount or currency</source>
        <translation>il manque request_id, payee_identifier, amount ou currency</translation>
    </message>
    <message>
        <source>it is not JSON: %1 at byte %2</source>
        <translation>ce n&apos;est pas du JSON : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>it is JSON, but not a G2P Connect disburse request (no message.disbursements)</source>
        <translation>c&apos;est du JSON, mais pas une demande de versement G2P Connect (pas de message.disbursements)</translation>
    </message>
    <message>
        <source>it holds no payment</source>
        <translation>il ne contient aucun paiement</translation>
    </message>
</context>
<context>
    <name>BatchManifest</name>
    <message>
        <source>there is no ready batch %1</source>
        <translation>il n&apos;y a pas de lot prêt %1</translation>
    </message>
</context>
<context>
    <name>BatchPlanner</name>
    <message>
        <source>payment %1 alone does not fit in a %2-byte batch file</source>
        <translation>le paiement %1 seul ne tient pas dans un fichier de lot de %2 octets</translation>
    </message>
    <message>
        <source>planning was stopped</source>
        <translation>la planification a été arrêtée</translation>
    </message>
</context>
<context>
    <name>BatchRepository</name>
    <message>
        <source>batch %1 could not be read: %2</source>
        <translation>le lot %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>there is no batch %1</source>
        <translation>il n&apos;y a pas de lot %1</translation>
    </message>
</context>
<context>
    <name>BatchRowsView</name>
    <message>
        <source>Payments of the chosen batch</source>
        <translation>Paiements du lot choisi</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Payer&apos;s kind of account</source>
        <translation>Type de compte du payeur</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Payee&apos;s kind of account</source>
        <translation>Type de compte du bénéficiaire</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire du paiement</translation>
    </message>
    <message>
        <source>Payee&apos;s financial address</source>
        <translation>Adresse financière du bénéficiaire</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>Dans le fichier : %1</translation>
    </message>
</context>
<context>
    <name>BatchSender</name>
    <message>
        <source>batch %1 is %2: only ready batches are sent</source>
        <translation>le lot %1 est %2 : seuls les lots prêts sont envoyés</translation>
    </message>
    <message>
        <source>cannot mark batch %1 as sending: %2</source>
        <translation>impossible de marquer le lot %1 comme en cours d&apos;envoi : %2</translation>
    </message>
    <message>
        <source>batch %1 is being sent by another officer or process</source>
        <translation>le lot %1 est en cours d&apos;envoi par un autre agent ou processus</translation>
    </message>
    <message>
        <source>the hub took batch %1 as %2, but PayDesk could not record it (%3): it stays uncertain until resolved</source>
        <translation>le hub a pris le lot %1 sous %2, mais PayDesk n&apos;a pas pu l&apos;enregistrer (%3) : il reste incertain jusqu&apos;à sa résolution</translation>
    </message>
    <message>
        <source>batch %1 sent: the hub&apos;s batch %2</source>
        <translation>lot %1 envoyé : lot %2 du hub</translation>
    </message>
    <message>
        <source>batch %1 found on the hub as %2: sent</source>
        <translation>lot %1 trouvé sur le hub sous %2 : envoyé</translation>
    </message>
    <message>
        <source>batch %1 was refused (%2), but PayDesk could not record it: %3</source>
        <translation>le lot %1 a été refusé (%2), mais PayDesk n&apos;a pas pu l&apos;enregistrer : %3</translation>
    </message>
    <message>
        <source>batch %1 refused, nothing was paid: %2</source>
        <translation>lot %1 refusé, rien n&apos;a été payé : %2</translation>
    </message>
    <message>
        <source>batch %1 is uncertain: %2</source>
        <translation>le lot %1 est incertain : %2</translation>
    </message>
    <message>
        <source>batch %1 is not waiting to be resolved</source>
        <translation>le lot %1 n&apos;attend pas de résolution</translation>
    </message>
    <message>
        <source>batch %1 cannot be posted: %2</source>
        <translation>le lot %1 ne peut pas être envoyé : %2</translation>
    </message>
    <message>
        <source>the hub could not say whether it has the batch: %1</source>
        <translation>le hub n&apos;a pas pu dire s&apos;il a le lot : %1</translation>
    </message>
    <message>
        <source>the database refused the change without saying why</source>
        <translation>la base de données a refusé la modification sans dire pourquoi</translation>
    </message>
    <message>
        <source>batch %1 was exported for hand-carry: it is sent from here only after an officer confirms it was not uploaded anywhere else, and the hub is then shown not to have it</source>
        <translation>le lot %1 a été exporté pour être remis en main propre : il n&apos;est envoyé d&apos;ici qu&apos;après qu&apos;un agent a confirmé qu&apos;il n&apos;a été téléversé nulle part ailleurs, et une fois montré que le hub ne l&apos;a pas</translation>
    </message>
    <message>
        <source>batch %1 is not sent: batch %2 of the same cycle is uncertain, and nothing more of the cycle leaves until it is resolved</source>
        <translation>le lot %1 n&apos;est pas envoyé : le lot %2 du même cycle est incertain, et rien d&apos;autre du cycle ne part avant sa résolution</translation>
    </message>
    <message>
        <source>batch %1 is not sent: PayDesk cannot read whether another batch of its cycle is uncertain</source>
        <translation>le lot %1 n&apos;est pas envoyé : PayDesk ne peut pas lire si un autre lot de son cycle est incertain</translation>
    </message>
    <message>
        <source>batch %1 was not posted: the hub could not say whether it already has it (%2)</source>
        <translation>le lot %1 n&apos;a pas été envoyé : le hub n&apos;a pas pu dire s&apos;il l&apos;a déjà (%2)</translation>
    </message>
    <message>
        <source>batch %1 stays handed over: %2</source>
        <translation>le lot %1 reste remis en main propre : %2</translation>
    </message>
    <message>
        <source>another officer or process changed it first</source>
        <translation>un autre agent ou processus l&apos;a modifié avant</translation>
    </message>
    <message>
        <source>batch %1 sent: the hub&apos;s batch %2 (recorded by another officer or process)</source>
        <translation>lot %1 envoyé : lot %2 du hub (enregistré par un autre agent ou processus)</translation>
    </message>
    <message>
        <source>the batch changed state meanwhile (%1)</source>
        <translation>le lot a changé d&apos;état entre-temps (%1)</translation>
    </message>
    <message>
        <source>batch %1 was already on the hub as %2 (sent before, from a copy of this database or by hand): recorded as sent, not posted again</source>
        <translation>le lot %1 était déjà sur le hub sous %2 (envoyé avant, depuis une copie de cette base ou à la main) : enregistré comme envoyé, pas renvoyé</translation>
    </message>
    <message>
        <source>not on the hub, but the hub&apos;s answers carry no time (Date header), so PayDesk cannot tell whether it may still appear: ask the hub&apos;s operators whether batch %1 (correlation id %2) arrived</source>
        <translation>absent du hub, mais les réponses du hub ne portent pas d&apos;heure (en-tête Date), donc PayDesk ne peut pas dire s&apos;il peut encore apparaître : demandez aux opérateurs du hub si le lot %1 (identifiant de corrélation %2) est arrivé</translation>
    </message>
    <message>
        <source>not on the hub; its grace period of %1 s starts now, by the hub&apos;s clock</source>
        <translation>absent du hub ; son délai de grâce de %1 s commence maintenant, à l&apos;horloge du hub</translation>
    </message>
    <message>
        <source>not on the hub yet; it may still appear (%1 s of the %2 s grace period have passed by the hub&apos;s clock)</source>
        <translation>pas encore sur le hub ; il peut encore apparaître (%1 s des %2 s du délai de grâce sont passées à l&apos;horloge du hub)</translation>
    </message>
    <message>
        <source>not on the hub %1 s after it was posted, by the hub&apos;s clock (%2): it can be posted again, with the same correlation id and file, once an officer confirms</source>
        <translation>absent du hub %1 s après son envoi, à l&apos;horloge du hub (%2) : il peut être renvoyé, avec le même identifiant de corrélation et le même fichier, une fois qu&apos;un agent l&apos;a confirmé</translation>
    </message>
</context>
<context>
    <name>BatchSignOff</name>
    <message>
        <source>%1 signs nothing: only active makers sign off and checkers countersign</source>
        <translation>%1 ne signe rien : seuls les initiateurs actifs visent et les vérificateurs contresignent</translation>
    </message>
    <message>
        <source>the maker&apos;s sign-off of batch %1 does not check: %2</source>
        <translation>le visa de l&apos;initiateur du lot %1 ne se vérifie pas : %2</translation>
    </message>
    <message>
        <source>batch %1 has no maker&apos;s sign-off to countersign yet</source>
        <translation>le lot %1 n&apos;a pas encore de visa d&apos;initiateur à contresigner</translation>
    </message>
    <message>
        <source>%1 signed batch %2 off and cannot also countersign it</source>
        <translation>%1 a visé le lot %2 et ne peut pas aussi le contresigner</translation>
    </message>
    <message>
        <source>%1 holds the same key as the maker who signed batch %2 off: a countersignature needs another key</source>
        <translation>%1 détient la même clé que l&apos;initiateur qui a visé le lot %2 : un contreseing demande une autre clé</translation>
    </message>
    <message>
        <source>cannot record the signature: %1</source>
        <translation>impossible d&apos;enregistrer la signature : %1</translation>
    </message>
    <message>
        <source>cannot read the sign-off of batch %1: %2</source>
        <translation>impossible de lire le visa du lot %1 : %2</translation>
    </message>
    <message>
        <source>batch %1 is already signed off by its maker (%2)</source>
        <translation>le lot %1 est déjà visé par son préparateur (%2)</translation>
    </message>
    <message>
        <source>batch %1 is already countersigned by a checker (%2)</source>
        <translation>le lot %1 est déjà contresigné par un vérificateur (%2)</translation>
    </message>
    <message>
        <source>batch %1 is not waiting to be sent: only a ready (or handed-over) batch is signed off</source>
        <translation>le lot %1 n&apos;attend pas d&apos;être envoyé : seul un lot prêt (ou remis en main propre) est visé</translation>
    </message>
    <message>
        <source>%1 has not signed in with their key</source>
        <translation>%1 ne s&apos;est pas connecté avec sa clé</translation>
    </message>
</context>
<context>
    <name>BatchState</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>ready to send</source>
        <translation>prêt à envoyer</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>completed with failures</source>
        <translation>terminé avec des échecs</translation>
    </message>
    <message>
        <source>refused by the hub</source>
        <translation>refusé par le hub</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>remis en main propre</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Batches of the cycle</source>
        <translation>Lots du cycle</translation>
    </message>
    <message>
        <source>No batch for this cycle: once a checker approved it, a maker presses Prepare payments.</source>
        <translation>Aucun lot pour ce cycle : une fois qu&apos;un vérificateur l&apos;a approuvé, un préparateur appuie sur Préparer les paiements.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libération</translation>
    </message>
    <message>
        <source>Hub batch / what to do</source>
        <translation>Lot du hub / que faire</translation>
    </message>
    <message>
        <source>%1, %2, batch %3</source>
        <translation>%1, %2, lot %3</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>Identifiant de corrélation : %1</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>pilote</translation>
    </message>
    <message>
        <source>signed off by %1</source>
        <translation>visé par %1</translation>
    </message>
    <message>
        <source>countersigned by %1</source>
        <translation>contresigné par %1</translation>
    </message>
    <message>
        <source>Uncertain: the hub may have it. Send again to find out (it is looked up on the hub, never posted twice); after the grace period it can be posted again once you confirm. %1</source>
        <translation>Incertain : le hub l&apos;a peut-être. Envoyez de nouveau pour le savoir (il est recherché sur le hub, jamais envoyé deux fois) ; après le délai de grâce, il peut être renvoyé si vous le confirmez. %1</translation>
    </message>
    <message>
        <source>Refused, nothing was paid: %1</source>
        <translation>Refusé, rien n&apos;a été payé : %1</translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <source>&amp;Prepare payments</source>
        <translation>&amp;Préparer les paiements</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exporter le lot…</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Cycle :</translation>
    </message>
    <message>
        <source>Choose an approved cycle and who is acting first.</source>
        <translation>Choisissez d&apos;abord un cycle approuvé et qui agit.</translation>
    </message>
    <message>
        <source>Preparing payments and freezing their batch files…</source>
        <translation>Préparation des paiements et gel de leurs fichiers de lot…</translation>
    </message>
    <message>
        <source>No payments were prepared: %1</source>
        <translation>Aucun paiement n&apos;a été préparé : %1</translation>
    </message>
    <message>
        <source>Choose a batch first.</source>
        <translation>Choisissez d&apos;abord un lot.</translation>
    </message>
    <message>
        <source>The bundle was not exported: %1</source>
        <translation>Le lot n&apos;a pas été exporté : %1</translation>
    </message>
    <message>
        <source>Exported to %1 (.csv, .manifest.json%2).</source>
        <translation>Exporté vers %1 (.csv, .manifest.json%2).</translation>
    </message>
    <message>
        <source>Export the batch into</source>
        <translation>Exporter le lot dans</translation>
    </message>
    <message>
        <source>The tenant&apos;s private key, to sign (cancel: unsigned)</source>
        <translation>La clé privée du locataire, pour signer (annuler : sans signature)</translation>
    </message>
    <message>
        <source>PEM keys (*.pem);;All files (*)</source>
        <translation>Clés PEM (*.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Send to the hub…</source>
        <translation>&amp;Envoyer au hub…</translation>
    </message>
    <message>
        <source>Choose a cycle and who is acting first.</source>
        <translation>Choisissez d&apos;abord un cycle et qui agit.</translation>
    </message>
    <message>
        <source>This program pays through the sandbox hub: start PayDesk with --sandbox.</source>
        <translation>Ce programme paie par le hub bac à sable : lancez PayDesk avec --sandbox.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n&apos;a été envoyé : %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 uncertain, %3 refused.</source>
        <translation>%1 envoyés, %2 incertains, %3 refusés.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) of this cycle are uncertain: a checker must resolve them (Send to the hub) before anything else is sent.</source>
        <translation>
            <numerusform>%n lot de ce cycle est incertain : un vérificateur doit le résoudre (Envoyer au hub) avant tout autre envoi.</numerusform>
            <numerusform>%n lots de ce cycle sont incertains : un vérificateur doit les résoudre (Envoyer au hub) avant tout autre envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending money is a checker&apos;s work: act as a checker (top right).</source>
        <translation>Envoyer de l&apos;argent est le travail d&apos;un vérificateur : agissez en tant que vérificateur (en haut à droite).</translation>
    </message>
    <message>
        <source>The tenant&apos;s private key, to sign (X-SIGNATURE)</source>
        <translation>La clé privée du locataire, pour signer (X-SIGNATURE)</translation>
    </message>
    <message>
        <source>Send to Payment Hub EE</source>
        <translation>Envoyer au Payment Hub EE</translation>
    </message>
    <message>
        <source>Send to the hub now? %1

Once sent, payments cannot be called back.</source>
        <translation>Envoyer au hub maintenant ? %1

Une fois envoyés, les paiements ne peuvent pas être rappelés.</translation>
    </message>
    <message>
        <source>This program asks the sandbox&apos;s mapper for addresses: start PayDesk with --sandbox.</source>
        <translation>Ce programme demande les adresses au mapper du bac à sable : lancez PayDesk avec --sandbox.</translation>
    </message>
    <message>
        <source>This program pays by registry id but names no ID-to-account mapper.</source>
        <translation>Ce programme paie par identifiant au registre mais ne nomme aucun mapper identifiant-compte.</translation>
    </message>
    <message>
        <source>Asking the ID-to-account mapper for the beneficiaries&apos; addresses…</source>
        <translation>Demande des adresses des bénéficiaires au mapper identifiant-compte…</translation>
    </message>
    <message>
        <source>The mapper was asked for %1 addresses: %2 resolved, %3 unresolved (%4 known already). %5</source>
        <translation>%1 adresses demandées au mapper : %2 résolues, %3 non résolues (%4 déjà connues). %5</translation>
    </message>
    <message>
        <source>This program names no hub: set the addresses of its payment backend.</source>
        <translation>Ce programme ne nomme aucun hub : indiquez les adresses de son canal de paiement.</translation>
    </message>
    <message>
        <source>Resolve uncertain batches, then send the ready ones to the program&apos;s hub (a checker&apos;s work).</source>
        <translation>Résoudre les lots incertains, puis envoyer les lots prêts au hub du programme (travail de vérificateur).</translation>
    </message>
    <message>
        <source>The program&apos;s Ed25519 private key, to sign its G2P Connect requests</source>
        <translation>La clé privée Ed25519 du programme, pour signer ses requêtes G2P Connect</translation>
    </message>
    <message>
        <source>Send through G2P Connect</source>
        <translation>Envoyer par G2P Connect</translation>
    </message>
    <message>
        <source>Sign &amp;off…</source>
        <translation>&amp;Viser…</translation>
    </message>
    <message>
        <source>Sign the selected batch&apos;s manifest with your own key: a maker signs it off, a checker countersigns.</source>
        <translation>Signer le manifeste du lot choisi avec votre propre clé : un initiateur le vise, un vérificateur contresigne.</translation>
    </message>
    <message>
        <source>E&amp;vidence pack…</source>
        <translation>Dossier de &amp;preuves…</translation>
    </message>
    <message>
        <source>Write the cycle&apos;s evidence pack for auditors into a new folder.</source>
        <translation>Écrire le dossier de preuves du cycle pour les auditeurs dans un nouveau dossier.</translation>
    </message>
    <message>
        <source>A new folder for the evidence pack</source>
        <translation>Un nouveau dossier pour le dossier de preuves</translation>
    </message>
    <message>
        <source>Choose a batch and who is acting first.</source>
        <translation>Choisissez d&apos;abord un lot et qui agit.</translation>
    </message>
    <message>
        <source>Batch %1 was not signed: %2</source>
        <translation>Le lot %1 n&apos;a pas été signé : %2</translation>
    </message>
    <message>
        <source>Batch %1: %2.</source>
        <translation>Lot %1 : %2.</translation>
    </message>
    <message>
        <source>Writing the evidence pack of the cycle…</source>
        <translation>Écriture du dossier de preuves du cycle…</translation>
    </message>
    <message>
        <source>The evidence pack was not written: %1</source>
        <translation>Le dossier de preuves n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the operations app&apos;s password was not given.</source>
        <translation>Rien n&apos;a été envoyé : le mot de passe de l&apos;application des opérations n&apos;a pas été donné.</translation>
    </message>
    <message>
        <source>The batch is now handed over: PayDesk will not send it unless you confirm it was not uploaded elsewhere.</source>
        <translation>Le lot est maintenant remis en main propre : PayDesk ne l&apos;enverra pas sans que vous confirmiez qu&apos;il n&apos;a pas été téléversé ailleurs.</translation>
    </message>
    <message>
        <source>Export the batch</source>
        <translation>Exporter le lot</translation>
    </message>
    <message>
        <source>Will this bundle be uploaded to the hub by hand?

Yes: the batch is handed over, and PayDesk will not send it unless an officer confirms it was not uploaded elsewhere. No: the bundle is for review only.</source>
        <translation>Ce paquet sera-t-il téléversé à la main sur le hub ?

Oui : le lot est remis en main propre, et PayDesk ne l&apos;enverra pas sans qu&apos;un agent confirme qu&apos;il n&apos;a pas été téléversé ailleurs. Non : le paquet sert seulement à la revue.</translation>
    </message>
    <message>
        <source>Stopping: the batch being posted is finished and recorded, nothing more is sent…</source>
        <translation>Arrêt : le lot en cours d&apos;envoi est terminé et enregistré, rien de plus n&apos;est envoyé…</translation>
    </message>
    <message>
        <source>Looking up the uncertain batches on the hub…</source>
        <translation>Recherche des lots incertains sur le hub…</translation>
    </message>
    <message>
        <source>Post batch %1 again?</source>
        <translation>Renvoyer le lot %1 ?</translation>
    </message>
    <message>
        <source>Batch %1 was posted but the hub does not show it, although its grace period is over: %2.

Post it again only if you are sure it was not uploaded in any other way. It is posted with the same correlation id and the same file.</source>
        <translation>Le lot %1 a été envoyé mais le hub ne le montre pas, bien que son délai de grâce soit passé : %2.

Ne le renvoyez que si vous êtes sûr qu&apos;il n&apos;a pas été téléversé d&apos;une autre façon. Il est envoyé avec le même identifiant de corrélation et le même fichier.</translation>
    </message>
    <message>
        <source>Evidence pack written to %1; an auditor checks it on the File review page.</source>
        <translation>Dossier de preuves écrit dans %1 ; un auditeur le vérifie sur la page Revue de fichiers.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop safely: a batch being posted is finished and recorded first.</source>
        <translation>Arrêter sans risque : un lot en cours d&apos;envoi est d&apos;abord terminé et enregistré.</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>Arrêt au prochain point sûr…</translation>
    </message>
    <message>
        <source>Batch %1 of %2: %3 %4 of %5 sent so far.</source>
        <translation>Lot %1 sur %2 : %3 %4 sur %5 envoyés jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Nothing to send: no batch of this cycle is ready or uncertain.</source>
        <translation>Rien à envoyer : aucun lot de ce cycle n&apos;est prêt ni incertain.</translation>
    </message>
</context>
<context>
    <name>BeneficiariesCommand</name>
    <message>
        <source>Lists beneficiaries of the registry.</source>
        <translation>Liste les bénéficiaires du registre.</translation>
    </message>
    <message>
        <source>Text to look for.</source>
        <translation>Texte à chercher.</translation>
    </message>
    <message>
        <source>What --filter matches: name, id, region or phone.</source>
        <translation>Ce que --filter compare : name, id, region ou phone.</translation>
    </message>
    <message>
        <source>Order: id, name, region or phone.</source>
        <translation>Ordre : id, name, region ou phone.</translation>
    </message>
    <message>
        <source>Descending order.</source>
        <translation>Ordre décroissant.</translation>
    </message>
    <message>
        <source>Only beneficiaries enrolled in this program.</source>
        <translation>Seulement les bénéficiaires inscrits à ce programme.</translation>
    </message>
    <message>
        <source>Only beneficiaries whose payee account another registry id holds too.</source>
        <translation>Seulement les bénéficiaires dont le compte de paiement est aussi détenu par un autre identifiant du registre.</translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation>Au plus N lignes.</translation>
    </message>
    <message>
        <source>Skip the first N rows.</source>
        <translation>Sauter les N premières lignes.</translation>
    </message>
    <message>
        <source>Phone numbers, payee accounts and national ids masked but for their last four characters.</source>
        <translation>Numéros de téléphone, comptes de paiement et numéros d&apos;identité nationaux masqués sauf leurs quatre derniers caractères.</translation>
    </message>
    <message>
        <source>--by takes name, id, region or phone, not &quot;%1&quot;.</source>
        <translation>--by prend name, id, region ou phone, pas « %1 ».</translation>
    </message>
    <message>
        <source>--sort takes id, name, region or phone, not &quot;%1&quot;.</source>
        <translation>--sort prend id, name, region ou phone, pas « %1 ».</translation>
    </message>
    <message>
        <source>--limit and --offset take whole numbers of rows.</source>
        <translation>--limit et --offset prennent des nombres entiers de lignes.</translation>
    </message>
    <message>
        <source>Cannot read the registry: %1</source>
        <translation>Impossible de lire le registre : %1</translation>
    </message>
    <message>
        <source>%1 of %2 matching beneficiaries shown.</source>
        <translation>%1 des %2 bénéficiaires correspondants affichés.</translation>
    </message>
    <message>
        <source>Write the rows as a registry CSV (every matching row unless --limit is given), safe to open in a spreadsheet: a value a spreadsheet would run as a formula starts with an apostrophe.</source>
        <translation>Écrire les lignes en CSV de registre (toutes les lignes correspondantes sauf si --limit est donné), sans risque dans un tableur : une valeur qu&apos;un tableur exécuterait comme formule commence par une apostrophe.</translation>
    </message>
</context>
<context>
    <name>BeneficiaryRowValidator</name>
    <message>
        <source>holds a control or invisible formatting character (U+%1)</source>
        <translation>contient un caractère de contrôle ou de mise en forme invisible (U+%1)</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la ligne a %1 champs mais l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>a beneficiary needs a given name or a family name</source>
        <translation>un bénéficiaire a besoin d&apos;un prénom ou d&apos;un nom de famille</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender (use F, M, O or leave it empty)</source>
        <translation>« %1 » n&apos;est pas un genre (utilisez F, M, O ou laissez vide)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>« %1 » n&apos;est pas une date de la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 est dans le futur</translation>
    </message>
    <message>
        <source>%1 is before 1900</source>
        <translation>%1 est avant 1900</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a household size from 1 to %2</source>
        <translation>« %1 » n&apos;est pas une taille de ménage de 1 à %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes/no, true/false or 1/0</source>
        <translation>« %1 » n&apos;est pas oui/non, true/false ou 1/0</translation>
    </message>
    <message>
        <source>a payee type is given but no payee address</source>
        <translation>un type de bénéficiaire du paiement est donné mais pas d&apos;adresse de paiement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payee type (msisdn, bank_account, iban, email or registry_id)</source>
        <translation>« %1 » n&apos;est pas un type de bénéficiaire du paiement (msisdn, bank_account, iban, email ou registry_id)</translation>
    </message>
    <message>
        <source>invalid encoding: byte %1 of the field (0x%2) is not UTF-8; save the file as UTF-8</source>
        <translation>encodage non valide : l&apos;octet %1 du champ (0x%2) n&apos;est pas de l&apos;UTF-8 ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2</source>
        <translation>trop long : %1 caractères, au plus %2</translation>
    </message>
    <message>
        <source>the value held line breaks; each was turned into a space</source>
        <translation>la valeur contenait des sauts de ligne ; chacun a été remplacé par une espace</translation>
    </message>
    <message>
        <source>a payee address is given but no payee type</source>
        <translation>une adresse du bénéficiaire est donnée mais pas son type</translation>
    </message>
</context>
<context>
    <name>BeneficiaryTableModel</name>
    <message>
        <source>Cannot read the registry: %1</source>
        <translation>Impossible de lire le registre : %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>ID de registre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Payee type</source>
        <translation>Type de bénéficiaire</translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation>Compte du bénéficiaire</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write the bundle: %1</source>
        <translation>impossible d&apos;écrire le paquet : %1</translation>
    </message>
    <message>
        <source>cannot mark batch %1 as handed over: %2</source>
        <translation>impossible de marquer le lot %1 comme remis en main propre : %2</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>not a PEM X.509 certificate</source>
        <translation>pas un certificat X.509 PEM</translation>
    </message>
    <message>
        <source>the trusted certificate %1 is not a certificate authority</source>
        <translation>le certificat de confiance %1 n&apos;est pas une autorité de certification</translation>
    </message>
    <message>
        <source>the certificate of %1 was not issued by %2</source>
        <translation>le certificat de %1 n&apos;a pas été émis par %2</translation>
    </message>
    <message>
        <source>the certificate of %1 does not carry a valid signature of %2</source>
        <translation>le certificat de %1 ne porte pas de signature valide de %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is valid from %2 to %3, not on %4</source>
        <translation>le certificat de %1 est valide du %2 au %3, pas le %4</translation>
    </message>
    <message>
        <source>the trusted certificate %1 is not valid on %2</source>
        <translation>le certificat de confiance %1 n&apos;est pas valide le %2</translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>cannot make the administrator&apos;s certificate</source>
        <translation>impossible de créer le certificat de l&apos;administrateur</translation>
    </message>
    <message>
        <source>cannot certify the key of %1</source>
        <translation>impossible de certifier la clé de %1</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <source>cannot make the certificate request</source>
        <translation>impossible de créer la demande de certificat</translation>
    </message>
    <message>
        <source>not a PEM certificate request</source>
        <translation>pas une demande de certificat PEM</translation>
    </message>
    <message>
        <source>the certificate request is not signed by the key it carries</source>
        <translation>la demande de certificat n&apos;est pas signée par la clé qu&apos;elle porte</translation>
    </message>
    <message>
        <source>the certificate request names no officer (common name)</source>
        <translation>la demande de certificat ne nomme aucun agent (nom commun)</translation>
    </message>
    <message>
        <source>the certificate request&apos;s key: %1</source>
        <translation>la clé de la demande de certificat : %1</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>write a synthetic registry CSV</source>
        <translation>écrire un CSV de registre synthétique</translation>
    </message>
    <message>
        <source>import a registry CSV into the database</source>
        <translation>importer un CSV de registre dans la base de données</translation>
    </message>
    <message>
        <source>list beneficiaries</source>
        <translation>lister les bénéficiaires</translation>
    </message>
    <message>
        <source>check the audit log: its chain, and with --trust CERT every signature and checkpoint</source>
        <translation>contrôler le journal d&apos;audit : sa chaîne, et avec --trust CERT chaque signature et point de contrôle</translation>
    </message>
    <message>
        <source>show the latest audit log entries</source>
        <translation>afficher les dernières entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>the administrator&apos;s key and anchor certificate (or the ministry&apos;s CA)</source>
        <translation>la clé de l&apos;administrateur et le certificat d&apos;ancrage (ou l&apos;AC du ministère)</translation>
    </message>
    <message>
        <source>an officer&apos;s own key and certificate request</source>
        <translation>la clé propre d&apos;un agent et sa demande de certificat</translation>
    </message>
    <message>
        <source>add an officer (maker, checker or viewer): an administrator&apos;s signed act</source>
        <translation>ajouter un agent (préparateur, vérificateur ou lecteur) : un acte signé d&apos;un administrateur</translation>
    </message>
    <message>
        <source>certify an officer&apos;s key; also role, deactivate, revoke-key</source>
        <translation>certifier la clé d&apos;un agent ; aussi role, deactivate, revoke-key</translation>
    </message>
    <message>
        <source>list the officers, with the roles administrators&apos; signed acts gave them</source>
        <translation>lister les agents, avec les rôles que leur ont donnés les actes signés des administrateurs</translation>
    </message>
    <message>
        <source>create, list and enrol programs</source>
        <translation>créer, lister et inscrire des programmes</translation>
    </message>
    <message>
        <source>apply a program&apos;s eligibility to the registry (program enrol)</source>
        <translation>appliquer l&apos;éligibilité d&apos;un programme au registre (program enrol)</translation>
    </message>
    <message>
        <source>create, generate, submit, approve, send back, cancel and list cycles</source>
        <translation>créer, générer, soumettre, approuver, renvoyer, annuler et lister des cycles</translation>
    </message>
    <message>
        <source>list a cycle&apos;s entitlements (cycle entitlements)</source>
        <translation>lister les droits d&apos;un cycle (cycle entitlements)</translation>
    </message>
    <message>
        <source>ask the ID-to-account mapper for a cycle&apos;s financial addresses (G2P Connect)</source>
        <translation>demander au mappeur ID-compte les adresses financières d&apos;un cycle (G2P Connect)</translation>
    </message>
    <message>
        <source>prepare a cycle&apos;s payments into frozen batches, list them, export a bundle</source>
        <translation>préparer les paiements d&apos;un cycle en lots figés, les lister, exporter un paquet</translation>
    </message>
    <message>
        <source>send a cycle&apos;s ready batches to Payment Hub EE or G2P Connect, exactly once (a checker)</source>
        <translation>envoyer les lots prêts d&apos;un cycle à Payment Hub EE ou G2P Connect, une seule fois (un vérificateur)</translation>
    </message>
    <message>
        <source>resolve a cycle&apos;s uncertain batches by asking the hub whether it has them</source>
        <translation>résoudre les lots incertains d&apos;un cycle en demandant au hub s&apos;il les a</translation>
    </message>
    <message>
        <source>what the hub really paid: payments paid or failed, batches and the cycle completed</source>
        <translation>ce que le hub a vraiment payé : paiements payés ou échoués, lots et cycle terminés</translation>
    </message>
    <message>
        <source>before approval: joined, left, amount jumps, changed or shared accounts, paid elsewhere</source>
        <translation>avant l&apos;approbation : entrées, sorties, sauts de montant, comptes changés ou partagés, payés ailleurs</translation>
    </message>
    <message>
        <source>money in the dark: batches sent without a final outcome, aged, with what to do</source>
        <translation>l&apos;argent dans le noir : lots envoyés sans résultat final, par ancienneté, avec quoi faire</translation>
    </message>
    <message>
        <source>pay failed payments again: a maker requests, a checker approves or rejects</source>
        <translation>repayer des paiements échoués : un préparateur demande, un vérificateur approuve ou rejette</translation>
    </message>
    <message>
        <source>a cycle&apos;s disbursement report, as PDF (--pdf) and every payment as CSV (--csv)</source>
        <translation>le rapport de versement d&apos;un cycle, en PDF (--pdf) et chaque paiement en CSV (--csv)</translation>
    </message>
    <message>
        <source>an evidence pack of a cycle or batch, sealed, for auditors (checked by review)</source>
        <translation>un dossier de preuves d&apos;un cycle ou d&apos;un lot, scellé, pour les auditeurs (vérifié par review)</translation>
    </message>
    <message>
        <source>the payer account&apos;s bank statement (MT940, CSV) against a cycle: three-way</source>
        <translation>rapprocher le relevé bancaire du compte payeur (MT940, CSV) d&apos;un cycle : à trois voies</translation>
    </message>
    <message>
        <source>print a batch file&apos;s Payment Hub EE X-SIGNATURE</source>
        <translation>afficher la X-SIGNATURE Payment Hub EE d&apos;un fichier de lot</translation>
    </message>
    <message>
        <source>review a batch file offline: figures and what the hub would refuse</source>
        <translation>relire un fichier de lot hors ligne : chiffres et ce que le hub refuserait</translation>
    </message>
    <message>
        <source>check an evidence pack offline</source>
        <translation>vérifier un dossier de preuves hors ligne</translation>
    </message>
    <message>
        <source>Usage: paydesk-cli COMMAND [OPTIONS]</source>
        <translation>Utilisation : paydesk-cli COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run paydesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Lancez paydesk-cli COMMANDE --help pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 wrong command line, 3 imported with rejected rows,
4 the reviewed file or statement has findings, 5 a batch is uncertain (resolve it).</source>
        <translation>Codes de sortie : 0 succès, 1 échec, 2 ligne de commande erronée, 3 importé avec des lignes rejetées,
4 le fichier relu ou le relevé présente des constats, 5 un lot est incertain (résolvez-le).</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>SQLite file or postgresql:// URL (default: %1).</source>
        <translation>Fichier SQLite ou URL postgresql:// (par défaut : %1).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Afficher du JSON pour les scripts.</translation>
    </message>
    <message>
        <source>The officer acting (default: %1); see paydesk-cli officer.</source>
        <translation>L&apos;agent qui agit (par défaut : %1) ; voir paydesk-cli officer.</translation>
    </message>
    <message>
        <source>Run paydesk-cli --help for the commands.</source>
        <translation>Lancez paydesk-cli --help pour les commandes.</translation>
    </message>
    <message>
        <source>The hub&apos;s bulk processor (default: the program&apos;s).</source>
        <translation>Le processeur de lots du hub (par défaut : celui du programme).</translation>
    </message>
    <message>
        <source>The hub&apos;s operations app (default: the program&apos;s).</source>
        <translation>L&apos;application des opérations du hub (par défaut : celle du programme).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a hub with a private CA.</source>
        <translation>Certificats d&apos;AC supplémentaires (PEM) pour un hub à AC privée.</translation>
    </message>
    <message>
        <source>Deadline of each exchange with the hub.</source>
        <translation>Délai de chaque échange avec le hub.</translation>
    </message>
    <message>
        <source>--timeout-ms takes a number of milliseconds, 100 or more.</source>
        <translation>--timeout-ms prend un nombre de millisecondes, 100 ou plus.</translation>
    </message>
    <message>
        <source>Operations-app user (OAuth password grant), instead of the program&apos;s; the password from PAYDESK_HUB_PASSWORD or the system keychain.</source>
        <translation>Utilisateur de l&apos;application des opérations (OAuth, mot de passe), à la place de celui du programme ; le mot de passe vient de PAYDESK_HUB_PASSWORD ou du trousseau du système.</translation>
    </message>
    <message>
        <source>No password for %1 at %2: PAYDESK_HUB_PASSWORD is not set and the system keychain has none (%3). paydesk-cli program password ID keeps one in the keychain.</source>
        <translation>Pas de mot de passe pour %1 sur %2 : PAYDESK_HUB_PASSWORD n&apos;est pas défini et le trousseau du système n&apos;en a aucun (%3). paydesk-cli program password ID en garde un dans le trousseau.</translation>
    </message>
    <message>
        <source>nothing kept for this user</source>
        <translation>rien n&apos;est gardé pour cet utilisateur</translation>
    </message>
    <message>
        <source>%1 has a passphrase: set PAYDESK_KEY_PASSPHRASE (the system keychain has none for it: %2)</source>
        <translation>%1 a une phrase secrète : définissez PAYDESK_KEY_PASSPHRASE (le trousseau du système n&apos;en a aucune pour elle : %2)</translation>
    </message>
    <message>
        <source>nothing kept</source>
        <translation>rien n&apos;est gardé</translation>
    </message>
    <message>
        <source>The acting officer&apos;s private key (encrypted PKCS#8 PEM; default: PAYDESK_OFFICER_KEY); its passphrase from PAYDESK_KEY_PASSPHRASE or the system keychain.</source>
        <translation>La clé privée de l&apos;agent qui agit (PEM PKCS#8 chiffré ; par défaut : PAYDESK_OFFICER_KEY) ; sa phrase secrète vient de PAYDESK_KEY_PASSPHRASE ou du trousseau du système.</translation>
    </message>
    <message>
        <source>Acting as %1 needs their key: give --officer-key FILE (or PAYDESK_OFFICER_KEY). Nothing was done.</source>
        <translation>Agir en tant que %1 exige sa clé : indiquez --officer-key FICHIER (ou PAYDESK_OFFICER_KEY). Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>%1 is not protected by a passphrase: an officer&apos;s key must be an encrypted PKCS#8 file. Nothing was done.</source>
        <translation>%1 n&apos;est pas protégé par une phrase secrète : la clé d&apos;un agent doit être un fichier PKCS#8 chiffré. Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>%1 cannot act: %2. Nothing was done.</source>
        <translation>%1 ne peut pas agir : %2. Rien n&apos;a été fait.</translation>
    </message>
</context>
<context>
    <name>CompletionsChart</name>
    <message>
        <source>Payments settled over time</source>
        <translation>Paiements réglés au fil du temps</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>the system keychain did not answer within %1 s</source>
        <translation>le trousseau du système n&apos;a pas répondu dans les %1 s</translation>
    </message>
    <message>
        <source>this computer has no system keychain PayDesk can use (%1)</source>
        <translation>cet ordinateur n&apos;a pas de trousseau système utilisable par PayDesk (%1)</translation>
    </message>
    <message>
        <source>the system keychain refused access: %1</source>
        <translation>le trousseau du système a refusé l&apos;accès : %1</translation>
    </message>
    <message>
        <source>the system keychain cannot be used: %1</source>
        <translation>le trousseau du système ne peut pas être utilisé : %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>the file is encoded as UTF-16; save it as UTF-8 and import it again</source>
        <translation>le fichier est encodé en UTF-16 ; enregistrez-le en UTF-8 et importez-le de nouveau</translation>
    </message>
    <message>
        <source>line %1, column %2: a field is longer than %3 bytes (is a closing quote missing?)</source>
        <translation>ligne %1, colonne %2 : un champ dépasse %3 octets (manque-t-il un guillemet fermant ?)</translation>
    </message>
    <message>
        <source>line %1, column %2: a quoted field opened on this line is never closed</source>
        <translation>ligne %1, colonne %2 : un champ entre guillemets ouvert sur cette ligne n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>line %1, column %2: a quote inside an unquoted field (quote the whole field)</source>
        <translation>ligne %1, colonne %2 : un guillemet dans un champ sans guillemets (mettez tout le champ entre guillemets)</translation>
    </message>
    <message>
        <source>line %1, column %2: text after the closing quote of a field</source>
        <translation>ligne %1, colonne %2 : du texte après le guillemet fermant d&apos;un champ</translation>
    </message>
    <message>
        <source>too long: more than %1 bytes</source>
        <translation>trop long : plus de %1 octets</translation>
    </message>
    <message>
        <source>line %1, column %2: a quoted field opened on this line is never closed and swallows the lines after it, which read like records (line %3); add the missing quote</source>
        <translation>ligne %1, colonne %2 : un champ entre guillemets ouvert sur cette ligne n&apos;est jamais fermé et avale les lignes suivantes, qui se lisent comme des enregistrements (ligne %3) ; ajoutez le guillemet manquant</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>un champ entre guillemets ouvert à la ligne %1 n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>un guillemet dans un champ sans guillemets (mettez tout le champ entre guillemets)</translation>
    </message>
    <message>
        <source>line %1, column %2: the quoted field opened on this line runs to line %3 and swallows lines that read like records (line %4); a quote is missing</source>
        <translation>ligne %1, colonne %2 : le champ entre guillemets ouvert sur cette ligne court jusqu&apos;à la ligne %3 et avale des lignes qui se lisent comme des enregistrements (ligne %4) ; un guillemet manque</translation>
    </message>
    <message>
        <source>line %1, column %2: the quoted field opened on this line closes on line %3 and is followed by text; a quote is missing, so the records after line %1 cannot be told apart</source>
        <translation>ligne %1, colonne %2 : le champ entre guillemets ouvert sur cette ligne se ferme à la ligne %3 et est suivi de texte ; un guillemet manque, les enregistrements après la ligne %1 ne peuvent donc pas être distingués</translation>
    </message>
    <message>
        <source>text after the closing quote (quote the whole field)</source>
        <translation>du texte après le guillemet fermant (mettez tout le champ entre guillemets)</translation>
    </message>
</context>
<context>
    <name>CsvStatementParser</name>
    <message>
        <source>the statement is empty</source>
        <translation>le relevé est vide</translation>
    </message>
    <message>
        <source>line 1: the statement has no &quot;%1&quot; column (it needs date, amount, currency and reference)</source>
        <translation>ligne 1 : le relevé n&apos;a pas de colonne « %1 » (il lui faut date, amount, currency et reference)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>« %1 » n&apos;est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation>« %1 » n&apos;est pas une devise ISO 4217</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2: %3</source>
        <translation>« %1 » n&apos;est pas un montant en %2 : %3</translation>
    </message>
    <message>
        <source>it is zero</source>
        <translation>il est nul</translation>
    </message>
    <message>
        <source>the type is &quot;%1&quot;: D for a debit or C for a credit</source>
        <translation>le type est « %1 » : D pour un débit ou C pour un crédit</translation>
    </message>
    <message>
        <source>the statement has no entries</source>
        <translation>le relevé n&apos;a aucune écriture</translation>
    </message>
</context>
<context>
    <name>CycleActionCommand</name>
    <message>
        <source>The cycle.</source>
        <translation>Le cycle.</translation>
    </message>
</context>
<context>
    <name>CycleApprovals</name>
    <message>
        <source>cannot read the cycle&apos;s total: %1</source>
        <translation>impossible de lire le total du cycle : %1</translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s approvals: %1</source>
        <translation>impossible de lire les approbations du cycle : %1</translation>
    </message>
    <message>
        <source>cannot record the approval: %1</source>
        <translation>impossible d&apos;enregistrer l&apos;approbation : %1</translation>
    </message>
    <message>
        <source>cannot void the approvals: %1</source>
        <translation>impossible d&apos;annuler les approbations : %1</translation>
    </message>
</context>
<context>
    <name>CycleCommand</name>
    <message>
        <source>Cycle name.</source>
        <translation>Nom du cycle.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Premier jour.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Dernier jour.</translation>
    </message>
    <message>
        <source>Only entitlements in this state.</source>
        <translation>Seulement les droits dans cet état.</translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation>Au plus N lignes.</translation>
    </message>
    <message>
        <source>Skip N rows.</source>
        <translation>Sauter N lignes.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>L&apos;un de : %1.</translation>
    </message>
    <message>
        <source>cycle takes an action (%1) and an id.</source>
        <translation>cycle prend une action (%1) et un identifiant.</translation>
    </message>
    <message>
        <source>--state takes draft, pending_validation, approved, rejected or cancelled.</source>
        <translation>--state prend draft, pending_validation, approved, rejected ou cancelled.</translation>
    </message>
    <message>
        <source>Cannot create the cycle: %1</source>
        <translation>Impossible de créer le cycle : %1</translation>
    </message>
    <message>
        <source>Cycle %1 created.</source>
        <translation>Cycle %1 créé.</translation>
    </message>
    <message>
        <source>Cannot generate the entitlements: %1</source>
        <translation>Impossible de générer les droits : %1</translation>
    </message>
    <message>
        <source>%1 entitlements created (%2 already there, %3 with no amount from the rule).</source>
        <translation>%1 droits créés (%2 existaient déjà, %3 sans montant selon la règle).</translation>
    </message>
    <message>
        <source>Cannot %1 cycle %2: %3</source>
        <translation>Impossible de faire « %1 » sur le cycle %2 : %3</translation>
    </message>
    <message>
        <source>Cycle %1 is now %2.</source>
        <translation>Le cycle %1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Payment cycles. create PROGRAM_ID --name N --start YYYY-MM-DD --end YYYY-MM-DD; generate, submit, approve, send-back or cancel CYCLE_ID; list PROGRAM_ID; entitlements CYCLE_ID [--state S]; approvals CYCLE_ID: who approved it and how many checkers its total needs; pilot CYCLE_ID: the pilot&apos;s results and whether the rest may go. Makers create, generate and submit; checkers other than its maker approve (as many as the program&apos;s tiers ask) or send back.</source>
        <translation>Cycles de paiement. create PROGRAM_ID --name N --start AAAA-MM-JJ --end AAAA-MM-JJ ; generate, submit, approve, send-back ou cancel CYCLE_ID ; list PROGRAM_ID ; entitlements CYCLE_ID [--state S] ; approvals CYCLE_ID : qui l&apos;a approuvé et combien de vérificateurs son total demande ; pilot CYCLE_ID : les résultats du pilote et si le reste peut partir. Les préparateurs créent, génèrent et soumettent ; des vérificateurs autres que son préparateur approuvent (autant que les paliers du programme le demandent) ou renvoient.</translation>
    </message>
    <message>
        <source>Cycle %1 (%2 %3) needs %4 distinct checker(s); approved by: %5.</source>
        <translation>Le cycle %1 (%2 %3) demande %4 vérificateur(s) distinct(s) ; approuvé par : %5.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne encore</translation>
    </message>
    <message>
        <source>Cycle %1: %2.</source>
        <translation>Cycle %1 : %2.</translation>
    </message>
    <message>
        <source>Approval by %1 recorded: %2 of %3 checkers for a total of %4 %5; cycle %6 waits for %7 more.</source>
        <translation>Approbation de %1 enregistrée : %2 vérificateurs sur %3 pour un total de %4 %5 ; le cycle %6 en attend encore %7.</translation>
    </message>
    <message>
        <source>Recorded, but the cycle could not be read again: %1</source>
        <translation>Enregistré, mais le cycle n’a pas pu être relu : %1</translation>
    </message>
</context>
<context>
    <name>CycleDiff</name>
    <message>
        <source>entitled to %1</source>
        <translation>droit à %1</translation>
    </message>
    <message>
        <source>was entitled to %1 in %2</source>
        <translation>avait droit à %1 dans %2</translation>
    </message>
    <message>
        <source>%1, was %2 in %3</source>
        <translation>%1, était %2 dans %3</translation>
    </message>
    <message>
        <source>paid at %1 last time; now none: %2</source>
        <translation>payé à %1 la dernière fois ; aucune adresse maintenant : %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 in cycle %2 of %3</source>
        <translation>%1 dans le cycle %2 de %3</translation>
    </message>
    <message>
        <source>cannot compare the cycle (%1): %2</source>
        <translation>impossible de comparer le cycle (%1) : %2</translation>
    </message>
    <message>
        <source>cannot read the program&apos;s previous cycle: %1</source>
        <translation>impossible de lire le cycle précédent du programme : %1</translation>
    </message>
    <message>
        <source>cannot read the names of the beneficiaries found: %1</source>
        <translation>impossible de lire les noms des bénéficiaires constatés : %1</translation>
    </message>
    <message>
        <source>the payment network does not know this payee: %1</source>
        <translation>le réseau de paiement ne connaît pas ce bénéficiaire : %1</translation>
    </message>
</context>
<context>
    <name>CycleFinding</name>
    <message>
        <source>joined since the previous cycle</source>
        <translation>entré depuis le cycle précédent</translation>
    </message>
    <message>
        <source>left since the previous cycle</source>
        <translation>sorti depuis le cycle précédent</translation>
    </message>
    <message>
        <source>amount moved beyond the set share</source>
        <translation>montant au-delà de la part fixée</translation>
    </message>
    <message>
        <source>paid at another account last time</source>
        <translation>payé sur un autre compte la dernière fois</translation>
    </message>
    <message>
        <source>account shared by several beneficiaries</source>
        <translation>compte partagé par plusieurs bénéficiaires</translation>
    </message>
    <message>
        <source>paid by another program in the same period</source>
        <translation>payé par un autre programme sur la même période</translation>
    </message>
    <message>
        <source>cannot be paid as the registry stands</source>
        <translation>impayable en l&apos;état du registre</translation>
    </message>
</context>
<context>
    <name>CycleFindingsDialog</name>
    <message>
        <source>&amp;Acknowledge these findings</source>
        <translation>&amp;Prendre acte de ces constats</translation>
    </message>
    <message>
        <source>Before approval</source>
        <translation>Avant l&apos;approbation</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>Identifiant au registre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>against cycle %1</source>
        <translation>face au cycle %1</translation>
    </message>
    <message>
        <source>the program&apos;s first cycle, so against no earlier one</source>
        <translation>le premier cycle du programme, donc face à aucun autre</translation>
    </message>
    <message>
        <source>You acknowledged exactly these findings.</source>
        <translation>Vous avez pris acte de ces constats-là.</translation>
    </message>
    <message>
        <source>Not acknowledged by you: a checker acknowledges them before approving.</source>
        <translation>Vous n&apos;en avez pas pris acte : un vérificateur en prend acte avant d&apos;approuver.</translation>
    </message>
    <message>
        <source>Cycle %1, %2. %3.
%4</source>
        <translation>Cycle %1, %2. %3.
%4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Figures or reason</source>
        <translation>Chiffres ou raison</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Rien de constaté</translation>
    </message>
</context>
<context>
    <name>CycleReport</name>
    <message>
        <source>cannot read the failed payments: %1</source>
        <translation>impossible de lire les paiements échoués : %1</translation>
    </message>
    <message>
        <source>cannot read the batches: %1</source>
        <translation>impossible de lire les lots : %1</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>cannot read the payments: %1</source>
        <translation>impossible de lire les paiements : %1</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>impossible d&apos;écrire le rapport : %1</translation>
    </message>
</context>
<context>
    <name>CycleReportPdf</name>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Disbursement report: %1, %2</source>
        <translation>Rapport de décaissement : %1, %2</translation>
    </message>
    <message>
        <source>cannot draw the report into %1</source>
        <translation>impossible de dessiner le rapport dans %1</translation>
    </message>
    <message>
        <source>Disbursement report</source>
        <translation>Rapport de décaissement</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programme : %1</translation>
    </message>
    <message>
        <source>Cycle: %1 (%2 to %3), %4</source>
        <translation>Cycle : %1 (du %2 au %3), %4</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>Établi par %1 le %2</translation>
    </message>
    <message>
        <source>Totals (%1)</source>
        <translation>Totaux (%1)</translation>
    </message>
    <message>
        <source>Entitled (approved)</source>
        <translation>Droits (approuvés)</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Paid against entitled (%1)</source>
        <translation>Payé par rapport aux droits (%1)</translation>
    </message>
    <message>
        <source>Payments by state</source>
        <translation>Paiements par état</translation>
    </message>
    <message>
        <source>Payments settled over time</source>
        <translation>Paiements réglés au fil du temps</translation>
    </message>
    <message>
        <source>Why payments failed</source>
        <translation>Pourquoi des paiements ont échoué</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucune raison donnée)</translation>
    </message>
    <message>
        <source>Failed payments: %1</source>
        <translation>Paiements échoués : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>ID au registre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Paid again</source>
        <translation>Payé à nouveau</translation>
    </message>
    <message>
        <source>…and %1 more: the payments CSV lists every one.</source>
        <translation>…et %1 de plus : le CSV des paiements les liste tous.</translation>
    </message>
    <message>
        <source>Batches: %1</source>
        <translation>Lots : %1</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Hub batch</source>
        <translation>Lot du hub</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>…and %1 more batches.</source>
        <translation>…et %1 lots de plus.</translation>
    </message>
    <message>
        <source>Audit trail of the cycle</source>
        <translation>Piste d&apos;audit du cycle</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>cannot finish the report %1</source>
        <translation>impossible de terminer le rapport %1</translation>
    </message>
    <message>
        <source>Audit log checkpoint: %1 entries, head %2…, signed by %3 on %4</source>
        <translation>Point de contrôle du journal d&apos;audit : %1 entrées, tête %2…, signé par %3 le %4</translation>
    </message>
    <message>
        <source>Every entitled beneficiary was paid</source>
        <translation>Chaque bénéficiaire ayant droit a été payé</translation>
    </message>
    <message>
        <source>Not paid: %1</source>
        <translation>Non payés : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Why not paid</source>
        <translation>Pourquoi non payé</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…et %1 de plus.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>CycleSeal</name>
    <message>
        <source>cannot read the cycle&apos;s entitlements: %1</source>
        <translation>impossible de lire les droits du cycle : %1</translation>
    </message>
    <message>
        <source>the entitlements (who is paid, or how much)</source>
        <translation>les droits (qui est payé, ou combien)</translation>
    </message>
    <message>
        <source>the payee accounts</source>
        <translation>les comptes des bénéficiaires</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>CycleSender</name>
    <message>
        <source>No batch to send.</source>
        <translation>Aucun lot à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) to send (%1), </source>
        <translation>
            <numerusform>%n lot à envoyer (%1), </numerusform>
            <numerusform>%n lots à envoyer (%1), </numerusform>
        </translation>
    </message>
    <message>
        <source>total %1.</source>
        <translation>total %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain batch(es) (%1) are looked up on the hub first; while one stays uncertain nothing else is sent.</source>
        <translation>
            <numerusform>%n lot incertain (%1) est d&apos;abord recherché sur le hub ; tant qu&apos;un lot reste incertain, rien d&apos;autre n&apos;est envoyé.</numerusform>
            <numerusform>%n lots incertains (%1) sont d&apos;abord recherchés sur le hub ; tant qu&apos;un lot reste incertain, rien d&apos;autre n&apos;est envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before every uncertain batch was looked up</source>
        <translation>arrêté avant que chaque lot incertain ait été recherché</translation>
    </message>
    <message>
        <source>nothing else was sent: this cycle has an uncertain batch, and sends nothing more until it is resolved</source>
        <translation>rien d&apos;autre n&apos;a été envoyé : ce cycle a un lot incertain, et n&apos;envoie rien de plus avant sa résolution</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>rien n&apos;a été envoyé : %1</translation>
    </message>
    <message numerus="yes">
        <source>stopped by the officer: %n confirmed batch(es) were not sent</source>
        <translation>
            <numerusform>arrêté par l&apos;agent : %n lot confirmé n&apos;a pas été envoyé</numerusform>
            <numerusform>arrêté par l&apos;agent : %n lots confirmés n&apos;ont pas été envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 payment(s), </source>
        <translation>%1 paiement(s), </translation>
    </message>
</context>
<context>
    <name>CycleService</name>
    <message>
        <source>a cycle needs a name and a period whose end is not before its start</source>
        <translation>un cycle demande un nom et une période dont la fin n&apos;est pas avant le début</translation>
    </message>
    <message>
        <source>cannot create the cycle (is the name taken in this program?): %1</source>
        <translation>impossible de créer le cycle (le nom est-il déjà pris dans ce programme ?) : %1</translation>
    </message>
    <message>
        <source>there is no cycle %1</source>
        <translation>il n&apos;y a pas de cycle %1</translation>
    </message>
    <message>
        <source>entitlements are generated in a draft cycle; this one is %1</source>
        <translation>les droits se génèrent dans un cycle en brouillon ; celui-ci est %1</translation>
    </message>
    <message>
        <source>cannot read the enrolment: %1</source>
        <translation>impossible de lire l&apos;inscription : %1</translation>
    </message>
    <message>
        <source>Generation was cancelled; the cycle is unchanged.</source>
        <translation>La génération a été annulée ; le cycle est inchangé.</translation>
    </message>
    <message>
        <source>cannot commit the entitlements: %1</source>
        <translation>impossible de valider les droits : %1</translation>
    </message>
    <message>
        <source>cannot change the cycle: %1</source>
        <translation>impossible de modifier le cycle : %1</translation>
    </message>
    <message>
        <source>someone else changed this cycle meanwhile; look at it again</source>
        <translation>quelqu&apos;un d&apos;autre a modifié ce cycle entre-temps ; regardez-le à nouveau</translation>
    </message>
    <message>
        <source>cannot change the entitlements: %1</source>
        <translation>impossible de modifier les droits : %1</translation>
    </message>
    <message>
        <source>the cycle has no draft entitlements to submit; generate them first</source>
        <translation>le cycle n&apos;a aucun droit en brouillon à soumettre ; générez-les d&apos;abord</translation>
    </message>
    <message>
        <source>cannot read the program&apos;s budget: %1</source>
        <translation>impossible de lire le budget du programme : %1</translation>
    </message>
    <message>
        <source>the budget cannot cover this cycle: it needs %1 %4, %2 %4 of the budget remains, %3 %4 short</source>
        <translation>le budget ne couvre pas ce cycle : il faut %1 %4, il reste %2 %4 du budget, il manque %3 %4</translation>
    </message>
    <message>
        <source>%1 made this cycle and cannot also approve it</source>
        <translation>%1 a établi ce cycle et ne peut pas aussi l&apos;approuver</translation>
    </message>
    <message>
        <source>the cycle changed before it was fully approved</source>
        <translation>le cycle a changé avant d&apos;être entièrement approuvé</translation>
    </message>
    <message>
        <source>%1 has already approved this cycle; it waits for %2 more checker(s)</source>
        <translation>%1 a déjà approuvé ce cycle ; il attend encore %2 vérificateur(s)</translation>
    </message>
    <message>
        <source>cycle %1 is %2, not approved</source>
        <translation>le cycle %1 est %2, pas approuvé</translation>
    </message>
    <message>
        <source>%1 changed after the approval</source>
        <translation>%1 ont changé après l&apos;approbation</translation>
    </message>
    <message>
        <source>the approval of cycle %1 no longer holds (%2), and voiding it failed: %3</source>
        <translation>l&apos;approbation du cycle %1 ne tient plus (%2), et son annulation a échoué : %3</translation>
    </message>
    <message>
        <source>the approval of cycle %1 is void: %2; the cycle is back to approve</source>
        <translation>l&apos;approbation du cycle %1 est nulle : %2 ; le cycle revient à l&apos;approbation</translation>
    </message>
    <message>
        <source>cycle %1 could not be read: %2</source>
        <translation>le cycle %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 has not acknowledged the cycle&apos;s %2 findings as they stand: look at them and acknowledge them first (Findings… on the Cycles page)</source>
        <translation>%1 n&apos;a pas pris acte des %2 constats du cycle tels qu&apos;ils sont : examinez-les et prenez-en acte d&apos;abord (Constats… sur la page Cycles)</translation>
    </message>
    <message>
        <source>cannot read the registry: %1</source>
        <translation>impossible de lire le registre : %1</translation>
    </message>
</context>
<context>
    <name>CycleState</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>distributed</source>
        <translation>distribué</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>CycleTransition</name>
    <message>
        <source>the cycle is already %1</source>
        <translation>le cycle est déjà %1</translation>
    </message>
    <message>
        <source>the cycle is %1: nothing more can happen to it</source>
        <translation>le cycle est %1 : plus rien ne peut lui arriver</translation>
    </message>
    <message>
        <source>the cycle is %1 and cannot become %2</source>
        <translation>le cycle est %1 et ne peut pas devenir %2</translation>
    </message>
</context>
<context>
    <name>CyclesPage</name>
    <message>
        <source>&amp;Generate entitlements</source>
        <translation>&amp;Générer les droits</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>New cycle&apos;s name, e.g. 2027-01</source>
        <translation>Nom du nouveau cycle, par ex. 2027-01</translation>
    </message>
    <message>
        <source>&amp;Create cycle</source>
        <translation>&amp;Créer le cycle</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>&amp;Soumettre pour approbation</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Ca&amp;ncel cycle</source>
        <translation>A&amp;nnuler le cycle</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programme :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Choose a program and who is acting (top right) first.</source>
        <translation>Choisissez d&apos;abord un programme et qui agit (en haut à droite).</translation>
    </message>
    <message>
        <source>The cycle was not created: %1</source>
        <translation>Le cycle n&apos;a pas été créé : %1</translation>
    </message>
    <message>
        <source>Cycle %1 created as a draft. Generate its entitlements next.</source>
        <translation>Cycle %1 créé en brouillon. Générez ensuite ses droits.</translation>
    </message>
    <message>
        <source>Wait until the current step is done.</source>
        <translation>Attendez la fin de l&apos;étape en cours.</translation>
    </message>
    <message>
        <source>Choose a cycle and who is acting first.</source>
        <translation>Choisissez d&apos;abord un cycle et qui agit.</translation>
    </message>
    <message>
        <source>Generating entitlements…</source>
        <translation>Génération des droits…</translation>
    </message>
    <message>
        <source>No entitlements were generated: %1</source>
        <translation>Aucun droit n&apos;a été généré : %1</translation>
    </message>
    <message>
        <source>%1 entitlements created (%2 were there already, %3 got no amount from the rule).</source>
        <translation>%1 droits créés (%2 existaient déjà, %3 sans montant selon la règle).</translation>
    </message>
    <message>
        <source>Working on cycle %1…</source>
        <translation>Traitement du cycle %1…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Cycle %1 is now %2.</source>
        <translation>Le cycle %1 est maintenant %2.</translation>
    </message>
    <message>
        <source>&amp;Reject (back to draft)</source>
        <translation>&amp;Rejeter (retour au brouillon)</translation>
    </message>
    <message>
        <source>&amp;Findings…</source>
        <translation>&amp;Constats…</translation>
    </message>
    <message>
        <source>Before approval: who joined or left, amount jumps, changed or shared accounts, payments by other programs</source>
        <translation>Avant l&apos;approbation : qui est entré ou sorti, sauts de montant, comptes changés ou partagés, paiements par d&apos;autres programmes</translation>
    </message>
    <message>
        <source>Acknowledging the findings…</source>
        <translation>Prise d&apos;acte des constats…</translation>
    </message>
    <message>
        <source>Comparing the cycle with the program&apos;s previous one…</source>
        <translation>Comparaison du cycle avec le précédent du programme…</translation>
    </message>
    <message>
        <source>No findings to show: %1</source>
        <translation>Aucun constat à montrer : %1</translation>
    </message>
    <message>
        <source>%1 findings for cycle %2.</source>
        <translation>%1 constats pour le cycle %2.</translation>
    </message>
    <message>
        <source>Approval by %1 recorded (%2 of %3 checkers for %4 %5): cycle %6 waits for %7 more.</source>
        <translation>Approbation de %1 enregistrée (%2 vérificateurs sur %3 pour %4 %5) : le cycle %6 en attend encore %7.</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 sur %2%3</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Cycles of the program</source>
        <translation>Cycles du programme</translation>
    </message>
    <message>
        <source>No cycle yet: a maker names one below and presses Create cycle (a program comes first).</source>
        <translation>Aucun cycle pour l&apos;instant : un préparateur en nomme un ci-dessous et appuie sur Créer le cycle (un programme d&apos;abord).</translation>
    </message>
    <message>
        <source>New cycle&apos;s name</source>
        <translation>Nom du nouveau cycle</translation>
    </message>
    <message>
        <source>New cycle&apos;s first day</source>
        <translation>Premier jour du nouveau cycle</translation>
    </message>
    <message>
        <source>New cycle&apos;s last day</source>
        <translation>Dernier jour du nouveau cycle</translation>
    </message>
    <message>
        <source>Entitlements of the chosen cycle</source>
        <translation>Droits du cycle choisi</translation>
    </message>
    <message>
        <source>Recorded, but the cycle could not be read again: %1</source>
        <translation>Enregistré, mais le cycle n’a pas pu être relu : %1</translation>
    </message>
    <message>
        <source>%1, %2 unpaid</source>
        <translation>%1, %2 non payés</translation>
    </message>
    <message>
        <source>%1 entitled beneficiaries of this cycle were not paid. The cycle report lists who and why; failed payments can be paid again from the Reconciliation page.</source>
        <translation>%1 bénéficiaires ayant droit de ce cycle n&apos;ont pas été payés. Le rapport du cycle dit qui et pourquoi ; les paiements échoués peuvent être payés à nouveau depuis la page Rapprochement.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL of the form postgresql://user@host:port/database</source>
        <translation>« %1 » n&apos;est pas une URL PostgreSQL de la forme postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the database driver is not installed (%1)</source>
        <translation>le pilote de base de données n&apos;est pas installé (%1)</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>cannot configure the database (%1): %2</source>
        <translation>impossible de configurer la base de données (%1) : %2</translation>
    </message>
    <message>
        <source>PAYDESK_DATABASE_KEY is set, but this PayDesk&apos;s SQLite has no SQLCipher: the database would be stored unencrypted, so it is not opened (unset the key to use a plain file, or see docs/privacy.md)</source>
        <translation>PAYDESK_DATABASE_KEY est défini, mais le SQLite de ce PayDesk n&apos;a pas SQLCipher : la base serait stockée en clair, elle n&apos;est donc pas ouverte (retirez la clé pour utiliser un fichier en clair, ou voyez docs/privacy.md)</translation>
    </message>
    <message>
        <source>the database cannot be read with this PAYDESK_DATABASE_KEY: %1</source>
        <translation>la base ne peut pas être lue avec cette PAYDESK_DATABASE_KEY : %1</translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation>impossible de rendre %1 lisible par son seul propriétaire</translation>
    </message>
</context>
<context>
    <name>DatabaseLogins</name>
    <message>
        <source>the database refused: %1</source>
        <translation>la base de données a refusé : %1</translation>
    </message>
    <message>
        <source>cannot read the database&apos;s logins: %1</source>
        <translation>impossible de lire les connexions de la base : %1</translation>
    </message>
    <message>
        <source>a SQLite file has no logins: officers sign in with their keys alone</source>
        <translation>un fichier SQLite n&apos;a pas de connexions : les agents se connectent avec leur clé seule</translation>
    </message>
    <message>
        <source>the database already has a login %1</source>
        <translation>la base a déjà une connexion %1</translation>
    </message>
    <message>
        <source>cannot prepare the login: %1</source>
        <translation>impossible de préparer la connexion : %1</translation>
    </message>
</context>
<context>
    <name>DatabaseMigrator</name>
    <message>
        <source>cannot create the schema_version table: %1</source>
        <translation>impossible de créer la table schema_version : %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this PayDesk knows (%2); update PayDesk</source>
        <translation>la base de données a la version de schéma %1, plus récente que celle que ce PayDesk connaît (%2) ; mettez PayDesk à jour</translation>
    </message>
    <message>
        <source>cannot read the migration %1</source>
        <translation>impossible de lire la migration %1</translation>
    </message>
    <message>
        <source>cannot start a transaction for migration %1: %2</source>
        <translation>impossible de démarrer une transaction pour la migration %1 : %2</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>la migration %1 a échoué : %2</translation>
    </message>
    <message>
        <source>cannot record migration %1: %2</source>
        <translation>impossible d&apos;enregistrer la migration %1 : %2</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Writes a deterministic synthetic registry CSV.</source>
        <translation>Écrit un CSV de registre synthétique et déterministe.</translation>
    </message>
    <message>
        <source>Number of beneficiaries.</source>
        <translation>Nombre de bénéficiaires.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>Share of broken rows, 0 to 1.</source>
        <translation>Part de lignes erronées, de 0 à 1.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Fichier de sortie.</translation>
    </message>
    <message>
        <source>--count takes a whole number of rows, not &quot;%1&quot;.</source>
        <translation>--count prend un nombre entier de lignes, pas « %1 ».</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation>--seed prend un nombre entier, pas « %1 ».</translation>
    </message>
    <message>
        <source>--bad-share takes a number from 0 to 1, not &quot;%1&quot;.</source>
        <translation>--bad-share prend un nombre de 0 à 1, pas « %1 ».</translation>
    </message>
    <message>
        <source>demo-data needs --out FILE.</source>
        <translation>demo-data demande --out FICHIER.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>DemoRegistryGenerator</name>
    <message>
        <source>cannot write: %1</source>
        <translation>impossible d&apos;écrire : %1</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>an amount and its currency code</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>the household size range must lie within 1 to 50, smallest first (it is %1 to %2)</source>
        <translation>la plage de taille de ménage doit être comprise entre 1 et 50, la plus petite d&apos;abord (elle est de %1 à %2)</translation>
    </message>
    <message>
        <source>the age range must lie within 0 to 130 years, youngest first</source>
        <translation>la plage d&apos;âge doit être comprise entre 0 et 130 ans, la plus jeune d&apos;abord</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>cannot read the registry: %1</source>
        <translation>impossible de lire le registre : %1</translation>
    </message>
    <message>
        <source>cannot update the enrolment: %1</source>
        <translation>impossible de mettre à jour l&apos;inscription : %1</translation>
    </message>
    <message>
        <source>cannot commit the enrolment: %1</source>
        <translation>impossible de valider l&apos;inscription : %1</translation>
    </message>
</context>
<context>
    <name>EntitlementRule</name>
    <message numerus="yes">
        <source>a household of %n member(s)</source>
        <translation>
            <numerusform>un ménage de %n membre</numerusform>
            <numerusform>un ménage de %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <source>the other regions</source>
        <translation>les autres régions</translation>
    </message>
    <message>
        <source>the household cap must be from 1 to %1 members</source>
        <translation>le plafond par ménage doit être de 1 à %1 membres</translation>
    </message>
    <message>
        <source>the amount per member must be zero or more, in %1</source>
        <translation>le montant par membre doit être nul ou positif, en %1</translation>
    </message>
    <message>
        <source>the region table is empty</source>
        <translation>la table des régions est vide</translation>
    </message>
    <message>
        <source>region %1 is in the table twice</source>
        <translation>la région %1 figure deux fois dans la table</translation>
    </message>
    <message>
        <source>the amount for %1 is too large</source>
        <translation>le montant pour %1 est trop élevé</translation>
    </message>
    <message>
        <source>the amount for %1 is in %2, the program pays in %3</source>
        <translation>le montant pour %1 est en %2, le programme paie en %3</translation>
    </message>
    <message>
        <source>the amount for %1 must be more than zero</source>
        <translation>le montant pour %1 doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>the amount for %1 would be %2 %3, but the payment backend pays whole %3 only</source>
        <translation>le montant pour %1 serait de %2 %3, mais le système de paiement ne paie que des %3 entiers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entitlement rule</source>
        <translation>« %1 » n&apos;est pas une règle de droits</translation>
    </message>
    <message>
        <source>every beneficiary</source>
        <translation>chaque bénéficiaire</translation>
    </message>
</context>
<context>
    <name>EntitlementState</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>EntitlementTableModel</name>
    <message>
        <source>Registry ID</source>
        <translation>ID au registre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>EntitlementTransition</name>
    <message>
        <source>the entitlement is already %1</source>
        <translation>le droit est déjà %1</translation>
    </message>
    <message>
        <source>the entitlement is %1 and cannot become %2</source>
        <translation>le droit est %1 et ne peut pas devenir %2</translation>
    </message>
</context>
<context>
    <name>EntitlementWriter</name>
    <message>
        <source>cannot write the entitlements: %1</source>
        <translation>impossible d&apos;écrire les droits : %1</translation>
    </message>
    <message>
        <source>cannot write the entitlements: their total is too large</source>
        <translation>impossible d’écrire les droits : leur total est trop grand</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>An evidence pack of a cycle, or of one of its batches (--batch): the batch bundles with their manifests and officers&apos; sign-off, the approvals, the findings and their acknowledgements, the audit entries, the reconciliation, every payment and the PDF report, in a new folder sealed by an index of SHA-256 sums. paydesk-cli review FOLDER checks it with nothing else.</source>
        <translation>Un dossier de preuves d&apos;un cycle, ou d&apos;un de ses lots (--batch) : les paquets de lots avec leurs manifestes et le visa des agents, les approbations, les constats et leurs prises en compte, les entrées du journal d&apos;audit, le rapprochement, chaque paiement et le rapport PDF, dans un nouveau dossier scellé par un index de sommes SHA-256. paydesk-cli review DOSSIER le vérifie sans rien d&apos;autre.</translation>
    </message>
    <message>
        <source>The new folder.</source>
        <translation>Le nouveau dossier.</translation>
    </message>
    <message>
        <source>Only this batch of the cycle.</source>
        <translation>Seulement ce lot du cycle.</translation>
    </message>
    <message>
        <source>evidence takes a cycle id and --out DIR (and --batch ID for one batch).</source>
        <translation>evidence prend un identifiant de cycle et --out DOSSIER (et --batch ID pour un lot).</translation>
    </message>
    <message>
        <source>Cannot make the evidence pack: %1</source>
        <translation>Impossible de constituer le dossier de preuves : %1</translation>
    </message>
    <message>
        <source>Evidence pack of cycle %1 written to %2; check it with paydesk-cli review %2.</source>
        <translation>Dossier de preuves du cycle %1 écrit dans %2 ; vérifiez-le avec paydesk-cli review %2.</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>batch %1 is not a batch of cycle %2</source>
        <translation>le lot %1 n&apos;est pas un lot du cycle %2</translation>
    </message>
    <message>
        <source>%1 is not empty: an evidence pack goes into a new folder</source>
        <translation>%1 n&apos;est pas vide : un dossier de preuves va dans un nouveau dossier</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot read the approvals: %1</source>
        <translation>impossible de lire les approbations : %1</translation>
    </message>
    <message>
        <source>cannot read the payments of batch %1: %2</source>
        <translation>impossible de lire les paiements du lot %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the payments: %1</source>
        <translation>impossible d&apos;écrire les paiements : %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>EvidencePackVerifier</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>is not JSON (at byte %1: %2)</source>
        <translation>n&apos;est pas du JSON (à l&apos;octet %1 : %2)</translation>
    </message>
    <message>
        <source>%1 is not a PayDesk evidence pack: pack.json %2</source>
        <translation>%1 n&apos;est pas un dossier de preuves PayDesk : pack.json %2</translation>
    </message>
    <message>
        <source>names no known format</source>
        <translation>ne nomme aucun format connu</translation>
    </message>
    <message>
        <source>is listed but missing or unreadable</source>
        <translation>est listé mais absent ou illisible</translation>
    </message>
    <message>
        <source>is not the file the pack was made with (its SHA-256 differs)</source>
        <translation>n&apos;est pas le fichier avec lequel le dossier a été fait (son SHA-256 diffère)</translation>
    </message>
    <message>
        <source>was added after the pack was made</source>
        <translation>a été ajouté après la création du dossier</translation>
    </message>
    <message>
        <source>%1 files as listed</source>
        <translation>%1 fichiers conformes à l&apos;index</translation>
    </message>
    <message>
        <source>entry %1 (%2) does not match its hash or is out of order</source>
        <translation>l&apos;entrée %1 (%2) ne correspond pas à son empreinte ou est hors d&apos;ordre</translation>
    </message>
    <message>
        <source>%1 audit entries, each matching its hash</source>
        <translation>%1 entrées d&apos;audit, chacune conforme à son empreinte</translation>
    </message>
    <message>
        <source>%1 approved twice</source>
        <translation>%1 a approuvé deux fois</translation>
    </message>
    <message>
        <source>%1 approved the cycle they made</source>
        <translation>%1 a approuvé le cycle qu&apos;il a lui-même établi</translation>
    </message>
    <message>
        <source>%1&apos;s approval is not in the audit entries</source>
        <translation>l&apos;approbation de %1 n&apos;est pas dans les entrées d&apos;audit</translation>
    </message>
    <message>
        <source>%1 distinct checker(s) approved; the tiers ask for %2</source>
        <translation>%1 vérificateur(s) distinct(s) ont approuvé ; les paliers en demandent %2</translation>
    </message>
    <message>
        <source>approved by %1 of the %2 checker(s) the total needs</source>
        <translation>approuvé par %1 des %2 vérificateur(s) que le total demande</translation>
    </message>
    <message>
        <source>the acknowledgement by %1 is not the audit entry it names</source>
        <translation>la prise d&apos;acte de %1 n&apos;est pas l&apos;entrée d&apos;audit qu&apos;elle nomme</translation>
    </message>
    <message>
        <source>has no manifest</source>
        <translation>n&apos;a pas de manifeste</translation>
    </message>
    <message>
        <source>sign-off: %1</source>
        <translation>visa : %1</translation>
    </message>
    <message>
        <source>missing, and the program requires it</source>
        <translation>absent, et le programme l&apos;exige</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) the receiver would refuse</source>
        <translation>
            <numerusform>%n problème que le destinataire refuserait</numerusform>
            <numerusform>%n problèmes que le destinataire refuserait</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1: %2 payments on record for %3 rows in its file</source>
        <translation>lot %1 : %2 paiements enregistrés pour %3 lignes dans son fichier</translation>
    </message>
    <message>
        <source>%1 batch bundles for %2 batches reconciled</source>
        <translation>%1 dossiers de lot pour %2 lots rapprochés</translation>
    </message>
    <message>
        <source>%1 batch bundles reviewed against their manifests and sign-offs</source>
        <translation>%1 dossiers de lot contrôlés contre leurs manifestes et leurs visas</translation>
    </message>
    <message>
        <source>who signed cannot be checked without the administrator&apos;s certificate to trust (--trust)</source>
        <translation>qui a signé ne peut être vérifié sans le certificat de l&apos;administrateur auquel se fier (--trust)</translation>
    </message>
    <message>
        <source>the certificate to trust: %1</source>
        <translation>le certificat de confiance : %1</translation>
    </message>
    <message>
        <source>has no checkpoint of the log: %1</source>
        <translation>n&apos;a pas de point de contrôle du journal : %1</translation>
    </message>
    <message>
        <source>entry %1 is newer than the pack&apos;s checkpoint of %2 entries</source>
        <translation>l&apos;entrée %1 est plus récente que le point de contrôle du dossier, de %2 entrées</translation>
    </message>
    <message>
        <source>%1 of them signed by officers the anchor certified, in the role the act needs; %2 made before signatures</source>
        <translation>%1 d&apos;entre elles signées par des agents certifiés par l&apos;ancrage, dans le rôle que l&apos;acte exige ; %2 faites avant les signatures</translation>
    </message>
</context>
<context>
    <name>FailureReasonText</name>
    <message>
        <source>the payee&apos;s account was not found</source>
        <translation>le compte du bénéficiaire est introuvable</translation>
    </message>
    <message>
        <source>the transfer expired before it completed</source>
        <translation>le transfert a expiré avant d&apos;aboutir</translation>
    </message>
    <message>
        <source>a bank along the way had too little money to settle it</source>
        <translation>une banque sur le parcours n&apos;avait pas assez de fonds pour le régler</translation>
    </message>
    <message>
        <source>a bank or the switch could not be reached</source>
        <translation>une banque ou le commutateur était injoignable</translation>
    </message>
    <message>
        <source>a server along the way failed</source>
        <translation>un serveur sur le parcours a échoué</translation>
    </message>
    <message>
        <source>the payment&apos;s details were not accepted</source>
        <translation>les détails du paiement n&apos;ont pas été acceptés</translation>
    </message>
    <message>
        <source>something the payment names was not found</source>
        <translation>un élément nommé par le paiement est introuvable</translation>
    </message>
    <message>
        <source>it expired before it completed</source>
        <translation>il a expiré avant d&apos;aboutir</translation>
    </message>
    <message>
        <source>the payer&apos;s bank refused it</source>
        <translation>la banque du payeur l&apos;a refusé</translation>
    </message>
    <message>
        <source>a limit of the payer&apos;s account was reached</source>
        <translation>une limite du compte du payeur a été atteinte</translation>
    </message>
    <message>
        <source>the payer&apos;s account may not send it</source>
        <translation>le compte du payeur n&apos;a pas le droit de l&apos;envoyer</translation>
    </message>
    <message>
        <source>the payer&apos;s account is blocked</source>
        <translation>le compte du payeur est bloqué</translation>
    </message>
    <message>
        <source>the payee&apos;s bank or wallet refused it</source>
        <translation>la banque ou le portefeuille du bénéficiaire l&apos;a refusé</translation>
    </message>
    <message>
        <source>a limit of the payee&apos;s account was reached</source>
        <translation>une limite du compte du bénéficiaire a été atteinte</translation>
    </message>
    <message>
        <source>the payee&apos;s account may not receive it</source>
        <translation>le compte du bénéficiaire n&apos;a pas le droit de le recevoir</translation>
    </message>
    <message>
        <source>the payee&apos;s account is blocked</source>
        <translation>le compte du bénéficiaire est bloqué</translation>
    </message>
    <message>
        <source>the receiver did not accept the payment&apos;s reference</source>
        <translation>le destinataire n&apos;a pas accepté la référence du paiement</translation>
    </message>
    <message>
        <source>the receiver already had this payment, so it was not paid twice</source>
        <translation>le destinataire avait déjà ce paiement : il n&apos;a pas été payé deux fois</translation>
    </message>
    <message>
        <source>the receiver did not accept the payee&apos;s account</source>
        <translation>le destinataire n&apos;a pas accepté le compte du bénéficiaire</translation>
    </message>
    <message>
        <source>the receiver did not accept the amount</source>
        <translation>le destinataire n&apos;a pas accepté le montant</translation>
    </message>
    <message>
        <source>the receiver refused it</source>
        <translation>le destinataire l&apos;a refusé</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <comment>a failure in words, and the code it came with</comment>
        <translation>%1 (code %2)</translation>
    </message>
</context>
<context>
    <name>FailureReasonsChart</name>
    <message>
        <source>Why payments failed (click a bar for its payments)</source>
        <translation>Pourquoi des paiements ont échoué (cliquez une barre pour ses paiements)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucune raison donnée)</translation>
    </message>
    <message>
        <source>Why payments failed</source>
        <translation>Pourquoi des paiements ont échoué</translation>
    </message>
</context>
<context>
    <name>FileReviewPage</name>
    <message>
        <source>Open a Payment Hub EE batch file, or the CSV of an exported bundle, to review it. Nothing is sent anywhere.</source>
        <translation>Ouvrez un fichier de lot Payment Hub EE, ou le CSV d&apos;un paquet exporté, pour le relire. Rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>optional: the tenant&apos;s certificate, to check the signature</source>
        <translation>facultatif : le certificat du locataire, pour vérifier la signature</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Review a batch file</source>
        <translation>Relire un fichier de lot</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate</source>
        <translation>Le certificat du locataire</translation>
    </message>
    <message>
        <source>%1 cannot be reviewed: %2</source>
        <translation>%1 ne peut pas être relu : %2</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 bytes, total %4.</source>
        <translation>%1 : %2 lignes, %3 octets, total %4.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>&amp;Résultats…</translation>
    </message>
    <message>
        <source>E&amp;xport review…</source>
        <translation>E&amp;xporter la revue…</translation>
    </message>
    <message>
        <source>Open a batch file first, then the hub&apos;s results for it.</source>
        <translation>Ouvrez d&apos;abord un fichier de lot, puis les résultats du hub pour ce lot.</translation>
    </message>
    <message>
        <source>The hub&apos;s results for this batch</source>
        <translation>Les résultats du hub pour ce lot</translation>
    </message>
    <message>
        <source>Batch detail or result file (*.json *.csv);;All files (*)</source>
        <translation>Détail de lot ou fichier de résultats (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation>Exporter la revue</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Batch file review</source>
        <translation>Revue de fichier de lot</translation>
    </message>
    <message>
        <source>Against the hub&apos;s results: %1 paid, %2 failed, %3 in flight, %4 missing.</source>
        <translation>Par rapport aux résultats du hub : %1 payés, %2 échoués, %3 en cours, %4 manquants.</translation>
    </message>
    <message>
        <source>The results cannot be compared: %1</source>
        <translation>Les résultats ne peuvent pas être comparés : %1</translation>
    </message>
    <message>
        <source>Evidence &amp;pack…</source>
        <translation>Dossier de &amp;preuves…</translation>
    </message>
    <message>
        <source>Check an evidence pack folder: every file, audit entry, approval, signature and batch in it.</source>
        <translation>Contrôler un dossier de preuves : chaque fichier, entrée d&apos;audit, approbation, signature et lot qu&apos;il contient.</translation>
    </message>
    <message>
        <source>An evidence pack folder</source>
        <translation>Un dossier de preuves</translation>
    </message>
    <message>
        <source>Checking the evidence pack %1…</source>
        <translation>Contrôle du dossier de preuves %1…</translation>
    </message>
    <message>
        <source>Evidence pack %1:</source>
        <translation>Dossier de preuves %1 :</translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>Contrôlé : %1.</translation>
    </message>
    <message>
        <source>The evidence pack holds.</source>
        <translation>Le dossier de preuves est intègre.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate, to check the signature</source>
        <translation>Le certificat du locataire, pour vérifier la signature</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <source>Open a batch file (or an evidence pack) to see here what the hub would refuse.</source>
        <translation>Ouvrez un fichier de lot (ou un dossier de preuves) pour voir ici ce que le hub refuserait.</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>&amp;Certificat…</translation>
    </message>
    <message>
        <source>✓ %1: %2.</source>
        <translation>✓ %1 : %2. {1:?}</translation>
    </message>
    <message>
        <source>✗ %1: %2.</source>
        <translation>✗ %1 : %2. {1:?}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Visa</translation>
    </message>
</context>
<context>
    <name>FinancialAddressResolver</name>
    <message>
        <source>the mapper does not know this id</source>
        <translation>le mapper ne connaît pas cet identifiant</translation>
    </message>
    <message>
        <source>the mapper holds this id as inactive</source>
        <translation>le mapper tient cet identifiant pour inactif</translation>
    </message>
    <message>
        <source>no account is linked to this id</source>
        <translation>aucun compte n&apos;est lié à cet identifiant</translation>
    </message>
    <message>
        <source>the mapper says this id is not valid</source>
        <translation>le mapper dit que cet identifiant n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the mapper gave no financial address (status &quot;%1&quot;)</source>
        <translation>le mapper n&apos;a donné aucune adresse financière (statut « %1 »)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the mapper&apos;s address &quot;%1&quot; cannot be used: %2</source>
        <translation>l&apos;adresse « %1 » du mapper est inutilisable : %2</translation>
    </message>
    <message>
        <source>program %1 pays beneficiaries at their %2, not through the ID-to-account mapper</source>
        <translation>le programme %1 paie les bénéficiaires à leur %2, pas par le mapper identifiant-compte</translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s beneficiaries: %1</source>
        <translation>impossible de lire les bénéficiaires du cycle : %1</translation>
    </message>
    <message>
        <source>the mapper %1: %2</source>
        <translation>le mapper %1 : %2</translation>
    </message>
    <message>
        <source>the mapper&apos;s answer says nothing of this id</source>
        <translation>la réponse du mapper ne dit rien de cet identifiant</translation>
    </message>
    <message>
        <source>cannot store the mapper&apos;s answers: %1</source>
        <translation>impossible d&apos;enregistrer les réponses du mapper : %1</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 beneficiaries</source>
        <translation>arrêté après %1 bénéficiaires sur %2</translation>
    </message>
    <message>
        <source>cannot read the unresolved beneficiaries: %1</source>
        <translation>impossible de lire les bénéficiaires non résolus : %1</translation>
    </message>
    <message>
        <source>not asked of the mapper yet</source>
        <translation>pas encore demandé au mapper</translation>
    </message>
    <message>
        <source>Asking the ID-to-account mapper: %1 of %2 beneficiaries…</source>
        <translation>Demande au mapper identifiant-compte : %1 bénéficiaires sur %2…</translation>
    </message>
</context>
<context>
    <name>FindingsCommand</name>
    <message>
        <source>The share an amount may move by unnoticed.</source>
        <translation>La part dont un montant peut bouger sans être signalé.</translation>
    </message>
    <message>
        <source>Acknowledge the findings (a checker).</source>
        <translation>Prendre acte des constats (un vérificateur).</translation>
    </message>
    <message>
        <source>findings takes a cycle id; --jump-share a share above 0 such as 0.5.</source>
        <translation>findings prend un identifiant de cycle ; --jump-share une part supérieure à 0, comme 0.5.</translation>
    </message>
    <message>
        <source>Against cycle %1 (%2):</source>
        <translation>Par rapport au cycle %1 (%2) :</translation>
    </message>
    <message>
        <source>The program&apos;s first cycle: nothing to compare with.</source>
        <translation>Le premier cycle du programme : rien à comparer.</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>You acknowledged these findings.</source>
        <translation>Vous avez pris acte de ces constats.</translation>
    </message>
    <message>
        <source>Not acknowledged by you.</source>
        <translation>Pas encore pris en compte par vous.</translation>
    </message>
    <message>
        <source>What a checker should see before approving a cycle: beneficiaries who joined or left since the program&apos;s previous cycle, amounts that moved by more than --jump-share (0.5: 50 %), payees paid at another account last time, accounts shared by several beneficiaries, beneficiaries the program cannot pay as the registry stands, and beneficiaries paid by another program&apos;s cycle of the same period. --acknowledge: the acting checker acknowledges them, in the audit log.</source>
        <translation>Ce qu&apos;un vérificateur doit voir avant d&apos;approuver un cycle : les bénéficiaires arrivés ou partis depuis le cycle précédent du programme, les montants qui ont bougé de plus de --jump-share (0.5 : 50 %), les bénéficiaires payés sur un autre compte la dernière fois, les comptes partagés par plusieurs bénéficiaires, les bénéficiaires que le programme ne peut pas payer en l&apos;état du registre, et les bénéficiaires payés par le cycle d&apos;un autre programme sur la même période. --acknowledge : le vérificateur agissant en prend acte, dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The payees were not looked up: %1</source>
        <translation>Les bénéficiaires n&apos;ont pas été vérifiés : %1</translation>
    </message>
    <message>
        <source>Payees looked up on the payment network: %1 asked, %2 not found, %3 known already.</source>
        <translation>Bénéficiaires vérifiés auprès du réseau de paiement : %1 demandés, %2 introuvables, %3 déjà connus.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>&amp;Show this guide at start until a program exists</source>
        <translation>&amp;Afficher ce guide au démarrage tant qu&apos;aucun programme n&apos;existe</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>From an empty database to a first payment. Each step is marked once it is done.</source>
        <translation>D&apos;une base vide à un premier paiement. Chaque étape est cochée une fois faite.</translation>
    </message>
    <message>
        <source>Registry: import the beneficiaries from a CSV file (now %1).</source>
        <translation>Registre : importer les bénéficiaires depuis un fichier CSV (actuellement %1).</translation>
    </message>
    <message>
        <source>&amp;Import registry…</source>
        <translation>&amp;Importer le registre…</translation>
    </message>
    <message>
        <source>Program: its amount, who is eligible, the payer account and the payment hub; then enrol the registry.</source>
        <translation>Programme : son montant, qui est éligible, le compte payeur et le hub de paiement ; puis inscrire le registre.</translation>
    </message>
    <message>
        <source>Go to &amp;Programs</source>
        <translation>Aller aux &amp;programmes</translation>
    </message>
    <message>
        <source>Cycle: a maker creates it and generates the entitlements; a checker approves it.</source>
        <translation>Cycle : un préparateur le crée et génère les droits ; un vérificateur l&apos;approuve.</translation>
    </message>
    <message>
        <source>Go to &amp;Cycles</source>
        <translation>Aller aux &amp;cycles</translation>
    </message>
    <message>
        <source>Payment: a maker prepares the batches; a checker sends them to the hub.</source>
        <translation>Paiement : un préparateur prépare les lots ; un vérificateur les envoie au hub.</translation>
    </message>
    <message>
        <source>Go to &amp;Batches</source>
        <translation>Aller aux &amp;lots</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>step %1, to do</source>
        <translation>étape %1, à faire</translation>
    </message>
    <message>
        <source>Administrator: their key and the anchor certificate that certifies every officer&apos;s key (at the first sign-in: Set up the administrator).</source>
        <translation>Administrateur : sa clé et le certificat d&apos;ancrage qui certifie la clé de chaque agent (à la première connexion : Configurer l&apos;administrateur).</translation>
    </message>
    <message>
        <source>Go to &amp;Officers</source>
        <translation>Aller aux &amp;agents</translation>
    </message>
    <message>
        <source>Officers: at least one maker and one checker (now %1 and %2). Each makes their key at the sign-in (Make my key…); the administrator adds them and certifies the request on the Officers page.</source>
        <translation>Agents : au moins un préparateur et un vérificateur (actuellement %1 et %2). Chacun crée sa clé à la connexion (Créer ma clé…) ; l&apos;administrateur les ajoute et certifie la demande sur la page Agents.</translation>
    </message>
</context>
<context>
    <name>G2pConnectCallbackServer</name>
    <message>
        <source>cannot listen for the mapper&apos;s answers at %1: %2</source>
        <translation>impossible d&apos;écouter les réponses du mapper à %1 : %2</translation>
    </message>
</context>
<context>
    <name>G2pConnectChannel</name>
    <message>
        <source>batch %1&apos;s file cannot be read: %2</source>
        <translation>le fichier du lot %1 est illisible : %2</translation>
    </message>
    <message>
        <source>the receiver answered %1 statuses for %2 payments: PayDesk cannot tell whether it has batch %3</source>
        <translation>le destinataire a répondu %1 statuts pour %2 paiements : PayDesk ne peut pas savoir s&apos;il a le lot %3</translation>
    </message>
    <message>
        <source>this program signs its G2P Connect requests (key id %1): they need its Ed25519 private key</source>
        <translation>ce programme signe ses requêtes G2P Connect (identifiant de clé %1) : elles demandent sa clé privée Ed25519</translation>
    </message>
</context>
<context>
    <name>G2pConnectClient</name>
    <message>
        <source>no complete answer from %1: %2</source>
        <translation>pas de réponse complète de %1 : %2</translation>
    </message>
    <message>
        <source>the request did not reach %1: %2</source>
        <translation>la requête n&apos;a pas atteint %1 : %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 a répondu HTTP %2 : %3</translation>
    </message>
    <message>
        <source>%1 answered something that is not a G2P Connect answer: %2</source>
        <translation>%1 a répondu quelque chose qui n&apos;est pas une réponse G2P Connect : %2</translation>
    </message>
    <message>
        <source>the receiver has seen this request before (rjct.message_id.duplicate): PayDesk asks it which payments it holds</source>
        <translation>le destinataire a déjà vu cette requête (rjct.message_id.duplicate) : PayDesk lui demande quels paiements il détient</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the receiver refused the request: %1</source>
        <translation>le destinataire a refusé la requête : %1</translation>
    </message>
    <message>
        <source>the receiver refused the request: %1 (%2)</source>
        <translation>le destinataire a refusé la requête : %1 (%2)</translation>
    </message>
    <message>
        <source>the receiver refused the status request: %1</source>
        <translation>le destinataire a refusé la demande de statut : %1</translation>
    </message>
    <message>
        <source>the mapper refused the request: %1</source>
        <translation>le mappeur a refusé la requête : %1</translation>
    </message>
    <message>
        <source>the mapper did not acknowledge the request (%1): %2 %3</source>
        <translation>le mappeur n&apos;a pas accusé réception de la requête (%1) : %2 %3</translation>
    </message>
    <message>
        <source>the mapper acknowledged the request but did not answer at %1 within %2 s</source>
        <translation>le mappeur a accusé réception de la requête mais n&apos;a pas répondu à %1 dans les %2 s</translation>
    </message>
    <message>
        <source>the request could not be signed: %1</source>
        <translation>la requête n&apos;a pas pu être signée : %1</translation>
    </message>
</context>
<context>
    <name>G2pConnectDisburseWriter</name>
    <message>
        <source>%1 %2 has more decimals than G2P Connect&apos;s two</source>
        <translation>%1 %2 a plus de décimales que les deux de G2P Connect</translation>
    </message>
    <message>
        <source>payment %1 has no valid payee or amount</source>
        <translation>le paiement %1 n&apos;a pas de bénéficiaire ou de montant valide</translation>
    </message>
    <message>
        <source>payment %1: %2</source>
        <translation>paiement %1 : %2</translation>
    </message>
</context>
<context>
    <name>G2pConnectRequestReviewer</name>
    <message>
        <source>the request is not a JSON object: %1 at byte %2</source>
        <translation>la requête n&apos;est pas un objet JSON : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>the request has no message.disbursements: it is not a G2P Connect disburse request</source>
        <translation>la requête n&apos;a pas de message.disbursements : ce n&apos;est pas une requête de décaissement G2P Connect</translation>
    </message>
    <message>
        <source>the version is not 1.0.0: the receiver refuses it (rjct.version.invalid)</source>
        <translation>la version n&apos;est pas 1.0.0 : le destinataire la refuse (rjct.version.invalid)</translation>
    </message>
    <message>
        <source>the header has no %1: the receiver refuses the request</source>
        <translation>l&apos;en-tête n&apos;a pas de %1 : le destinataire refuse la requête</translation>
    </message>
    <message>
        <source>the action is &quot;%1&quot;, not &quot;disburse&quot; (rjct.action.invalid)</source>
        <translation>l&apos;action est « %1 », pas « disburse » (rjct.action.invalid)</translation>
    </message>
    <message>
        <source>total_count says %1, the request holds %2 disbursements (rjct.total_count.invalid)</source>
        <translation>total_count indique %1, la requête contient %2 décaissements (rjct.total_count.invalid)</translation>
    </message>
    <message>
        <source>no transaction id: the batch could never be found again</source>
        <translation>pas d&apos;identifiant de transaction : le lot ne pourrait jamais être retrouvé</translation>
    </message>
    <message>
        <source>no reference id: the payment could never be reconciled</source>
        <translation>pas d&apos;identifiant de référence : le paiement ne pourrait jamais être rapproché</translation>
    </message>
    <message>
        <source>reference id %1 is also disbursement %2: the receiver refuses the second</source>
        <translation>l&apos;identifiant de référence %1 est aussi le décaissement %2 : le destinataire refuse le second</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a financial address: %2</source>
        <translation>« %1 » n&apos;est pas une adresse financière : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation>« %1 » n&apos;est pas une devise ISO 4217</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount with at most two decimals</source>
        <translation>« %1 » n&apos;est pas un montant d&apos;au plus deux décimales</translation>
    </message>
    <message>
        <source>%1 is not more than zero</source>
        <translation>%1 n&apos;est pas supérieur à zéro</translation>
    </message>
</context>
<context>
    <name>G2pConnectSignature</name>
    <message>
        <source>the request is not a G2P Connect envelope (header and message)</source>
        <translation>la requête n&apos;est pas une enveloppe G2P Connect (header et message)</translation>
    </message>
    <message>
        <source>the signature field is missing or not G2P Connect&apos;s (algorithm ed25519, kidId, created, expires, signature)</source>
        <translation>le champ de signature manque ou n&apos;est pas celui de G2P Connect (algorithm ed25519, kidId, created, expires, signature)</translation>
    </message>
    <message>
        <source>the signature names sender %1, the header %2</source>
        <translation>la signature nomme l&apos;expéditeur %1, l&apos;en-tête %2</translation>
    </message>
    <message>
        <source>the signature is not valid now (created %1, expires %2)</source>
        <translation>la signature n&apos;est pas valide maintenant (créée %1, expire %2)</translation>
    </message>
    <message>
        <source>the sender&apos;s public key is not an Ed25519 key in PEM</source>
        <translation>la clé publique de l&apos;expéditeur n&apos;est pas une clé Ed25519 en PEM</translation>
    </message>
    <message>
        <source>the signature does not match the header and message with the sender&apos;s key</source>
        <translation>la signature ne correspond pas à l&apos;en-tête et au message avec la clé de l&apos;expéditeur</translation>
    </message>
</context>
<context>
    <name>HubConnectionTester</name>
    <message>
        <source>no address is set</source>
        <translation>aucune adresse n&apos;est définie</translation>
    </message>
    <message>
        <source>bulk processor %1</source>
        <translation>processeur de lots %1</translation>
    </message>
    <message>
        <source>bulk processor</source>
        <translation>processeur de lots</translation>
    </message>
    <message>
        <source>does not answer: not running, a wrong address or port, a firewall, or a TLS certificate not trusted (give its CA)</source>
        <translation>ne répond pas : arrêté, mauvaise adresse ou mauvais port, pare-feu, ou certificat TLS non reconnu (donnez son autorité de certification)</translation>
    </message>
    <message>
        <source>operations app %1</source>
        <translation>application des opérations %1</translation>
    </message>
    <message>
        <source>operations app</source>
        <translation>application des opérations</translation>
    </message>
    <message>
        <source>answers for tenant %1</source>
        <translation>répond pour le locataire %1</translation>
    </message>
    <message>
        <source>G2P Connect receiver %1</source>
        <translation>récepteur G2P Connect %1</translation>
    </message>
    <message>
        <source>G2P Connect receiver</source>
        <translation>récepteur G2P Connect</translation>
    </message>
    <message>
        <source>answers txn/status</source>
        <translation>répond à txn/status</translation>
    </message>
    <message>
        <source>ID-to-account mapper %1</source>
        <translation>correspondance ID-vers-compte %1</translation>
    </message>
    <message>
        <source>answers resolve</source>
        <translation>répond à resolve</translation>
    </message>
    <message>
        <source>something answers there, but it has no batch endpoint (HTTP 404, not found): check the address and its path</source>
        <translation>quelque chose répond là, mais sans point d&apos;entrée des lots (HTTP 404, introuvable) : vérifiez l&apos;adresse et son chemin</translation>
    </message>
    <message>
        <source>it answers with a server error (HTTP %1): ask the hub&apos;s operator</source>
        <translation>il répond par une erreur du serveur (HTTP %1) : interrogez l&apos;opérateur du hub</translation>
    </message>
    <message>
        <source>it is there and takes batches (HTTP %1 to a test that sends none)</source>
        <translation>il est là et accepte des lots (HTTP %1 à un test qui n&apos;en envoie aucun)</translation>
    </message>
    <message>
        <source>answers with a server error (HTTP %1): it may have no tenant %2, or be unwell; ask the hub&apos;s operator</source>
        <translation>répond par une erreur du serveur (HTTP %1) : il n&apos;a peut-être pas de locataire %2, ou va mal ; interrogez l&apos;opérateur du hub</translation>
    </message>
</context>
<context>
    <name>HubListReader</name>
    <message>
        <source>the hub&apos;s pages of %1 changed size in the middle of the list: PayDesk cannot tell whether it read every row</source>
        <translation>les pages de %1 du hub ont changé de taille au milieu de la liste : PayDesk ne peut pas dire s&apos;il a lu chaque ligne</translation>
    </message>
    <message>
        <source>the hub&apos;s list %1 could not be read to its end (page %2): %3</source>
        <translation>la liste %1 du hub n&apos;a pas pu être lue jusqu&apos;au bout (page %2) : %3</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to %1 is not a list (neither &quot;data&quot; nor &quot;content&quot;): PayDesk cannot tell what it holds</source>
        <translation>la réponse du hub à %1 n&apos;est pas une liste (ni « data » ni « content ») : PayDesk ne peut pas dire ce qu&apos;il détient</translation>
    </message>
    <message>
        <source>the hub answered the same page of %1 twice: it does not page as asked, so PayDesk cannot tell whether it read every row</source>
        <translation>le hub a répondu deux fois la même page de %1 : il ne pagine pas comme demandé, donc PayDesk ne peut pas dire s&apos;il a lu chaque ligne</translation>
    </message>
    <message>
        <source>the hub answered page %1 of %2 when asked for page %3</source>
        <translation>le hub a répondu la page %1 de %2 quand on lui demandait la page %3</translation>
    </message>
    <message>
        <source>the hub answered more rows of %1 than asked for in the middle of the list</source>
        <translation>le hub a répondu plus de lignes de %1 que demandé au milieu de la liste</translation>
    </message>
    <message>
        <source>the hub&apos;s list %1 ended at %2 rows although it announced more: PayDesk cannot tell whether it read every row</source>
        <translation>la liste %1 du hub s&apos;est arrêtée à %2 lignes alors qu&apos;il en annonçait plus : PayDesk ne peut pas dire s&apos;il a lu chaque ligne</translation>
    </message>
    <message>
        <source>the hub&apos;s list %1 did not end after %2 pages</source>
        <translation>la liste %1 du hub ne s&apos;est pas terminée après %2 pages</translation>
    </message>
</context>
<context>
    <name>HubLookup</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>the receiver listed %n batch(es) or payment(s)</source>
        <translation>
            <numerusform>le destinataire a listé %n lot ou paiement</numerusform>
            <numerusform>le destinataire a listé %n lots ou paiements</numerusform>
        </translation>
    </message>
    <message>
        <source>started from %1 to %2</source>
        <translation>commencés de %1 à %2</translation>
    </message>
    <message>
        <source>at %1 by its own clock</source>
        <translation>à %1 à sa propre horloge</translation>
    </message>
</context>
<context>
    <name>HubSandbox</name>
    <message>
        <source>the bulk processor&apos;s TLS certificate or key cannot be read</source>
        <translation>le certificat ou la clé TLS du processeur de lots ne peut pas être lu</translation>
    </message>
    <message>
        <source>the bulk processor cannot listen on port %1</source>
        <translation>le processeur de lots ne peut pas écouter sur le port %1</translation>
    </message>
    <message>
        <source>the bulk processor cannot listen on port %1: %2</source>
        <translation>le processeur de lots ne peut pas écouter sur le port %1 : %2</translation>
    </message>
    <message>
        <source>the operations app cannot listen on port %1: %2</source>
        <translation>l&apos;application des opérations ne peut pas écouter sur le port %1 : %2</translation>
    </message>
</context>
<context>
    <name>HubSimulator</name>
    <message>
        <source>it is not a sandbox hub&apos;s state (format %1)</source>
        <translation>ce n&apos;est pas l&apos;état d&apos;un hub de démonstration (format %1)</translation>
    </message>
    <message>
        <source>the sandbox hub has accepted work already</source>
        <translation>le hub de démonstration a déjà accepté du travail</translation>
    </message>
    <message>
        <source>transfer %1 is out of place</source>
        <translation>le transfert %1 n&apos;est pas à sa place</translation>
    </message>
</context>
<context>
    <name>HubStateFile</name>
    <message>
        <source>cannot read the sandbox hub&apos;s state %1: %2</source>
        <translation>impossible de lire l&apos;état du hub de démonstration %1 : %2</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>cannot use the sandbox hub&apos;s state %1: %2</source>
        <translation>impossible d&apos;utiliser l&apos;état du hub de démonstration %1 : %2</translation>
    </message>
    <message>
        <source>cannot keep the sandbox hub&apos;s state in %1: %2</source>
        <translation>impossible de garder l&apos;état du hub de démonstration dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>HubTenant</name>
    <message>
        <source>&quot;%1&quot; is not NAME, NAME,CERT.pem or NAME,CERT.pem,KEY.pem</source>
        <translation>« %1 » n&apos;est pas NOM, NOM,CERT.pem ou NOM,CERT.pem,KEY.pem</translation>
    </message>
    <message>
        <source>tenant %1: cannot read %2: %3</source>
        <translation>locataire %1 : impossible de lire %2 : %3</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports a registry CSV. Accepted rows are written in one transaction; rejected rows are written to a file to fix and import again.</source>
        <translation>Importe un CSV de registre. Les lignes acceptées sont écrites en une transaction ; les lignes rejetées sont écrites dans un fichier à corriger et importer de nouveau.</translation>
    </message>
    <message>
        <source>Map a header to a field, e.g. &quot;Beneficiary No=registry_id&quot;.</source>
        <translation>Associer un en-tête à un champ, p. ex. « Beneficiary No=registry_id ».</translation>
    </message>
    <message>
        <source>Where to write rejected rows (default: FILE.rejected.csv).</source>
        <translation>Où écrire les lignes rejetées (par défaut : FICHIER.rejected.csv).</translation>
    </message>
    <message>
        <source>The registry CSV.</source>
        <translation>Le CSV du registre.</translation>
    </message>
    <message>
        <source>import takes exactly one FILE.</source>
        <translation>import prend exactement un FICHIER.</translation>
    </message>
    <message>
        <source>Rejected rows, with their reasons, are in %1.</source>
        <translation>Les lignes rejetées, avec leurs raisons, sont dans %1.</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Colonnes ignorées : %1.</translation>
    </message>
    <message>
        <source>Refuse the whole file when a record holds bytes that are not UTF-8 (by default only that record is rejected).</source>
        <translation>Refuser tout le fichier quand un enregistrement contient des octets qui ne sont pas de l&apos;UTF-8 (par défaut seul cet enregistrement est rejeté).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 lignes lues : %2 nouvelles, %3 mises à jour, %4 inchangées, %5 rejetées.</translation>
    </message>
    <message>
        <source>%1 rows were imported with a value changed by a documented rule:</source>
        <translation>%1 lignes ont été importées avec une valeur modifiée par une règle documentée :</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>ligne %1, colonne %2 (%3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1 payee accounts of this file are held by more than one registry id (likely duplicates):</source>
        <translation>%1 comptes de bénéficiaires de ce fichier sont détenus par plus d&apos;un identifiant du registre (doublons probables) :</translation>
    </message>
</context>
<context>
    <name>KeyFileWidgets</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>%1 exists already: PayDesk does not overwrite a key or certificate</source>
        <translation>%1 existe déjà : PayDesk n&apos;écrase pas une clé ou un certificat</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>KeyRequestDialog</name>
    <message>
        <source>Make my key</source>
        <translation>Créer ma clé</translation>
    </message>
    <message>
        <source>Your key signs everything you do in PayDesk. Keep the key file and its passphrase to yourself; give the request file to the administrator, who certifies it on the Officers page. Then sign in with the key.</source>
        <translation>Votre clé signe tout ce que vous faites dans PayDesk. Gardez pour vous le fichier de clé et sa phrase secrète ; remettez le fichier de demande à l&apos;administrateur, qui le certifie sur la page Agents. Connectez-vous ensuite avec la clé.</translation>
    </message>
    <message>
        <source>Your officer &amp;id:</source>
        <translation>Votre &amp;identifiant d&apos;agent :</translation>
    </message>
    <message>
        <source>Your &amp;key file:</source>
        <translation>Votre fichier de &amp;clé :</translation>
    </message>
    <message>
        <source>Where to keep your key</source>
        <translation>Où garder votre clé</translation>
    </message>
    <message>
        <source>Keys (*.pem)</source>
        <translation>Clés (*.pem)</translation>
    </message>
    <message>
        <source>&amp;Request for the administrator:</source>
        <translation>&amp;Demande pour l&apos;administrateur :</translation>
    </message>
    <message>
        <source>Where to write the request</source>
        <translation>Où écrire la demande</translation>
    </message>
    <message>
        <source>Requests (*.req)</source>
        <translation>Demandes (*.req)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>Ré&amp;pétez-la :</translation>
    </message>
    <message>
        <source>&amp;Make the key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation>Remplissez tous les champs.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Cannot make the key: %1</source>
        <translation>Impossible de créer la clé : %1</translation>
    </message>
</context>
<context>
    <name>LocalSettings</name>
    <message>
        <source>the language moved from ui/language to interface/language</source>
        <translation>la langue est passée de ui/language à interface/language</translation>
    </message>
    <message>
        <source>the settings are now of version %1</source>
        <translation>les paramètres sont maintenant en version %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL: %2</source>
        <translation>« %1 » n&apos;est pas une URL : %2</translation>
    </message>
    <message>
        <source>the PostgreSQL URL carries a password: PayDesk keeps it in the system keychain, not in its settings</source>
        <translation>l&apos;URL PostgreSQL contient un mot de passe : PayDesk le garde dans le trousseau du système, pas dans ses paramètres</translation>
    </message>
    <message>
        <source>the PostgreSQL server&apos;s host name is missing</source>
        <translation>le nom d&apos;hôte du serveur PostgreSQL manque</translation>
    </message>
    <message>
        <source>the PostgreSQL port must be from 1 to 65535</source>
        <translation>le port PostgreSQL doit être de 1 à 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL database&apos;s name is missing</source>
        <translation>le nom de la base PostgreSQL manque</translation>
    </message>
    <message>
        <source>the PostgreSQL user is missing</source>
        <translation>l&apos;utilisateur PostgreSQL manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full path to a file</source>
        <translation>« %1 » n&apos;est pas le chemin complet d&apos;un fichier</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>PayDesk cannot read and write %1</source>
        <translation>PayDesk ne peut pas lire et écrire %1</translation>
    </message>
    <message>
        <source>PayDesk cannot create %1: %2 is not a folder it may write in</source>
        <translation>PayDesk ne peut pas créer %1 : %2 n&apos;est pas un dossier où il peut écrire</translation>
    </message>
    <message>
        <source>the hubs&apos; deadline must be from 1 to 600 seconds</source>
        <translation>le délai des hubs doit être de 1 à 600 secondes</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>il n&apos;y a pas de fichier %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>the window locks after 1 to 240 minutes without use, not %1</source>
        <translation>la fenêtre se verrouille après 1 à 240 minutes d&apos;inactivité, pas %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PayDesk — %1</source>
        <translation>PayDesk — %1</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>File review</source>
        <translation>Revue de fichiers</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>This computer&apos;s settings: the database, the hubs&apos; certificates and deadline, the language (Ctrl+,)</source>
        <translation>Les paramètres de cet ordinateur : la base de données, les certificats et le délai des hubs, la langue (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Pour commencer</translation>
    </message>
    <message>
        <source>The steps from an empty database to a first payment (F1)</source>
        <translation>Les étapes d&apos;une base vide à un premier paiement (F1)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>A send is in progress</source>
        <translation>Un envoi est en cours</translation>
    </message>
    <message>
        <source>PayDesk is sending batches to the hub. Stop sending and close? The batch being posted is finished and recorded first; the rest stay ready.</source>
        <translation>PayDesk envoie des lots au hub. Arrêter l&apos;envoi et fermer ? Le lot en cours d&apos;envoi est d&apos;abord terminé et enregistré ; les autres restent prêts.</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the window until you sign in again (Ctrl+L)</source>
        <translation>Verrouiller la fenêtre jusqu&apos;à une nouvelle connexion (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>The window of %1 is locked. Sign in again to go on.</source>
        <translation>La fenêtre de %1 est verrouillée. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Sign in with your own key to work in PayDesk: every change is signed by the officer who makes it.</source>
        <translation>Connectez-vous avec votre propre clé pour travailler dans PayDesk : chaque modification est signée par l&apos;agent qui la fait.</translation>
    </message>
    <message>
        <source>Work is in progress</source>
        <translation>Un travail est en cours</translation>
    </message>
    <message>
        <source>PayDesk is still working on something you started. Close anyway? It finishes that work first, then quits.</source>
        <translation>PayDesk travaille encore sur quelque chose que vous avez lancé. Fermer quand même ? Il termine d&apos;abord ce travail, puis quitte.</translation>
    </message>
</context>
<context>
    <name>MakerChecker</name>
    <message>
        <source>%1 is no longer an active officer</source>
        <translation>%1 n&apos;est plus un agent actif</translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot change anything</source>
        <translation>%1 est observateur et ne peut rien modifier</translation>
    </message>
    <message>
        <source>%1 is a checker: preparing is a maker&apos;s work</source>
        <translation>%1 est vérificateur : préparer est le travail d&apos;un préparateur</translation>
    </message>
    <message>
        <source>%1 is a maker: approving is a checker&apos;s work</source>
        <translation>%1 est préparateur : approuver est le travail d&apos;un vérificateur</translation>
    </message>
    <message>
        <source>%1 submitted this and cannot also approve it</source>
        <translation>%1 a soumis ceci et ne peut pas aussi l&apos;approuver</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>action inconnue</translation>
    </message>
    <message>
        <source>%1 is a maker: sending money is a checker&apos;s work</source>
        <translation>%1 est préparateur : envoyer de l&apos;argent est le travail d&apos;un vérificateur</translation>
    </message>
    <message>
        <source>%1 is an administrator: administrators manage officers, not payments</source>
        <translation>%1 est administrateur : les administrateurs gèrent les agents, pas les paiements</translation>
    </message>
</context>
<context>
    <name>MojaloopConnector</name>
    <message>
        <source>The Mojaloop switch did not answer within %1 ms</source>
        <translation>Le commutateur Mojaloop n&apos;a pas répondu en %1 ms</translation>
    </message>
    <message>
        <source>The Mojaloop connector cannot be reached: %1</source>
        <translation>Le connecteur Mojaloop est injoignable : %1</translation>
    </message>
    <message>
        <source>HTTP %1 from the Mojaloop connector</source>
        <translation>HTTP %1 du connecteur Mojaloop</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency</source>
        <translation>devise inconnue</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>le montant est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain decimal amount</source>
        <translation>« %1 » n&apos;est pas un montant décimal simple</translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s)</source>
        <translation>
            <numerusform>%1 a au plus %n décimale</numerusform>
            <numerusform>%1 a au plus %n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>le montant est trop élevé</translation>
    </message>
</context>
<context>
    <name>Mt940Parser</name>
    <message>
        <source>a balance reads D or C, a date YYMMDD, an ISO 4217 currency and an amount such as 1000,00: &quot;%1&quot;</source>
        <translation>un solde s&apos;écrit D ou C, une date AAMMJJ, une devise ISO 4217 et un montant tel que 1000,00 : « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2</source>
        <translation>« %1 » n&apos;est pas un montant en %2</translation>
    </message>
    <message>
        <source>a statement line (:61:) reads value date, entry date, D/C/RD/RC, amount, type and reference: &quot;%1&quot;</source>
        <translation>une ligne de relevé (:61:) s&apos;écrit date de valeur, date d&apos;écriture, D/C/RD/RC, montant, type et référence : « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a date that does not exist</source>
        <translation>« %1 » contient une date qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount above zero in %2</source>
        <translation>« %1 » n&apos;est pas un montant supérieur à zéro en %2</translation>
    </message>
    <message>
        <source>the statement has %1 bytes, more than the %2 PayDesk reads</source>
        <translation>le relevé a %1 octets, plus que les %2 que PayDesk lit</translation>
    </message>
    <message>
        <source>line %1 has %2 characters: not an MT940 statement</source>
        <translation>la ligne %1 a %2 caractères : ce n&apos;est pas un relevé MT940</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a tag such as :61:</source>
        <translation>ligne %1 : « %2 » n&apos;est pas une balise comme :61:</translation>
    </message>
    <message>
        <source>line %1: text before the first tag: not an MT940 statement</source>
        <translation>ligne %1 : du texte avant la première balise : ce n&apos;est pas un relevé MT940</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>a new statement (:20:) begins before the last one closed (:62F: or :62M:)</source>
        <translation>un nouveau relevé (:20:) commence avant que le précédent soit clos (:62F: ou :62M:)</translation>
    </message>
    <message>
        <source>the tag :%1: comes before any statement (:20:)</source>
        <translation>la balise :%1: vient avant tout relevé (:20:)</translation>
    </message>
    <message>
        <source>a statement line (:61:) comes before the opening balance (:60F:)</source>
        <translation>une ligne de relevé (:61:) vient avant le solde d&apos;ouverture (:60F:)</translation>
    </message>
    <message>
        <source>the statement lacks its account (:25:) or opening balance (:60F:)</source>
        <translation>il manque au relevé son compte (:25:) ou son solde d&apos;ouverture (:60F:)</translation>
    </message>
    <message>
        <source>the closing balance is in %1, the opening one in %2</source>
        <translation>le solde de clôture est en %1, celui d&apos;ouverture en %2</translation>
    </message>
    <message>
        <source>the closing balance is %1 %2, but the opening balance and the entries make %3 %2</source>
        <translation>le solde de clôture est %1 %2, mais le solde d&apos;ouverture et les écritures donnent %3 %2</translation>
    </message>
    <message>
        <source>the tag :%1: has no place in an MT940 statement</source>
        <translation>la balise :%1: n&apos;a pas sa place dans un relevé MT940</translation>
    </message>
    <message>
        <source>no statement (:20:) in the file</source>
        <translation>aucun relevé (:20:) dans le fichier</translation>
    </message>
    <message>
        <source>the last statement has no closing balance (:62F:)</source>
        <translation>le dernier relevé n&apos;a pas de solde de clôture (:62F:)</translation>
    </message>
</context>
<context>
    <name>OfficerAdministration</name>
    <message>
        <source>the administrator %1 has not signed in with their key</source>
        <translation>l&apos;administrateur %1 ne s&apos;est pas connecté avec sa clé</translation>
    </message>
    <message>
        <source>the certificate given is not the administrator %1&apos;s</source>
        <translation>le certificat donné n&apos;est pas celui de l&apos;administrateur %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an officer id: %2</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;agent : %2</translation>
    </message>
    <message>
        <source>cannot install the trust anchor: %1</source>
        <translation>impossible d&apos;installer l&apos;ancrage de confiance : %1</translation>
    </message>
    <message>
        <source>%1 is not an active administrator: only an administrator manages officers</source>
        <translation>%1 n&apos;est pas un administrateur actif : seul un administrateur gère les agents</translation>
    </message>
    <message>
        <source>an officer needs a name</source>
        <translation>un agent doit avoir un nom</translation>
    </message>
    <message>
        <source>there is already an officer %1</source>
        <translation>il existe déjà un agent %1</translation>
    </message>
    <message>
        <source>cannot add the officer: %1</source>
        <translation>impossible d&apos;ajouter l&apos;agent : %1</translation>
    </message>
    <message>
        <source>there is no officer %1</source>
        <translation>il n&apos;y a pas d&apos;agent %1</translation>
    </message>
    <message>
        <source>the certificate names %1, not %2</source>
        <translation>le certificat nomme %1, pas %2</translation>
    </message>
    <message>
        <source>an administrator&apos;s certificate is for administrators only</source>
        <translation>un certificat d&apos;administrateur est réservé aux administrateurs</translation>
    </message>
    <message>
        <source>cannot certify the key: %1</source>
        <translation>impossible de certifier la clé : %1</translation>
    </message>
    <message>
        <source>%1 is already a %2</source>
        <translation>%1 est déjà %2</translation>
    </message>
    <message>
        <source>an administrator is made with an administrator&apos;s certificate, not by a change of role</source>
        <translation>un administrateur se fait avec un certificat d&apos;administrateur, pas par un changement de rôle</translation>
    </message>
    <message>
        <source>there is no active officer %1</source>
        <translation>il n&apos;y a pas d&apos;agent actif %1</translation>
    </message>
    <message>
        <source>an administrator cannot deactivate themself</source>
        <translation>un administrateur ne peut pas se désactiver lui-même</translation>
    </message>
    <message>
        <source>%1 has no certificate %2</source>
        <translation>%1 n&apos;a pas de certificat %2</translation>
    </message>
</context>
<context>
    <name>OfficerCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Set PAYDESK_KEY_PASSPHRASE to the new key&apos;s passphrase (8 characters or more).</source>
        <translation>Définissez PAYDESK_KEY_PASSPHRASE avec la phrase secrète de la nouvelle clé (8 caractères ou plus).</translation>
    </message>
    <message>
        <source>%1 exists already: PayDesk does not overwrite a key or certificate.</source>
        <translation>%1 existe déjà : PayDesk n&apos;écrase pas une clé ou un certificat.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>admin init: the database&apos;s first act. Either PayDesk makes the administrator&apos;s key (--key-out, encrypted with PAYDESK_KEY_PASSPHRASE) and a self-signed CA certificate (--certificate-out) that certifies officers&apos; keys; or --trust names the ministry&apos;s CA certificate, and --certificate and --key the administrator&apos;s certificate it issued and its key.</source>
        <translation>admin init : le premier acte de la base. Soit PayDesk crée la clé de l&apos;administrateur (--key-out, chiffrée avec PAYDESK_KEY_PASSPHRASE) et un certificat d&apos;AC autosigné (--certificate-out) qui certifie les clés des agents ; soit --trust nomme le certificat d&apos;AC du ministère, et --certificate et --key le certificat qu&apos;elle a émis pour l&apos;administrateur et sa clé.</translation>
    </message>
    <message>
        <source>The administrator&apos;s officer id.</source>
        <translation>L&apos;identifiant d&apos;agent de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>Le nom complet de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Where to write the new key.</source>
        <translation>Où écrire la nouvelle clé.</translation>
    </message>
    <message>
        <source>Where to write the anchor certificate.</source>
        <translation>Où écrire le certificat d&apos;ancrage.</translation>
    </message>
    <message>
        <source>How long the anchor is valid (default 10).</source>
        <translation>Durée de validité de l&apos;ancrage (10 par défaut).</translation>
    </message>
    <message>
        <source>The ministry&apos;s CA certificate (PEM).</source>
        <translation>Le certificat d&apos;AC du ministère (PEM).</translation>
    </message>
    <message>
        <source>The administrator&apos;s certificate, issued by --trust.</source>
        <translation>Le certificat de l&apos;administrateur, émis par --trust.</translation>
    </message>
    <message>
        <source>The administrator&apos;s private key.</source>
        <translation>La clé privée de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Que faire.</translation>
    </message>
    <message>
        <source>admin init needs --id and --name, and either --key-out and --certificate-out, or --trust, --certificate and --key.</source>
        <translation>admin init exige --id et --name, et soit --key-out et --certificate-out, soit --trust, --certificate et --key.</translation>
    </message>
    <message>
        <source>Cannot make the administrator&apos;s key: %1</source>
        <translation>Impossible de créer la clé de l&apos;administrateur : %1</translation>
    </message>
    <message>
        <source>Cannot install the anchor: %1</source>
        <translation>Impossible d&apos;installer l&apos;ancrage : %1</translation>
    </message>
    <message>
        <source>%1 administers this database; the anchor&apos;s fingerprint is %2. Give the anchor certificate to auditors: they verify with --trust.</source>
        <translation>%1 administre cette base ; l&apos;empreinte de l&apos;ancrage est %2. Remettez le certificat d&apos;ancrage aux auditeurs : ils vérifient avec --trust.</translation>
    </message>
    <message>
        <source>officer request needs --key-out and --request-out.</source>
        <translation>officer request exige --key-out et --request-out.</translation>
    </message>
    <message>
        <source>Cannot make the key: %1</source>
        <translation>Impossible de créer la clé : %1</translation>
    </message>
    <message>
        <source>Key and request written. Keep the key; give %1 to the administrator to certify.</source>
        <translation>Clé et demande écrites. Gardez la clé ; remettez %1 à l&apos;administrateur pour certification.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Non pris en compte : %1</translation>
    </message>
    <message>
        <source>Officers: &quot;request ID&quot; (an officer&apos;s own key and certificate request), and an administrator&apos;s acts, signed with their key: &quot;add ID --name NAME --role maker|checker|viewer&quot;, &quot;certify ID --request REQ&quot; or &quot;--certificate CERT&quot;, &quot;role ID --role ROLE&quot;, &quot;deactivate ID&quot;, &quot;revoke-key ID --certificate FINGERPRINT&quot;; or &quot;list&quot;.</source>
        <translation>Agents : « request ID » (la clé propre d&apos;un agent et sa demande de certificat), et les actes d&apos;un administrateur, signés avec sa clé : « add ID --name NOM --role maker|checker|viewer », « certify ID --request REQ » ou « --certificate CERT », « role ID --role RÔLE », « deactivate ID », « revoke-key ID --certificate EMPREINTE » ; ou « list ».</translation>
    </message>
    <message>
        <source>The officer&apos;s full name.</source>
        <translation>Le nom complet de l&apos;agent.</translation>
    </message>
    <message>
        <source>maker, checker or viewer.</source>
        <translation>maker, checker ou viewer.</translation>
    </message>
    <message>
        <source>The officer&apos;s certificate request (PEM).</source>
        <translation>La demande de certificat de l&apos;agent (PEM).</translation>
    </message>
    <message>
        <source>certify: a certificate the ministry&apos;s CA issued (PEM); revoke-key: its fingerprint.</source>
        <translation>certify : un certificat émis par l&apos;AC du ministère (PEM) ; revoke-key : son empreinte.</translation>
    </message>
    <message>
        <source>certify: where to write the certificate made.</source>
        <translation>certify : où écrire le certificat créé.</translation>
    </message>
    <message>
        <source>certify: how long the certificate is valid (default 365).</source>
        <translation>certify : durée de validité du certificat (365 par défaut).</translation>
    </message>
    <message>
        <source>request: where to write the new key.</source>
        <translation>request : où écrire la nouvelle clé.</translation>
    </message>
    <message>
        <source>request: where to write the request.</source>
        <translation>request : où écrire la demande.</translation>
    </message>
    <message>
        <source>officer takes request, add, certify, role, deactivate or revoke-key with an ID, or list.</source>
        <translation>officer prend request, add, certify, role, deactivate ou revoke-key avec un ID, ou list.</translation>
    </message>
    <message>
        <source>add needs --name and --role; role needs --role; certify needs --request or --certificate; revoke-key needs --certificate.</source>
        <translation>add exige --name et --role ; role exige --role ; certify exige --request ou --certificate ; revoke-key exige --certificate.</translation>
    </message>
    <message>
        <source>the request is for %1, not %2</source>
        <translation>la demande est pour %1, pas %2</translation>
    </message>
    <message>
        <source>the anchor is the ministry&apos;s CA: certificates come from it (officer certify ID --certificate CERT)</source>
        <translation>l&apos;ancrage est l&apos;AC du ministère : les certificats viennent d&apos;elle (officer certify ID --certificate CERT)</translation>
    </message>
    <message>
        <source>The key of %1 is certified: certificate %2, valid until %3.</source>
        <translation>La clé de %1 est certifiée : certificat %2, valide jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translation>Rien n&apos;a été fait : %1</translation>
    </message>
    <message>
        <source>add, on a shared PostgreSQL database: also the officer&apos;s own login, in the group of their role, with a new password printed once. role and deactivate follow an existing login.</source>
        <translation>add, sur une base PostgreSQL partagée : aussi la connexion propre de l&apos;agent, dans le groupe de son rôle, avec un nouveau mot de passe affiché une fois. role et deactivate suivent une connexion existante.</translation>
    </message>
    <message>
        <source>The database login %1 is made; its password, shown this once: %2. The officer keeps it in their keychain (PayDesk asks for it at the first start).</source>
        <translation>La connexion %1 à la base est créée ; son mot de passe, affiché cette seule fois : %2. L&apos;agent le garde dans son trousseau (PayDesk le demande au premier démarrage).</translation>
    </message>
</context>
<context>
    <name>OfficerRepository</name>
    <message>
        <source>cannot add the officer: %1</source>
        <translation>impossible d&apos;ajouter l&apos;agent : %1</translation>
    </message>
</context>
<context>
    <name>OfficerRole</name>
    <message>
        <source>maker</source>
        <translation>préparateur</translation>
    </message>
    <message>
        <source>checker</source>
        <translation>vérificateur</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>OfficerSignIn</name>
    <message>
        <source>there is no officer %1</source>
        <translation>il n&apos;y a pas d&apos;agent %1</translation>
    </message>
    <message>
        <source>%1 is not an active officer: an administrator must add them and certify their key</source>
        <translation>%1 n&apos;est pas un agent actif : un administrateur doit l&apos;ajouter et certifier sa clé</translation>
    </message>
    <message>
        <source>no certificate of %1 is for this key: an administrator must certify it first</source>
        <translation>aucun certificat de %1 ne correspond à cette clé : un administrateur doit d&apos;abord la certifier</translation>
    </message>
    <message>
        <source>the key of %1 was revoked by an administrator</source>
        <translation>la clé de %1 a été révoquée par un administrateur</translation>
    </message>
    <message>
        <source>no administrator certified this key of %1</source>
        <translation>aucun administrateur n&apos;a certifié cette clé de %1</translation>
    </message>
</context>
<context>
    <name>OfficerStandings</name>
    <message>
        <source>entry %1 (%2 by %3 on %4) was changed after it was written</source>
        <translation>l&apos;entrée %1 (%2 par %3 le %4) a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>entry %1 (%2 by %3 on %4): %5</source>
        <translation>entrée %1 (%2 par %3 le %4) : %5</translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation>elle n&apos;est pas signée</translation>
    </message>
    <message>
        <source>it is signed with a certificate PayDesk does not hold (%1)</source>
        <translation>elle est signée avec un certificat que PayDesk ne détient pas (%1)</translation>
    </message>
    <message>
        <source>it is signed with the certificate of %1, not of %2</source>
        <translation>elle est signée avec le certificat de %1, pas de %2</translation>
    </message>
    <message>
        <source>its signature does not verify with the certificate of %1</source>
        <translation>sa signature ne se vérifie pas avec le certificat de %1</translation>
    </message>
    <message>
        <source>no administrator had certified the key of %1 it is signed with</source>
        <translation>aucun administrateur n&apos;avait certifié la clé de %1 qui la signe</translation>
    </message>
    <message>
        <source>the key of %1 it is signed with had been revoked</source>
        <translation>la clé de %1 qui la signe avait été révoquée</translation>
    </message>
    <message>
        <source>%1 was not an active officer then</source>
        <translation>%1 n&apos;était pas alors un agent actif</translation>
    </message>
    <message>
        <source>only an administrator may do this; %1 was a %2</source>
        <translation>seul un administrateur peut faire ceci ; %1 était %2</translation>
    </message>
    <message>
        <source>%1 was a %2 then, and may change nothing</source>
        <translation>%1 était alors %2, et ne peut rien modifier</translation>
    </message>
    <message>
        <source>this is a %1&apos;s act, and %2 was a %3 then</source>
        <translation>ceci est un acte de %1, et %2 était alors %3</translation>
    </message>
    <message>
        <source>the certificate of %1 is not an administrator&apos;s</source>
        <translation>le certificat de %1 n&apos;est pas celui d&apos;un administrateur</translation>
    </message>
    <message>
        <source>the anchor was installed already</source>
        <translation>l&apos;ancrage était déjà installé</translation>
    </message>
    <message>
        <source>there was already an officer %1</source>
        <translation>il y avait déjà un agent %1</translation>
    </message>
    <message>
        <source>the role granted is not one PayDesk knows</source>
        <translation>le rôle attribué n&apos;est pas un rôle que PayDesk connaît</translation>
    </message>
    <message>
        <source>there was no officer %1</source>
        <translation>il n&apos;y avait pas d&apos;agent %1</translation>
    </message>
    <message>
        <source>the certificate it names is not one of %1&apos;s</source>
        <translation>le certificat qu&apos;elle nomme n&apos;est pas l&apos;un de ceux de %1</translation>
    </message>
    <message>
        <source>an administrator&apos;s certificate is for administrators only</source>
        <translation>un certificat d&apos;administrateur est réservé aux administrateurs</translation>
    </message>
    <message>
        <source>an administrator&apos;s act PayDesk does not know</source>
        <translation>un acte d&apos;administrateur que PayDesk ne connaît pas</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>No officers yet: the administrator adds them here.</source>
        <translation>Aucun agent pour l&apos;instant : l&apos;administrateur les ajoute ici.</translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation>&amp;Ajouter un agent…</translation>
    </message>
    <message>
        <source>&amp;Certify a request…</source>
        <translation>&amp;Certifier une demande…</translation>
    </message>
    <message>
        <source>Add a c&amp;ertificate…</source>
        <translation>Ajouter un c&amp;ertificat…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Deactivate %1? They will not sign in or act again.</source>
        <translation>Désactiver %1 ? Il ne pourra plus se connecter ni agir.</translation>
    </message>
    <message>
        <source>Re&amp;voke key</source>
        <translation>Ré&amp;voquer la clé</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message>
        <source>Revoke the keys of %1? They sign in again only once a new key is certified.</source>
        <translation>Révoquer les clés de %1 ? Il ne se reconnectera qu&apos;une fois une nouvelle clé certifiée.</translation>
    </message>
    <message>
        <source>certified until %1</source>
        <translation>certifiée jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>no key certified: cannot sign in</source>
        <translation>aucune clé certifiée : connexion impossible</translation>
    </message>
    <message>
        <source>Only an administrator adds officers, certifies their keys and grants their roles.</source>
        <translation>Seul un administrateur ajoute les agents, certifie leurs clés et attribue leurs rôles.</translation>
    </message>
    <message>
        <source>Not counted, because their signature does not check: %1</source>
        <translation>Non pris en compte, car leur signature ne se vérifie pas : %1</translation>
    </message>
    <message>
        <source>Choose an officer in the list first.</source>
        <translation>Choisissez d&apos;abord un agent dans la liste.</translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translation>Rien n&apos;a été fait : %1</translation>
    </message>
    <message>
        <source>the request is for %1, not %2</source>
        <translation>la demande est pour %1, pas %2</translation>
    </message>
    <message>
        <source>the anchor is a ministry&apos;s CA: its certificates come from it (Add a certificate…)</source>
        <translation>l&apos;ancrage est l&apos;AC d&apos;un ministère : ses certificats viennent d&apos;elle (Ajouter un certificat…)</translation>
    </message>
    <message>
        <source>The key of %1 is certified, but the certificate could not be written to %2: %3</source>
        <translation>La clé de %1 est certifiée, mais le certificat n&apos;a pas pu être écrit dans %2 : %3</translation>
    </message>
    <message>
        <source>The key of %1 is certified until %2: they can sign in with it.</source>
        <translation>La clé de %1 est certifiée jusqu&apos;au %2 : il peut se connecter avec.</translation>
    </message>
    <message>
        <source>The certificate of %1 is taken in: they can sign in with its key.</source>
        <translation>Le certificat de %1 est pris en compte : il peut se connecter avec sa clé.</translation>
    </message>
    <message>
        <source>%1 is a %2 from now on.</source>
        <translation>%1 est %2 à partir de maintenant.</translation>
    </message>
    <message>
        <source>%1 is deactivated: they no longer sign in or act.</source>
        <translation>%1 est désactivé : il ne se connecte ni n&apos;agit plus.</translation>
    </message>
    <message>
        <source>%1 has no certified key to revoke</source>
        <translation>%1 n&apos;a pas de clé certifiée à révoquer</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked (%2): they sign in again once a new key is certified.</source>
        <translation>Les clés de %1 sont révoquées (%2) : il se reconnectera une fois une nouvelle clé certifiée.</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Ajouter un agent</translation>
    </message>
    <message>
        <source>Officer &amp;id:</source>
        <translation>&amp;Identifiant de l&apos;agent :</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>The certificate request %1 made</source>
        <translation>La demande de certificat créée par %1</translation>
    </message>
    <message>
        <source>Certificate requests (*.req *.csr *.pem);;All files (*)</source>
        <translation>Demandes de certificat (*.req *.csr *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Where to keep a copy of the certificate (optional)</source>
        <translation>Où garder une copie du certificat (facultatif)</translation>
    </message>
    <message>
        <source>The certificate of %1</source>
        <translation>Le certificat de %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Changer le rôle de %1</translation>
    </message>
    <message>
        <source>%1 is an officer now, as %2. Certify their key next: they make it at the sign-in (Make my key…) and give you its request.</source>
        <translation>%1 est désormais agent, comme %2. Certifiez ensuite sa clé : il la crée à la connexion (Créer ma clé…) et vous remet sa demande.</translation>
    </message>
</context>
<context>
    <name>OneShotHttp</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 n&apos;est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>cannot open a verified TLS connection to %1:%2: %3</source>
        <translation>impossible d&apos;ouvrir une connexion TLS vérifiée vers %1:%2 : %3</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>impossible de se connecter à %1:%2 : %3</translation>
    </message>
    <message>
        <source>the request to %1 could not be sent whole: %2</source>
        <translation>la requête vers %1 n&apos;a pas pu être envoyée en entier : %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>pas de réponse de %1 dans les %2 s</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>%1 answered something that is not HTTP</source>
        <translation>%1 a répondu quelque chose qui n&apos;est pas du HTTP</translation>
    </message>
    <message>
        <source>the answer of %1 was cut short</source>
        <translation>la réponse de %1 a été tronquée</translation>
    </message>
    <message>
        <source>%1 is plain http to another computer: payment files and passwords would cross the network unencrypted. Use https, or allow plain http in the program&apos;s hub settings if this network is trusted</source>
        <translation>%1 est en http simple vers un autre ordinateur : les fichiers de paiement et les mots de passe traverseraient le réseau sans chiffrement. Utilisez https, ou autorisez le http simple dans les paramètres du hub du programme si ce réseau est sûr</translation>
    </message>
</context>
<context>
    <name>OutstandingCommand</name>
    <message>
        <source>Money in the dark: the batches whose payments left PayDesk, or may have, and have no final outcome yet (uncertain batches, and payments still in flight on the hub), oldest first, by age band, with what to do about each.</source>
        <translation>L&apos;argent dans le noir : les lots dont les paiements ont quitté PayDesk, ou ont pu le faire, et n&apos;ont pas encore de résultat final (lots incertains, et paiements encore en cours sur le hub), du plus ancien au plus récent, par tranche d&apos;âge, avec quoi faire pour chacun.</translation>
    </message>
    <message>
        <source>Only this cycle.</source>
        <translation>Seulement ce cycle.</translation>
    </message>
    <message>
        <source>outstanding takes no argument but --cycle ID.</source>
        <translation>outstanding ne prend aucun argument sauf --cycle ID.</translation>
    </message>
    <message>
        <source>%1: %2 payments</source>
        <translation>%1 : %2 paiements</translation>
    </message>
    <message>
        <source>batch %1 (cycle %2 %3)	%4	%5 payments	%6 %7	%8</source>
        <translation>lot %1 (cycle %2 %3)	%4	%5 paiements	%6 %7	%8</translation>
    </message>
</context>
<context>
    <name>PaidCycleCombo</name>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>PaidVsEntitledChart</name>
    <message>
        <source>Paid against entitled, per cycle (%1)</source>
        <translation>Payé par rapport aux droits, par cycle (%1)</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Paid against entitled, per cycle</source>
        <translation>Payé par rapport au dû, par cycle</translation>
    </message>
</context>
<context>
    <name>PartyId</name>
    <message>
        <source>the identifier is empty</source>
        <translation>l&apos;identifiant est vide</translation>
    </message>
    <message>
        <source>the identifier contains a comma, a quote or an invisible character</source>
        <translation>l&apos;identifiant contient une virgule, un guillemet ou un caractère invisible</translation>
    </message>
    <message>
        <source>a phone number may only hold digits, spaces, dashes and a leading +</source>
        <translation>un numéro de téléphone ne peut contenir que des chiffres, des espaces, des tirets et un + initial</translation>
    </message>
    <message>
        <source>a phone number has 8 to 15 digits, this one has %1</source>
        <translation>un numéro de téléphone a de 8 à 15 chiffres, celui-ci en a %1</translation>
    </message>
    <message>
        <source>a bank account number may only hold letters A-Z and digits</source>
        <translation>un numéro de compte bancaire ne peut contenir que des lettres A-Z et des chiffres</translation>
    </message>
    <message>
        <source>a bank account number has 4 to 34 characters, this one has %1</source>
        <translation>un numéro de compte bancaire a de 4 à 34 caractères, celui-ci en a %1</translation>
    </message>
    <message>
        <source>an IBAN may only hold letters A-Z and digits</source>
        <translation>un IBAN ne peut contenir que des lettres A-Z et des chiffres</translation>
    </message>
    <message>
        <source>an IBAN has 15 to 34 characters, this one has %1</source>
        <translation>un IBAN a de 15 à 34 caractères, celui-ci en a %1</translation>
    </message>
    <message>
        <source>an IBAN starts with a two-letter country code and two check digits</source>
        <translation>un IBAN commence par un code pays de deux lettres et deux chiffres de contrôle</translation>
    </message>
    <message>
        <source>the IBAN check digits do not match (mod-97 check failed)</source>
        <translation>les chiffres de contrôle de l&apos;IBAN ne correspondent pas (contrôle mod-97 échoué)</translation>
    </message>
    <message>
        <source>an email address has one @ with text on both sides</source>
        <translation>une adresse e-mail a un seul @ avec du texte de chaque côté</translation>
    </message>
    <message>
        <source>the email address is too long</source>
        <translation>l&apos;adresse e-mail est trop longue</translation>
    </message>
    <message>
        <source>an email address may not hold spaces or &lt;&gt;;() characters</source>
        <translation>une adresse e-mail ne peut pas contenir d&apos;espaces ni les caractères &lt;&gt;;()</translation>
    </message>
    <message>
        <source>the email domain &quot;%1&quot; is not valid</source>
        <translation>le domaine e-mail « %1 » n&apos;est pas valide</translation>
    </message>
    <message>
        <source>a registry id has at most 64 characters</source>
        <translation>un identifiant du registre a au plus 64 caractères</translation>
    </message>
    <message>
        <source>a registry id may not hold spaces</source>
        <translation>un identifiant du registre ne peut pas contenir d&apos;espaces</translation>
    </message>
    <message>
        <source>a financial address has at most 255 characters</source>
        <translation>une adresse financière a au plus 255 caractères</translation>
    </message>
    <message>
        <source>a financial address reads type:id or type:id@provider, without spaces</source>
        <translation>une adresse financière s&apos;écrit type:id ou type:id@fournisseur, sans espaces</translation>
    </message>
</context>
<context>
    <name>PartyIdType</name>
    <message>
        <source>phone number (MSISDN)</source>
        <translation>numéro de téléphone (MSISDN)</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>compte bancaire</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>adresse électronique</translation>
    </message>
    <message>
        <source>registry id, through the ID-to-account mapper</source>
        <translation>identifiant du registre, via le mappeur ID-compte</translation>
    </message>
    <message>
        <source>financial address</source>
        <translation>adresse financière</translation>
    </message>
</context>
<context>
    <name>PartyLookup</name>
    <message>
        <source>Looking the payees up on the payment network: %1 of %2…</source>
        <translation>Vérification des bénéficiaires auprès du réseau de paiement : %1 sur %2…</translation>
    </message>
    <message>
        <source>the party lookup answered HTTP %1 without saying why</source>
        <translation>la recherche de bénéficiaire a répondu HTTP %1 sans dire pourquoi</translation>
    </message>
    <message>
        <source>the payment network does not know this payee (HTTP %1)</source>
        <translation>le réseau de paiement ne connaît pas ce bénéficiaire (HTTP %1)</translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s payees: %1</source>
        <translation>impossible de lire les bénéficiaires du cycle : %1</translation>
    </message>
    <message>
        <source>the program names no party lookup</source>
        <translation>le programme ne nomme aucune recherche de bénéficiaires</translation>
    </message>
    <message>
        <source>the party lookup at %1 did not answer: %2</source>
        <translation>la recherche de bénéficiaires à %1 n&apos;a pas répondu : %2</translation>
    </message>
    <message>
        <source>cannot keep a party lookup&apos;s answer: %1</source>
        <translation>impossible de garder la réponse d&apos;une recherche de bénéficiaire : %1</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 payees</source>
        <translation>arrêté après %1 bénéficiaires sur %2</translation>
    </message>
    <message>
        <source>the payment network found no account for this payee</source>
        <translation>le réseau de paiement n&apos;a trouvé aucun compte pour ce bénéficiaire</translation>
    </message>
    <message>
        <source>the answer (HTTP %1) is not a party lookup&apos;s</source>
        <translation>la réponse (HTTP %1) n&apos;est pas celle d&apos;une recherche de bénéficiaire</translation>
    </message>
</context>
<context>
    <name>PayeeAddress</name>
    <message>
        <source>not resolved yet: ask the ID-to-account mapper for the cycle&apos;s addresses first</source>
        <translation>pas encore résolu : demandez d&apos;abord les adresses du cycle au mapper identifiant-compte</translation>
    </message>
    <message>
        <source>the ID-to-account mapper did not resolve it: %1</source>
        <translation>le mapper identifiant-compte ne l&apos;a pas résolu : %1</translation>
    </message>
    <message>
        <source>the registry holds no %1 for this beneficiary</source>
        <translation>le registre n&apos;a aucun %1 pour ce bénéficiaire</translation>
    </message>
</context>
<context>
    <name>PayeeColumnDetector</name>
    <message>
        <source>The column &quot;%1&quot; looks like payee accounts but is not imported; map it if it holds the account to pay (&quot;%1=payee_address&quot;).</source>
        <translation>La colonne « %1 » ressemble à des comptes de bénéficiaires mais n&apos;est pas importée ; associez-la si elle contient le compte à payer (« %1=payee_address »).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; looks like payee accounts but is not imported, so every beneficiary would be imported without a payee account; map it (&quot;%1=payee_address&quot;, and its type column to payee_type).</source>
        <translation>La colonne « %1 » ressemble à des comptes de bénéficiaires mais n&apos;est pas importée : chaque bénéficiaire serait importé sans compte ; associez-la (« %1=payee_address », et sa colonne de type à payee_type).</translation>
    </message>
</context>
<context>
    <name>PaymentBackend</name>
    <message>
        <source>Mifos Payment Hub EE</source>
        <translation>Mifos Payment Hub EE</translation>
    </message>
    <message>
        <source>G2P Connect</source>
        <translation>G2P Connect</translation>
    </message>
    <message>
        <source>signed files carried by hand</source>
        <translation>fichiers signés remis en main propre</translation>
    </message>
</context>
<context>
    <name>PaymentHubChannel</name>
    <message>
        <source>Payment Hub EE batches need the tenant&apos;s signing key to be posted</source>
        <translation>les lots Payment Hub EE ont besoin de la clé de signature du locataire pour être envoyés</translation>
    </message>
    <message>
        <source>the batch could not be signed: %1</source>
        <translation>le lot n&apos;a pas pu être signé : %1</translation>
    </message>
    <message>
        <source>Payment Hub EE signs with RSA: the key given is an Ed25519 key</source>
        <translation>Payment Hub EE signe en RSA : la clé donnée est une clé Ed25519</translation>
    </message>
</context>
<context>
    <name>PaymentHubClient</name>
    <message>
        <source>the hub refused the batch&apos;s X-SIGNATURE: the tenant&apos;s signing key is not the one the hub knows</source>
        <translation>le hub a refusé la X-SIGNATURE du lot : la clé de signature du locataire n&apos;est pas celle que le hub connaît</translation>
    </message>
    <message>
        <source>the hub could not check the X-SIGNATURE with the certificate it holds for the tenant: the signing key is not the tenant&apos;s, or the signature is missing or malformed</source>
        <translation>le hub n&apos;a pas pu vérifier la X-SIGNATURE avec le certificat qu&apos;il détient pour le locataire : la clé de signature n&apos;est pas celle du locataire, ou la signature manque ou est mal formée</translation>
    </message>
    <message>
        <source>the hub refused the file: %1 (%2)</source>
        <translation>le hub a refusé le fichier : %1 (%2)</translation>
    </message>
    <message>
        <source>the hub refused the upload: %1</source>
        <translation>le hub a refusé l&apos;envoi : %1</translation>
    </message>
    <message>
        <source>the hub has no payment workflow for this tenant (%1)</source>
        <translation>le hub n&apos;a pas de circuit de paiement pour ce locataire (%1)</translation>
    </message>
    <message>
        <source>the hub answered %1: %2</source>
        <translation>le hub a répondu %1 : %2</translation>
    </message>
    <message>
        <source>no complete answer from the hub: %1</source>
        <translation>pas de réponse complète du hub : %1</translation>
    </message>
    <message>
        <source>the batch did not reach the hub: %1</source>
        <translation>le lot n&apos;a pas atteint le hub : %1</translation>
    </message>
    <message>
        <source>the hub accepted the batch but its answer names no batch: %1</source>
        <translation>le hub a accepté le lot mais sa réponse ne nomme aucun lot : %1</translation>
    </message>
    <message>
        <source>the operations app refused the officer&apos;s credentials (%1)</source>
        <translation>l&apos;application des opérations a refusé les identifiants de l&apos;agent (%1)</translation>
    </message>
    <message>
        <source>cannot get a token from the operations app: %1</source>
        <translation>impossible d&apos;obtenir un jeton de l&apos;application des opérations : %1</translation>
    </message>
    <message>
        <source>the operations app answered something that is not JSON at %1: %2</source>
        <translation>l&apos;application des opérations a répondu quelque chose qui n&apos;est pas du JSON à %1 : %2</translation>
    </message>
    <message>
        <source>the operations app did not answer: %1</source>
        <translation>l&apos;application des opérations n&apos;a pas répondu : %1</translation>
    </message>
    <message>
        <source>something between PayDesk and the hub answered %1 (%2), not the hub itself: the hub may have taken the batch</source>
        <translation>quelque chose entre PayDesk et le hub a répondu %1 (%2), pas le hub lui-même : le hub a peut-être pris le lot</translation>
    </message>
</context>
<context>
    <name>PaymentPreparer</name>
    <message>
        <source>payments are prepared for an approved cycle; this one is %1</source>
        <translation>les paiements se préparent pour un cycle approuvé ; celui-ci est %1</translation>
    </message>
    <message>
        <source>%1, cycle %2</source>
        <translation>%1, cycle %2</translation>
    </message>
    <message>
        <source>cannot read the entitlements: %1</source>
        <translation>impossible de lire les droits : %1</translation>
    </message>
    <message>
        <source>cannot write a batch: %1</source>
        <translation>impossible d&apos;écrire un lot : %1</translation>
    </message>
    <message>
        <source>cannot write payment %1: %2</source>
        <translation>impossible d&apos;écrire le paiement %1 : %2</translation>
    </message>
    <message>
        <source>cannot commit the payments: %1</source>
        <translation>impossible de valider les paiements : %1</translation>
    </message>
    <message>
        <source>cannot close the approved re-issues: %1</source>
        <translation>impossible de clore les réémissions approuvées : %1</translation>
    </message>
    <message>
        <source>%1 payments (%2 of them paying again what failed) in %3 ready batches; %4 already had a payment; %5 failed and wait for an approved re-issue; %6 cannot be paid as the registry stands.</source>
        <translation>%1 paiements (dont %2 qui paient à nouveau ce qui a échoué) dans %3 lots prêts ; %4 avaient déjà un paiement ; %5 ont échoué et attendent une réémission approuvée ; %6 ne peuvent pas être payés en l&apos;état du registre.</translation>
    </message>
    <message>
        <source>cannot read the approved re-issues: %1</source>
        <translation>impossible de lire les réémissions approuvées : %1</translation>
    </message>
    <message>
        <source>%1 of the payments form the pilot batch, sent first; the rest waits for its results.</source>
        <translation>%1 des paiements forment le lot pilote, envoyé en premier ; le reste attend ses résultats.</translation>
    </message>
    <message>
        <source>the approval of cycle %1 changed while it was prepared; prepare again</source>
        <translation>l&apos;approbation du cycle %1 a changé pendant la préparation ; préparez à nouveau</translation>
    </message>
    <message>
        <source>cannot write the payments: %1</source>
        <translation>impossible d&apos;écrire les paiements : %1</translation>
    </message>
</context>
<context>
    <name>PaymentReconciler</name>
    <message>
        <source>batch %1 has not been sent: nothing to reconcile</source>
        <translation>le lot %1 n&apos;a pas été envoyé : rien à rapprocher</translation>
    </message>
    <message>
        <source>batch %1: the hub&apos;s operations API: %2</source>
        <translation>lot %1 : l&apos;API des opérations du hub : %2</translation>
    </message>
    <message>
        <source>batch %1: the hub&apos;s transfer rows: %2</source>
        <translation>lot %1 : les lignes de transfert du hub : %2</translation>
    </message>
    <message>
        <source>batch %1: the hub&apos;s answer cannot be read: %2</source>
        <translation>lot %1 : la réponse du hub est illisible : %2</translation>
    </message>
    <message>
        <source>batch %1: cannot record payment %2: %3</source>
        <translation>lot %1 : impossible d&apos;enregistrer le paiement %2 : %3</translation>
    </message>
    <message>
        <source>batch %1: cannot close it: %2</source>
        <translation>lot %1 : impossible de le clore : %2</translation>
    </message>
    <message>
        <source>batch %1: cannot commit: %2</source>
        <translation>lot %1 : impossible de valider : %2</translation>
    </message>
    <message>
        <source>batch %1: %2 paid, %3 failed, %4 in flight, %5 not on the hub yet; %6</source>
        <translation>lot %1 : %2 payés, %3 échoués, %4 en cours, %5 pas encore sur le hub ; %6</translation>
    </message>
    <message>
        <source>complete (%1)</source>
        <translation>terminé (%1)</translation>
    </message>
    <message>
        <source>not complete yet</source>
        <translation>pas encore terminé</translation>
    </message>
    <message>
        <source>batch %1&apos;s file: %2</source>
        <translation>fichier du lot %1 : %2</translation>
    </message>
    <message>
        <source>batch %1: the receiver&apos;s statuses: %2</source>
        <translation>lot %1 : les statuts du destinataire : %2</translation>
    </message>
    <message>
        <source>a result file is applied by a checker: %1</source>
        <translation>un fichier de résultats est appliqué par un vérificateur : %1</translation>
    </message>
    <message>
        <source>batch %1: cannot read its payments: %2</source>
        <translation>lot %1 : impossible de lire ses paiements : %2</translation>
    </message>
    <message>
        <source>A checker must look at %1 disputed result(s) (contradicting rows, or another payee or amount than the frozen file) and %2 that contradict what the hub reported final before: none of them was applied (see the audit log, batch.results_disputed).</source>
        <translation>Un vérificateur doit examiner %1 résultat(s) contesté(s) (lignes contradictoires, ou un autre bénéficiaire ou montant que le fichier figé) et %2 qui contredisent ce que le hub avait déclaré définitif : aucun n&apos;a été appliqué (voir le journal d&apos;audit, batch.results_disputed).</translation>
    </message>
    <message>
        <source>batch %1: cannot record its payments: %2</source>
        <translation>lot %1 : impossible d’enregistrer ses paiements : %2</translation>
    </message>
</context>
<context>
    <name>PaymentReissue</name>
    <message>
        <source>cannot read the failed payments: %1</source>
        <translation>impossible de lire les paiements échoués : %1</translation>
    </message>
    <message>
        <source>failed payments are paid again in an approved or distributed cycle; this one is %1</source>
        <translation>les paiements échoués se paient à nouveau dans un cycle approuvé ou distribué ; celui-ci est %1</translation>
    </message>
    <message>
        <source>payment %1 is not a failed payment of cycle %2 that waits to be paid again (it may be paid again already, or asked for)</source>
        <translation>le paiement %1 n&apos;est pas un paiement échoué du cycle %2 en attente d&apos;être payé à nouveau (il l&apos;est peut-être déjà, ou a déjà été demandé)</translation>
    </message>
    <message>
        <source>no failed payment of cycle %1 waits to be paid again</source>
        <translation>aucun paiement échoué du cycle %1 n&apos;attend d&apos;être payé à nouveau</translation>
    </message>
    <message>
        <source>cannot record the request: %1</source>
        <translation>impossible d&apos;enregistrer la demande : %1</translation>
    </message>
    <message>
        <source>cannot record payment %1 in the request: %2</source>
        <translation>impossible d&apos;enregistrer le paiement %1 dans la demande : %2</translation>
    </message>
    <message>
        <source>cannot commit the request: %1</source>
        <translation>impossible de valider la demande : %1</translation>
    </message>
    <message>
        <source>there is no re-issue request %1</source>
        <translation>il n&apos;y a pas de demande de réémission %1</translation>
    </message>
    <message>
        <source>re-issue request %1 is %2 already</source>
        <translation>la demande de réémission %1 est déjà %2</translation>
    </message>
    <message>
        <source>cannot record the decision: %1</source>
        <translation>impossible d&apos;enregistrer la décision : %1</translation>
    </message>
    <message>
        <source>someone else decided re-issue request %1 meanwhile</source>
        <translation>quelqu&apos;un d&apos;autre a décidé de la demande de réémission %1 entre-temps</translation>
    </message>
    <message>
        <source>cannot reopen cycle %1: %2</source>
        <translation>impossible de rouvrir le cycle %1 : %2</translation>
    </message>
    <message>
        <source>cannot commit the decision: %1</source>
        <translation>impossible de valider la décision : %1</translation>
    </message>
</context>
<context>
    <name>PaymentStatusChart</name>
    <message>
        <source>Payments by state</source>
        <translation>Paiements par état</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>ID au registre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire du paiement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Raison de l&apos;échec</translation>
    </message>
    <message>
        <source>Settled (UTC)</source>
        <translation>Réglé (UTC)</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
</context>
<context>
    <name>PaymentsBrowser</name>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Toute région</translation>
    </message>
    <message>
        <source>Any batch</source>
        <translation>Tout lot</translation>
    </message>
    <message>
        <source>Any failure reason</source>
        <translation>Toute raison d&apos;échec</translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Paiements :</translation>
    </message>
    <message>
        <source>%1 payments</source>
        <translation>%1 paiements</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>No payment to show: nothing was prepared for this cycle yet.</source>
        <translation>Aucun paiement à afficher : rien n&apos;a encore été préparé pour ce cycle.</translation>
    </message>
</context>
<context>
    <name>PheeCsvWriter</name>
    <message>
        <source>payment %1: the amount must be more than zero</source>
        <translation>paiement %1 : le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>payment %1: %2 %3 has a fraction; Payment Hub EE pays whole %3 only</source>
        <translation>paiement %1 : %2 %3 a une fraction ; Payment Hub EE ne paie que des %3 entiers</translation>
    </message>
    <message>
        <source>payment %1: the payee has no valid account</source>
        <translation>paiement %1 : le bénéficiaire n&apos;a pas de compte valide</translation>
    </message>
    <message>
        <source>payment %1: &quot;%2&quot; holds a comma, quote or line break, which the hub would split</source>
        <translation>paiement %1 : « %2 » contient une virgule, un guillemet ou un saut de ligne, que le hub couperait</translation>
    </message>
</context>
<context>
    <name>PilotRelease</name>
    <message>
        <source>cannot read the pilot of cycle %1: %2</source>
        <translation>impossible de lire le pilote du cycle %1 : %2</translation>
    </message>
    <message>
        <source>batch %1 is %2</source>
        <translation>le lot %1 est %2</translation>
    </message>
    <message>
        <source>cycle %1 has no pilot</source>
        <translation>le cycle %1 n&apos;a pas de pilote</translation>
    </message>
    <message>
        <source>cannot read the pilot&apos;s payments: %1</source>
        <translation>impossible de lire les paiements du pilote : %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>the pilot has no final results yet (%1): %2 paid, %3 failed, %4 in flight of %5 payments</source>
        <translation>le pilote n&apos;a pas encore de résultats définitifs (%1) : %2 payés, %3 échoués, %4 en cours sur %5 paiements</translation>
    </message>
    <message>
        <source>the pilot failed %1 of %2 payments (%3 %), above the program&apos;s %4 %: the rest of the cycle is stopped. Most common reasons: %5</source>
        <translation>le pilote a échoué pour %1 paiements sur %2 (%3 %), au-delà des %4 % du programme : le reste du cycle est arrêté. Raisons les plus fréquentes : %5</translation>
    </message>
    <message>
        <source>the pilot paid %1 of %2 payments (%3 % failed, at most %4 % allowed): the rest may go</source>
        <translation>le pilote a payé %1 paiements sur %2 (%3 % d&apos;échecs, au plus %4 % admis) : le reste peut partir</translation>
    </message>
</context>
<context>
    <name>PostgresCopy</name>
    <message>
        <source>the database refused to take rows: %1</source>
        <translation>la base de données a refusé de recevoir des lignes : %1</translation>
    </message>
    <message>
        <source>cannot send rows to the database: %1</source>
        <translation>impossible d’envoyer des lignes à la base de données : %1</translation>
    </message>
    <message>
        <source>the database refused the rows: %1</source>
        <translation>la base de données a refusé les lignes : %1</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>a program needs a name of at most 100 characters</source>
        <translation>un programme a besoin d&apos;un nom d&apos;au plus 100 caractères</translation>
    </message>
    <message>
        <source>the program&apos;s currency is not an ISO 4217 code PayDesk knows</source>
        <translation>la devise du programme n&apos;est pas un code ISO 4217 que PayDesk connaît</translation>
    </message>
    <message>
        <source>entitlement rule: %1</source>
        <translation>règle de droits : %1</translation>
    </message>
    <message>
        <source>eligibility: %1</source>
        <translation>éligibilité : %1</translation>
    </message>
    <message>
        <source>the payer account is missing or not valid</source>
        <translation>le compte payeur manque ou n&apos;est pas valide</translation>
    </message>
    <message>
        <source>a batch holds from 1 to 100,000 rows</source>
        <translation>un lot contient de 1 à 100 000 lignes</translation>
    </message>
    <message>
        <source>a batch file limit below 1,000 bytes cannot hold a header and a row</source>
        <translation>une limite de fichier de lot inférieure à 1 000 octets ne peut pas contenir un en-tête et une ligne</translation>
    </message>
    <message>
        <source>the budget must be an amount in %1, more than zero</source>
        <translation>le budget doit être un montant en %1, supérieur à zéro</translation>
    </message>
    <message>
        <source>Payment Hub EE needs the tenant (Platform-TenantId) the program pays through</source>
        <translation>Payment Hub EE a besoin du locataire (Platform-TenantId) par lequel le programme paie</translation>
    </message>
    <message>
        <source>Payment Hub EE&apos;s payment mode must be one of %1 (the hub fails every row of another)</source>
        <translation>le mode de paiement de Payment Hub EE doit être l&apos;un de %1 (le hub fait échouer chaque ligne d&apos;un autre)</translation>
    </message>
    <message>
        <source>the hub is &quot;sandbox&quot; (PayDesk&apos;s own) or given by its bulk processor and operations URLs</source>
        <translation>le hub est « sandbox » (celui de PayDesk) ou donné par les URL de son processeur de lots et de son application des opérations</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an http:// or https:// address</source>
        <translation>%1 « %2 » n&apos;est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>paying by registry id needs the ID-to-account mapper, which comes with the G2P Connect backend</source>
        <translation>payer par identifiant au registre demande le mapper identifiant-compte, qui vient avec le canal G2P Connect</translation>
    </message>
    <message>
        <source>the G2P Connect receiver is &quot;sandbox&quot; (PayDesk&apos;s own) or given by its URL</source>
        <translation>le destinataire G2P Connect est « sandbox » (celui de PayDesk) ou donné par son URL</translation>
    </message>
    <message>
        <source>paying by registry id needs the ID-to-account mapper&apos;s URL</source>
        <translation>payer par identifiant au registre demande l&apos;URL du mapper identifiant-compte</translation>
    </message>
</context>
<context>
    <name>ProgramCommand</name>
    <message>
        <source>--currency takes an ISO 4217 code such as USD, KES or XOF</source>
        <translation>--currency prend un code ISO 4217 comme USD, KES ou XOF</translation>
    </message>
    <message>
        <source>--fixed: %1</source>
        <translation>--fixed : %1</translation>
    </message>
    <message>
        <source>--rule: %1</source>
        <translation>--rule : %1</translation>
    </message>
    <message>
        <source>--household-min, --household-max, --max-batch-rows and --max-file-bytes take whole numbers</source>
        <translation>--household-min, --household-max, --max-batch-rows et --max-file-bytes prennent des nombres entiers</translation>
    </message>
    <message>
        <source>--payer: %1</source>
        <translation>--payer : %1</translation>
    </message>
    <message>
        <source>--budget: %1</source>
        <translation>--budget : %1</translation>
    </message>
    <message>
        <source>See the description.</source>
        <translation>Voir la description.</translation>
    </message>
    <message>
        <source>Enrol inactive beneficiaries too.</source>
        <translation>Inscrire aussi les bénéficiaires inactifs.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Que faire.</translation>
    </message>
    <message>
        <source>Cannot create the program: %1</source>
        <translation>Impossible de créer le programme : %1</translation>
    </message>
    <message>
        <source>Program %1 created.</source>
        <translation>Programme %1 créé.</translation>
    </message>
    <message>
        <source>Cannot enrol: %1</source>
        <translation>Impossible d&apos;inscrire : %1</translation>
    </message>
    <message>
        <source>%1 enrolled: %2 joined, %3 left.</source>
        <translation>%1 inscrit : %2 entrés, %3 sortis.</translation>
    </message>
    <message>
        <source>--payer-type and --payee-type take msisdn, bank_account, iban, email, registry_id (resolved by the mapper) or fa; --backend takes payment_hub_ee, g2p_connect or file_only</source>
        <translation>--payer-type et --payee-type prennent msisdn, bank_account, iban, email, registry_id (résolu par le mappeur) ou fa ; --backend prend payment_hub_ee, g2p_connect ou file_only</translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation>Il n&apos;y a pas de programme %1.</translation>
    </message>
    <message>
        <source>Cannot set the approval tiers: %1</source>
        <translation>Impossible de fixer les paliers d&apos;approbation : %1</translation>
    </message>
    <message>
        <source>%1: one checker approves a cycle of any total.</source>
        <translation>%1 : un vérificateur approuve un cycle de n&apos;importe quel total.</translation>
    </message>
    <message>
        <source>%1: from %2 %3, %4 distinct checker(s)</source>
        <translation>%1 : à partir de %2 %3, %4 vérificateur(s) distinct(s)</translation>
    </message>
    <message>
        <source>--sign-off takes yes or no, not %1.</source>
        <translation>--sign-off prend yes ou no, pas %1.</translation>
    </message>
    <message>
        <source>--pilot-payments takes a number of payments, 0 for no pilot.</source>
        <translation>--pilot-payments prend un nombre de paiements, 0 pour aucun pilote.</translation>
    </message>
    <message>
        <source>--pilot-max-failed takes a percentage from 0 to 100.</source>
        <translation>--pilot-max-failed prend un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>Cannot set the release policy: %1</source>
        <translation>Impossible de fixer la politique de libération : %1</translation>
    </message>
    <message>
        <source>%1: each batch is sent once its maker signed it off and a checker countersigned it.</source>
        <translation>%1 : chaque lot est envoyé une fois visé par son préparateur et contresigné par un vérificateur.</translation>
    </message>
    <message>
        <source>%1: batches are sent without personal sign-off.</source>
        <translation>%1 : les lots sont envoyés sans visa personnel.</translation>
    </message>
    <message>
        <source>Each cycle starts with a pilot batch of %1 payments; the rest goes only if at most %2 % of them failed.</source>
        <translation>Chaque cycle commence par un lot pilote de %1 paiements ; le reste ne part que si au plus %2 % d&apos;entre eux ont échoué.</translation>
    </message>
    <message>
        <source>No pilot batch.</source>
        <translation>Pas de lot pilote.</translation>
    </message>
    <message>
        <source>ok      %1: %2</source>
        <translation>ok      %1 : %2</translation>
    </message>
    <message>
        <source>FAILED  %1: %2</source>
        <translation>ÉCHEC   %1 : %2</translation>
    </message>
    <message>
        <source>Programs. create: --name, --currency, the rule (--fixed AMOUNT or --rule JSON such as {&quot;kind&quot;:&quot;per_household_member&quot;,&quot;base&quot;:{&quot;amount&quot;:&quot;20&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;per_member&quot;:{&quot;amount&quot;:&quot;5&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;member_cap&quot;:4}), eligibility (--regions A,B, --household-min/max, --age-min/max, --include-inactive), --payer-type and --payer, --payee-type, --backend with --tenant, --payment-mode and the hub (--hub sandbox for PayDesk&apos;s own sandbox, or --bulk-url, --ops-url and --ops-user, the operations app&apos;s OAuth user) for Payment Hub EE, or --hub sandbox or --bulk-url (the disburse receiver), --mapper-url (the ID-to-account mapper, for --payee-type registry_id; with --mapper-callback-url, the mapper is asked asynchronously and answers to that address), --sender-id, --receiver-id and --signing-key-id (requests signed with Ed25519, the key given to send --key) for G2P Connect; --max-batch-rows, --max-file-bytes, --budget. list: every program. enrol ID: apply the program&apos;s eligibility to the registry. tiers ID [TIERS]: show, or set, how many distinct checkers a cycle needs by its total, as AMOUNT:CHECKERS pairs such as &quot;0:1, 50000:2, 250000:3&quot; (&quot;none&quot;: one checker). release ID: show, or set with --sign-off yes|no (each batch signed off by its maker and countersigned by a checker before it is sent), --pilot-payments N and --pilot-max-failed PERCENT (each cycle starts with a pilot batch of N payments; the rest is released only once the pilot&apos;s results are final and no more than PERCENT of them failed). check ID: test the connection to the program&apos;s hub (each part asked something harmless; the hub options override the program&apos;s addresses); exit code 1 when a part does not answer. password ID: keep the operations-app user&apos;s password, read from standard input, in the system keychain (never in the database); --forget removes it.</source>
        <translation>Programmes. create : --name, --currency, la règle (--fixed MONTANT ou --rule JSON comme {&quot;kind&quot;:&quot;per_household_member&quot;,&quot;base&quot;:{&quot;amount&quot;:&quot;20&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;per_member&quot;:{&quot;amount&quot;:&quot;5&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;member_cap&quot;:4}), l&apos;éligibilité (--regions A,B, --household-min/max, --age-min/max, --include-inactive), --payer-type et --payer, --payee-type, --backend avec --tenant, --payment-mode et le hub (--hub sandbox pour la démonstration de PayDesk, ou --bulk-url, --ops-url et --ops-user, l&apos;utilisateur OAuth de l&apos;application des opérations) pour Payment Hub EE, ou --hub sandbox ou --bulk-url (le destinataire des versements), --mapper-url (le mappeur ID-compte, pour --payee-type registry_id ; avec --mapper-callback-url, le mappeur est interrogé de façon asynchrone et répond à cette adresse), --sender-id, --receiver-id et --signing-key-id (requêtes signées en Ed25519, la clé donnée à send --key) pour G2P Connect ; --max-batch-rows, --max-file-bytes, --budget. list : tous les programmes. enrol ID : appliquer l&apos;éligibilité du programme au registre. tiers ID [PALIERS] : afficher ou fixer combien de vérificateurs distincts un cycle demande selon son total, en paires MONTANT:VÉRIFICATEURS comme « 0:1, 50000:2, 250000:3 » (« none » : un vérificateur). release ID : afficher, ou fixer avec --sign-off yes|no (chaque lot visé par son préparateur et contresigné par un vérificateur avant l&apos;envoi), --pilot-payments N et --pilot-max-failed POURCENT (chaque cycle commence par un lot pilote de N paiements ; le reste n&apos;est libéré qu&apos;une fois les résultats du pilote définitifs et au plus POURCENT d&apos;entre eux échoués). check ID : tester la connexion au hub du programme (chaque partie reçoit une question sans effet ; les options du hub remplacent les adresses du programme) ; code de sortie 1 si une partie ne répond pas. password ID : garder le mot de passe de l&apos;utilisateur de l&apos;application des opérations, lu sur l&apos;entrée standard, dans le trousseau du système (jamais dans la base de données) ; --forget le retire.</translation>
    </message>
    <message>
        <source>With password: remove the password from the system keychain.</source>
        <translation>Avec password : retirer le mot de passe du trousseau du système.</translation>
    </message>
    <message>
        <source>program takes create, list, enrol ID, tiers ID [TIERS], release ID, check ID or password ID.</source>
        <translation>program prend create, list, enrol ID, tiers ID [PALIERS], release ID, check ID ou password ID.</translation>
    </message>
    <message>
        <source>Program %1 names no operations-app user: give --hub-user (and --ops-url), or create the program with --ops-user.</source>
        <translation>Le programme %1 ne nomme aucun utilisateur de l&apos;application des opérations : indiquez --hub-user (et --ops-url), ou créez le programme avec --ops-user.</translation>
    </message>
    <message>
        <source>The password was not removed: %1</source>
        <translation>Le mot de passe n&apos;a pas été retiré : %1</translation>
    </message>
    <message>
        <source>The password of %1 at %2 is no longer in the system keychain.</source>
        <translation>Le mot de passe de %1 sur %2 n&apos;est plus dans le trousseau du système.</translation>
    </message>
    <message>
        <source>program password reads the password from standard input: none was given.</source>
        <translation>program password lit le mot de passe sur l&apos;entrée standard : aucun n&apos;a été donné.</translation>
    </message>
    <message>
        <source>The password was not kept: %1. PayDesk writes it nowhere else: set PAYDESK_HUB_PASSWORD for each run instead.</source>
        <translation>Le mot de passe n&apos;a pas été gardé : %1. PayDesk ne l&apos;écrit nulle part ailleurs : définissez plutôt PAYDESK_HUB_PASSWORD à chaque exécution.</translation>
    </message>
    <message>
        <source>The password of %1 at %2 is in the system keychain.</source>
        <translation>Le mot de passe de %1 sur %2 est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The program&apos;s hub may be reached over plain http on another computer (a trusted network only: payment files and passwords cross it unencrypted).</source>
        <translation>Le hub du programme peut être joint en http simple sur un autre ordinateur (réseau de confiance seulement : les fichiers de paiement et les mots de passe le traversent sans chiffrement).</translation>
    </message>
    <message>
        <source>Payment Hub EE: where payees are looked up before approval (a Mojaloop SDK scheme adapter&apos;s outbound API; the findings list those it does not know).</source>
        <translation>Payment Hub EE : où les bénéficiaires sont vérifiés avant l&apos;approbation (l&apos;API sortante d&apos;un adaptateur de schéma Mojaloop SDK ; les constats listent ceux qu&apos;il ne connaît pas).</translation>
    </message>
</context>
<context>
    <name>ProgramPaymentSection</name>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Ask each part of this hub something harmless and say what answers; nothing is sent.</source>
        <translation>Poser à chaque partie de ce hub une question sans conséquence et dire ce qui répond ; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>At these addresses</source>
        <translation>À ces adresses</translation>
    </message>
    <message>
        <source>PayDesk&apos;s sandbox (no real money)</source>
        <translation>Le bac à sable de PayDesk (pas d&apos;argent réel)</translation>
    </message>
    <message>
        <source>Allow plain &amp;http (trusted network only)</source>
        <translation>Autoriser le &amp;http simple (réseau de confiance seulement)</translation>
    </message>
    <message>
        <source>Without it, PayDesk reaches a hub on another computer only over https: with it, payment files and passwords cross the network unencrypted.</source>
        <translation>Sans cela, PayDesk n&apos;atteint un hub sur un autre ordinateur qu&apos;en https : avec, les fichiers de paiement et les mots de passe traversent le réseau sans chiffrement.</translation>
    </message>
    <message>
        <source>empty: the operations app asks for no token</source>
        <translation>vide : l&apos;application des opérations ne demande pas de jeton</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in the database</source>
        <translation>gardé dans le trousseau du système, jamais dans la base de données</translation>
    </message>
    <message>
        <source>empty: ask the mapper synchronously</source>
        <translation>vide : interroger le mapper de façon synchrone</translation>
    </message>
    <message>
        <source>Where the mapper posts its answers when it is asked asynchronously (http://this-computer:8700/callback/mapper)</source>
        <translation>Où le mapper envoie ses réponses quand il est interrogé de façon asynchrone (http://cet-ordinateur:8700/callback/mapper)</translation>
    </message>
    <message>
        <source>empty: requests are not signed</source>
        <translation>vide : les requêtes ne sont pas signées</translation>
    </message>
    <message>
        <source>Payer account type:</source>
        <translation>Type de compte payeur :</translation>
    </message>
    <message>
        <source>Payer account:</source>
        <translation>Compte payeur :</translation>
    </message>
    <message>
        <source>Pay beneficiaries by:</source>
        <translation>Payer les bénéficiaires par :</translation>
    </message>
    <message>
        <source>Payment backend:</source>
        <translation>Canal de paiement :</translation>
    </message>
    <message>
        <source>Hub tenant:</source>
        <translation>Locataire du hub :</translation>
    </message>
    <message>
        <source>Hub payment mode:</source>
        <translation>Mode de paiement du hub :</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub :</translation>
    </message>
    <message>
        <source>Bulk processor or G2P Connect receiver:</source>
        <translation>Processeur de masse ou destinataire G2P Connect :</translation>
    </message>
    <message>
        <source>Hub operations app:</source>
        <translation>Application d&apos;opérations du hub :</translation>
    </message>
    <message>
        <source>Operations-app user:</source>
        <translation>Utilisateur de l&apos;application des opérations :</translation>
    </message>
    <message>
        <source>Its password:</source>
        <translation>Son mot de passe :</translation>
    </message>
    <message>
        <source>ID-to-account mapper:</source>
        <translation>Mapper identifiant-compte :</translation>
    </message>
    <message>
        <source>Mapper answers to:</source>
        <translation>Le mapper répond à :</translation>
    </message>
    <message>
        <source>G2P Connect sender id:</source>
        <translation>Identifiant d&apos;expéditeur G2P Connect :</translation>
    </message>
    <message>
        <source>Signing key id (Ed25519):</source>
        <translation>Identifiant de clé de signature (Ed25519) :</translation>
    </message>
    <message>
        <source>Rows per batch, at most:</source>
        <translation>Lignes par lot, au plus :</translation>
    </message>
    <message>
        <source>Batch file bytes, at most:</source>
        <translation>Octets par fichier de lot, au plus :</translation>
    </message>
    <message>
        <source>Testing the connection to the hub…</source>
        <translation>Test de la connexion au hub…</translation>
    </message>
    <message>
        <source>empty: payees are not looked up before approval</source>
        <translation>vide : les bénéficiaires ne sont pas vérifiés avant l&apos;approbation</translation>
    </message>
    <message>
        <source>A Mojaloop SDK scheme adapter&apos;s outbound API: before approval, every payee is looked up there (GET /parties) and those it does not know are findings. With PayDesk&apos;s sandbox, any address here has the sandbox answer.</source>
        <translation>L&apos;API sortante d&apos;un adaptateur de schéma Mojaloop SDK : avant l&apos;approbation, chaque bénéficiaire y est recherché (GET /parties) et ceux qu&apos;il ne connaît pas sont des constats. Avec la démonstration de PayDesk, toute adresse ici fait répondre la démonstration.</translation>
    </message>
    <message>
        <source>Payee lookup before approval:</source>
        <translation>Vérification des bénéficiaires avant approbation :</translation>
    </message>
</context>
<context>
    <name>ProgramRepository</name>
    <message>
        <source>there is no program %1</source>
        <translation>il n&apos;y a pas de programme %1</translation>
    </message>
    <message>
        <source>there is already a program named %1</source>
        <translation>il existe déjà un programme nommé %1</translation>
    </message>
    <message>
        <source>cannot save the program: %1</source>
        <translation>impossible d&apos;enregistrer le programme : %1</translation>
    </message>
    <message>
        <source>cannot save the program: no id came back</source>
        <translation>impossible d&apos;enregistrer le programme : aucun identifiant n&apos;est revenu</translation>
    </message>
    <message>
        <source>program %1 could not be read: %2</source>
        <translation>le programme %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>the program of cycle %1 could not be read: %2</source>
        <translation>le programme du cycle %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>there is no cycle %1</source>
        <translation>il n&apos;y a pas de cycle %1</translation>
    </message>
</context>
<context>
    <name>ProgramRuleSql</name>
    <message>
        <source>cannot read the registry&apos;s regions: %1</source>
        <translation>impossible de lire les régions du registre : %1</translation>
    </message>
    <message>
        <source>the registry has %1 different regions; at most %2 can be told apart</source>
        <translation>le registre compte %1 régions différentes ; au plus %2 peuvent être distinguées</translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>&amp;New program</source>
        <translation>&amp;Nouveau programme</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>&amp;Devise (ISO 4217) :</translation>
    </message>
    <message>
        <source>Entitlement per cycle</source>
        <translation>Droit par cycle</translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation>Un montant fixe</translation>
    </message>
    <message>
        <source>A base amount plus an amount per household member</source>
        <translation>Un montant de base plus un montant par membre du ménage</translation>
    </message>
    <message>
        <source>An amount per region</source>
        <translation>Un montant par région</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Base amount:</source>
        <translation>Montant de base :</translation>
    </message>
    <message>
        <source>Per household member:</source>
        <translation>Par membre du ménage :</translation>
    </message>
    <message>
        <source>Members counted at most:</source>
        <translation>Membres comptés au plus :</translation>
    </message>
    <message>
        <source>One region per line: Northern = 30</source>
        <translation>Une région par ligne : Northern = 30</translation>
    </message>
    <message>
        <source>empty: nothing for other regions</source>
        <translation>vide : rien pour les autres régions</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation>Montants :</translation>
    </message>
    <message>
        <source>Other regions:</source>
        <translation>Autres régions :</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>empty: every region; else Northern, Coastal</source>
        <translation>vide : toutes les régions ; sinon Northern, Coastal</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Régions :</translation>
    </message>
    <message>
        <source>Household size from:</source>
        <translation>Taille du ménage de :</translation>
    </message>
    <message>
        <source>Household size to:</source>
        <translation>Taille du ménage à :</translation>
    </message>
    <message>
        <source>Age from:</source>
        <translation>Âge de :</translation>
    </message>
    <message>
        <source>Age to:</source>
        <translation>Âge à :</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget :</translation>
    </message>
    <message>
        <source>&amp;Save program</source>
        <translation>&amp;Enregistrer le programme</translation>
    </message>
    <message>
        <source>&amp;Enrol from the registry</source>
        <translation>&amp;Inscrire depuis le registre</translation>
    </message>
    <message>
        <source>entitlement rule: %1: %2</source>
        <translation>règle de droit : %1 : %2</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>base amount</source>
        <translation>montant de base</translation>
    </message>
    <message>
        <source>amount per member</source>
        <translation>montant par membre</translation>
    </message>
    <message>
        <source>entitlement rule: &quot;%1&quot; is not &quot;Region = amount&quot;</source>
        <translation>règle de droit : « %1 » n&apos;est pas « Région = montant »</translation>
    </message>
    <message>
        <source>other regions</source>
        <translation>autres régions</translation>
    </message>
    <message>
        <source>payer account: %1</source>
        <translation>compte payeur : %1</translation>
    </message>
    <message>
        <source>budget: %1</source>
        <translation>budget : %1</translation>
    </message>
    <message>
        <source>Choose who is acting (top right) first.</source>
        <translation>Choisissez d&apos;abord qui agit (en haut à droite).</translation>
    </message>
    <message>
        <source>Program saved.</source>
        <translation>Programme enregistré.</translation>
    </message>
    <message>
        <source>Choose a saved program and who is acting first.</source>
        <translation>Choisissez d&apos;abord un programme enregistré et qui agit.</translation>
    </message>
    <message>
        <source>Enrolling… the registry is being read.</source>
        <translation>Inscription… lecture du registre.</translation>
    </message>
    <message>
        <source>%1 enrolled: %2 joined, %3 left.</source>
        <translation>%1 inscrit : %2 entrés, %3 sortis.</translation>
    </message>
    <message>
        <source>Enrolment failed: %1</source>
        <translation>L&apos;inscription a échoué : %1</translation>
    </message>
    <message>
        <source>%1 is not a currency code</source>
        <translation>%1 n&apos;est pas un code de devise</translation>
    </message>
    <message>
        <source>The program was not saved: %1</source>
        <translation>Le programme n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Approval and release</source>
        <translation>Approbation et libération</translation>
    </message>
    <message>
        <source>e.g. 0:1, 50000:2, 250000:3 (empty: one checker)</source>
        <translation>p. ex. 0:1, 50000:2, 250000:3 (vide : un vérificateur)</translation>
    </message>
    <message>
        <source>From each total upwards (in the program&apos;s currency), how many distinct checkers approve a cycle.</source>
        <translation>À partir de chaque total (dans la devise du programme), combien de vérificateurs distincts approuvent un cycle.</translation>
    </message>
    <message>
        <source>Each batch is signed off by its maker and countersigned by a checker before it is sent</source>
        <translation>Chaque lot est visé par son initiateur et contresigné par un vérificateur avant d&apos;être envoyé</translation>
    </message>
    <message>
        <source>no pilot</source>
        <translation>pas de pilote</translation>
    </message>
    <message>
        <source>Approval tiers:</source>
        <translation>Paliers d&apos;approbation :</translation>
    </message>
    <message>
        <source>Pilot payments per cycle:</source>
        <translation>Paiements pilotes par cycle :</translation>
    </message>
    <message>
        <source>Pilot failures allowed, at most:</source>
        <translation>Échecs du pilote admis, au plus :</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>The program was not saved: the approval tiers are wrong.</source>
        <translation>Le programme n&apos;a pas été enregistré : les paliers d&apos;approbation sont faux.</translation>
    </message>
    <message>
        <source>The program was saved; its approval tiers or release policy were not.</source>
        <translation>Le programme a été enregistré ; ses paliers d&apos;approbation ou sa politique de libération ne l&apos;ont pas été.</translation>
    </message>
    <message>
        <source>✓ %1: %2</source>
        <translation>✓ %1 : %2</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1 : %2</translation>
    </message>
    <message>
        <source>Not tested: the operations app&apos;s password was not given.</source>
        <translation>Non testé : le mot de passe de l&apos;application des opérations n&apos;a pas été donné.</translation>
    </message>
    <message>
        <source>No program yet: fill in the form and press Save program.</source>
        <translation>Aucun programme pour l&apos;instant : remplissez le formulaire et appuyez sur Enregistrer le programme.</translation>
    </message>
    <message>
        <source>That password is forgotten: the next test asks for it again.</source>
        <translation>Ce mot de passe est oublié : le prochain test le redemandera.</translation>
    </message>
    <message>
        <source>the new program</source>
        <translation>le nouveau programme</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Save them first?</source>
        <translation>Les modifications de %1 ne sont pas enregistrées. Les enregistrer d&apos;abord ?</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <source>not a PEM public key or certificate</source>
        <translation>ni une clé publique PEM ni un certificat</translation>
    </message>
    <message>
        <source>an officer&apos;s key is Ed25519 or RSA; this one is neither</source>
        <translation>la clé d&apos;un agent est Ed25519 ou RSA ; celle-ci n&apos;est ni l&apos;une ni l&apos;autre</translation>
    </message>
    <message>
        <source>an RSA key for signing off needs at least 2048 bits</source>
        <translation>une clé RSA pour viser demande au moins 2048 bits</translation>
    </message>
    <message>
        <source>the signature is not Base64</source>
        <translation>la signature n&apos;est pas en Base64</translation>
    </message>
    <message>
        <source>the signature does not match the signed bytes with this key</source>
        <translation>la signature ne correspond pas aux octets signés avec cette clé</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Reconciles a cycle&apos;s sent batches with the program&apos;s Payment Hub EE: payments become paid or failed (with the hub&apos;s reason); a batch completes when every payment is final, the cycle is distributed when every batch is. Offline: --batch ID --results FILE applies the hub&apos;s batch detail export or result CSV instead.</source>
        <translation>Rapproche les lots envoyés d&apos;un cycle avec le Payment Hub EE du programme : les paiements deviennent payés ou échoués (avec la raison du hub) ; un lot est terminé quand chaque paiement est définitif, le cycle est distribué quand chaque lot l&apos;est. Hors ligne : --batch ID --results FICHIER applique à la place l&apos;export du détail de lot ou le CSV de résultats du hub.</translation>
    </message>
    <message>
        <source>Poll again every S seconds until the cycle is distributed.</source>
        <translation>Interroger de nouveau toutes les S secondes jusqu&apos;à ce que le cycle soit distribué.</translation>
    </message>
    <message>
        <source>With --results: the batch the file is about.</source>
        <translation>Avec --results : le lot dont parle le fichier.</translation>
    </message>
    <message>
        <source>The hub&apos;s batch detail (JSON) or result CSV.</source>
        <translation>Le détail de lot du hub (JSON) ou le CSV de résultats.</translation>
    </message>
    <message>
        <source>reconcile takes a cycle id, and --batch with --results together.</source>
        <translation>reconcile prend un identifiant de cycle, et --batch avec --results ensemble.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cycle %1 is distributed: every payment is final.</source>
        <translation>Le cycle %1 est distribué : chaque paiement est définitif.</translation>
    </message>
    <message>
        <source>--watch takes a number of seconds, 1 or more.</source>
        <translation>--watch prend un nombre de secondes, 1 ou plus.</translation>
    </message>
    <message>
        <source>Cycle %1 has no batch %2.</source>
        <translation>Le cycle %1 n&apos;a pas de lot %2.</translation>
    </message>
    <message>
        <source>Program %1 names no hub to ask: give --bulk-url (and --ops-url for Payment Hub EE).</source>
        <translation>Le programme %1 ne nomme aucun hub à interroger : indiquez --bulk-url (et --ops-url pour Payment Hub EE).</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>Reconcile every 30 s</source>
        <translation>Rapprocher toutes les 30 s</translation>
    </message>
    <message>
        <source>&amp;Reconcile now</source>
        <translation>&amp;Rapprocher maintenant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Cycle :</translation>
    </message>
    <message>
        <source>Choose a cycle and who is acting first.</source>
        <translation>Choisissez d&apos;abord un cycle et qui agit.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Interrogation du hub…</translation>
    </message>
    <message>
        <source>No sent batch is waiting for the hub.</source>
        <translation>Aucun lot envoyé n&apos;attend le hub.</translation>
    </message>
    <message>
        <source>%1 batches asked: %2 now complete, %3 could not be read. %4</source>
        <translation>%1 lots interrogés : %2 désormais complets, %3 illisibles. %4</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Paid vs entitled</source>
        <translation>Payé / droits</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>Failure reasons</source>
        <translation>Raisons d&apos;échec</translation>
    </message>
    <message>
        <source>Save the cycle&apos;s report</source>
        <translation>Enregistrer le rapport du cycle</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;Every payment, CSV (*.csv)</source>
        <translation>Rapport PDF (*.pdf);;Chaque paiement, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>Cannot save the report: %1</source>
        <translation>Impossible d&apos;enregistrer le rapport : %1</translation>
    </message>
    <message>
        <source>Apply a result &amp;file…</source>
        <translation>Appliquer un &amp;fichier de résultats…</translation>
    </message>
    <message>
        <source>Offline: the hub&apos;s batch detail export or result CSV, for one sent batch</source>
        <translation>Hors ligne : l&apos;export du détail de lot du hub ou son CSV de résultats, pour un lot envoyé</translation>
    </message>
    <message>
        <source>entitled (approved)</source>
        <translation>droits (approuvés)</translation>
    </message>
    <message>
        <source>Batch %1 (hub %2)</source>
        <translation>Lot %1 (hub %2)</translation>
    </message>
    <message>
        <source>No sent batch of this cycle waits for results.</source>
        <translation>Aucun lot envoyé de ce cycle n&apos;attend de résultats.</translation>
    </message>
    <message>
        <source>Apply a result file</source>
        <translation>Appliquer un fichier de résultats</translation>
    </message>
    <message>
        <source>The results are for:</source>
        <translation>Les résultats concernent :</translation>
    </message>
    <message>
        <source>The hub&apos;s batch detail export or result CSV</source>
        <translation>L&apos;export du détail de lot du hub ou son CSV de résultats</translation>
    </message>
    <message>
        <source>Hub results (*.json *.csv);;All files (*)</source>
        <translation>Résultats du hub (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a sent batch of the cycle shown, and who is acting, first.</source>
        <translation>Choisissez d&apos;abord un lot envoyé du cycle affiché, et qui agit.</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>Application de %1…</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>This program names no hub to ask.</source>
        <translation>Ce programme ne nomme aucun hub à interroger.</translation>
    </message>
    <message>
        <source>Match a bank &amp;statement…</source>
        <translation>Rapprocher un &amp;relevé bancaire…</translation>
    </message>
    <message>
        <source>The payer account&apos;s statement (MT940 or CSV): what the hub paid against what the bank debited</source>
        <translation>Le relevé du compte payeur (MT940 ou CSV) : ce que le hub a payé face à ce que la banque a débité</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>In the dark</source>
        <translation>Dans le noir</translation>
    </message>
    <message>
        <source>The payer account&apos;s bank statement</source>
        <translation>Le relevé bancaire du compte payeur</translation>
    </message>
    <message>
        <source>Bank statements (*.sta *.mt940 *.txt *.csv);;All files (*)</source>
        <translation>Relevés bancaires (*.sta *.mt940 *.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (incertain)</translation>
    </message>
    <message>
        <source>The hub&apos;s batch %1</source>
        <translation>Le lot %1 du hub</translation>
    </message>
    <message>
        <source>In the dark (%1)</source>
        <translation>Dans le noir (%1)</translation>
    </message>
    <message>
        <source>Matching %1 against the cycle…</source>
        <translation>Rapprochement de %1 avec le cycle…</translation>
    </message>
    <message>
        <source>The statement was not matched: %1</source>
        <translation>Le relevé n&apos;a pas été rapproché : %1</translation>
    </message>
    <message>
        <source>The statement agrees with the hub: every paid payment is debited once, nothing else was debited.</source>
        <translation>Le relevé concorde avec le hub : chaque paiement payé est débité une fois, rien d&apos;autre n&apos;a été débité.</translation>
    </message>
    <message>
        <source>The statement and the hub disagree: see the findings.</source>
        <translation>Le relevé et le hub divergent : voir les constats.</translation>
    </message>
    <message>
        <source>Nothing was asked: the operations app&apos;s password was not given.</source>
        <translation>Rien n&apos;a été demandé : le mot de passe de l&apos;application des opérations n&apos;a pas été donné.</translation>
    </message>
    <message>
        <source>Totals by state and currency</source>
        <translation>Totaux par état et par devise</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
</context>
<context>
    <name>RegionTotalsChart</name>
    <message>
        <source>Entitled per region (%1)</source>
        <translation>Droits par région (%1)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(sans région)</translation>
    </message>
    <message>
        <source>Entitled per region</source>
        <translation>Dû par région</translation>
    </message>
</context>
<context>
    <name>RegistryColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is not a mapping of the form &quot;Header=field&quot; with a known field</source>
        <translation>« %1 » n&apos;est pas une association de la forme « En-tête=champ » avec un champ connu</translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; both hold the field %3; map one of them to another field</source>
        <translation>les colonnes « %1 » et « %2 » contiennent toutes deux le champ %3 ; associez l&apos;une d&apos;elles à un autre champ</translation>
    </message>
    <message>
        <source>the file has no registry_id column; map the column that holds the registry id</source>
        <translation>le fichier n&apos;a pas de colonne registry_id ; associez la colonne qui contient l&apos;identifiant du registre</translation>
    </message>
    <message>
        <source>the file has neither a given_name nor a family_name column</source>
        <translation>le fichier n&apos;a ni colonne given_name ni colonne family_name</translation>
    </message>
</context>
<context>
    <name>RegistryFilePreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1, header row: %2</source>
        <translation>%1, ligne d&apos;en-tête : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty: a registry file starts with a header row</source>
        <translation>%1 est vide : un fichier du registre commence par une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>%1, header row, column %2: %3</source>
        <translation>%1, ligne d&apos;en-tête, colonne %2 : %3</translation>
    </message>
    <message>
        <source>%1, header row, column %2: invalid encoding (byte %3 is not UTF-8); save the file as UTF-8</source>
        <translation>%1, ligne d&apos;en-tête, colonne %2 : encodage non valide (l&apos;octet %3 n&apos;est pas de l&apos;UTF-8) ; enregistrez le fichier en UTF-8</translation>
    </message>
</context>
<context>
    <name>RegistryImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <source>Import registry</source>
        <translation>Importer un registre</translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation>Fichier du registre</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Registry field</source>
        <translation>Champ du registre</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Registry file:</source>
        <translation>Fichier du registre :</translation>
    </message>
    <message>
        <source>Columns (check that each column feeds the right field):</source>
        <translation>Colonnes (vérifiez que chaque colonne alimente le bon champ) :</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Choose a registry file</source>
        <translation>Choisir un fichier du registre</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorer cette colonne)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) found. Press Import to read and check every row.</source>
        <translation>
            <numerusform>%n colonne trouvée. Appuyez sur Importer pour lire et vérifier chaque ligne.</numerusform>
            <numerusform>%n colonnes trouvées. Appuyez sur Importer pour lire et vérifier chaque ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Importing… %1 rows read</source>
        <translation>Importation… %1 lignes lues</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Colonnes ignorées : %1.</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Its own name</source>
        <translation>Son propre nom</translation>
    </message>
    <message>
        <source>Guessed from another system&apos;s name: check it</source>
        <translation>Deviné d&apos;après le nom d&apos;un autre système : vérifiez-le</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>Choisi par vous</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>I have checked the &amp;guessed columns</source>
        <translation>J&apos;ai vérifié les colonnes &amp;devinées</translation>
    </message>
    <message>
        <source>Refuse the whole file if a row is not &amp;UTF-8 (otherwise only that row is rejected)</source>
        <translation>Refuser tout le fichier si une ligne n&apos;est pas en &amp;UTF-8 (sinon seule cette ligne est rejetée)</translation>
    </message>
    <message>
        <source>How it was matched</source>
        <translation>Comment elle a été reconnue</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <source>Check the guessed columns, then tick the box above.</source>
        <translation>Vérifiez les colonnes devinées, puis cochez la case ci-dessus.</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 lignes lues : %2 nouvelles, %3 mises à jour, %4 inchangées, %5 rejetées.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported row(s) had a value changed by a documented rule (listed below).</source>
        <translation>
            <numerusform>%Ln ligne importée avait une valeur modifiée par une règle documentée (voir ci-dessous).</numerusform>
            <numerusform>%Ln lignes importées avaient une valeur modifiée par une règle documentée (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 payee accounts of this file are held by more than one registry id (likely duplicates), e.g. %2.</source>
        <translation>%1 comptes de bénéficiaires de ce fichier sont détenus par plus d&apos;un identifiant du registre (doublons probables), p. ex. %2.</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (colonne %2)</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>toute la ligne</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Imported, changed</source>
        <translation>Importée, modifiée</translation>
    </message>
</context>
<context>
    <name>RegistryImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1, header row: %2</source>
        <translation>%1, ligne d&apos;en-tête : %2</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>Impossible de démarrer une transaction de base de données : %1</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;importation : %1</translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation>Impossible de préparer l&apos;importation : %1</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>Impossible d&apos;écrire les lignes rejetées dans %1 : %2</translation>
    </message>
    <message>
        <source>The import was cancelled; the registry is unchanged.</source>
        <translation>L’import a été annulé ; le registre est inchangé.</translation>
    </message>
    <message>
        <source>registry id %1 appears more than once in this file; only its first row was imported</source>
        <translation>l&apos;identifiant du registre %1 apparaît plusieurs fois dans ce fichier ; seule sa première ligne a été importée</translation>
    </message>
    <message>
        <source>%1, line %2: the database refused the row: %3</source>
        <translation>%1, ligne %2 : la base de données a refusé la ligne : %3</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1 : %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation>Impossible de valider l&apos;importation : %1</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5. Nothing was imported.</source>
        <translation>%1, ligne %2, colonne %3 (%4) : %5. Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>&amp;Import registry…</source>
        <translation>&amp;Importer un registre…</translation>
    </message>
    <message>
        <source>Filter by</source>
        <translation>Filtrer par</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>ID de registre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <source>Filter: part of a name (3+ letters), or the start of an ID, region or phone</source>
        <translation>Filtre : une partie d’un nom (3 lettres ou plus), ou le début d’un ID, d’une région ou d’un téléphone</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation>Compte du bénéficiaire</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Identifiant national</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The registry is empty. Import a registry CSV file to begin.</source>
        <translation>Le registre est vide. Importez un fichier CSV de registre pour commencer.</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>%1 beneficiaries</source>
        <translation>%1 bénéficiaires</translation>
    </message>
    <message>
        <source>%1 of %2 beneficiaries match the filter</source>
        <translation>%1 bénéficiaires sur %2 correspondent au filtre</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n member(s)</source>
        <translation>
            <numerusform>%1, %n membre</numerusform>
            <numerusform>%1, %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the registry again (other officers may have changed a shared database)</source>
        <translation>Relire le registre (d’autres agents ont pu modifier une base partagée)</translation>
    </message>
    <message>
        <source>Only &amp;shared payee accounts</source>
        <translation>Seulement les comptes de paiement &amp;partagés</translation>
    </message>
    <message>
        <source>Beneficiaries whose payee account another registry id also holds: likely duplicates</source>
        <translation>Bénéficiaires dont le compte de paiement est aussi détenu par un autre identifiant du registre : doublons probables</translation>
    </message>
    <message>
        <source>Likely duplicate: this account is also registered for %1</source>
        <translation>Doublon probable : ce compte est aussi enregistré pour %1</translation>
    </message>
</context>
<context>
    <name>ReissueCommand</name>
    <message>
        <source>Pays failed payments again under four eyes. &quot;request CYCLE_ID&quot;: a maker asks for the cycle&apos;s failed payments (or those named by --payment) to be paid again; &quot;approve REQUEST_ID&quot; or &quot;reject REQUEST_ID --why TEXT&quot;: a checker other than the maker decides; approval reopens a distributed cycle, and the next &quot;batches prepare&quot; gives each payment a new request id. &quot;list CYCLE_ID&quot;: the cycle&apos;s requests.</source>
        <translation>Repaie les paiements échoués sous double contrôle. « request CYCLE_ID » : un préparateur demande que les paiements échoués du cycle (ou ceux nommés par --payment) soient payés de nouveau ; « approve REQUEST_ID » ou « reject REQUEST_ID --why TEXTE » : un vérificateur autre que le préparateur décide ; l&apos;approbation rouvre un cycle distribué, et la « batches prepare » suivante donne à chaque paiement un nouvel identifiant de requête. « list CYCLE_ID » : les demandes du cycle.</translation>
    </message>
    <message>
        <source>With request: a failed payment to pay again (repeatable).</source>
        <translation>Avec request : un paiement échoué à payer de nouveau (répétable).</translation>
    </message>
    <message>
        <source>With reject: the reason, kept in the audit log.</source>
        <translation>Avec reject : la raison, gardée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>request, approve, reject or list.</source>
        <translation>request, approve, reject ou list.</translation>
    </message>
    <message>
        <source>The cycle (request, list) or the request (approve, reject).</source>
        <translation>Le cycle (request, list) ou la demande (approve, reject).</translation>
    </message>
    <message>
        <source>reissue takes request, approve, reject or list, and an id.</source>
        <translation>reissue prend request, approve, reject ou list, et un identifiant.</translation>
    </message>
    <message>
        <source>reject needs --why: the reason is kept in the audit log.</source>
        <translation>reject demande --why : la raison est gardée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>--payment takes a payment id, not &quot;%1&quot;.</source>
        <translation>--payment prend un identifiant de paiement, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1	%2	%3 payments	%4 %5	asked by %6 %7	%8 %9</source>
        <translation>%1	%2	%3 paiements	%4 %5	demandé par %6 %7	%8 %9</translation>
    </message>
    <message>
        <source>Re-issue request %1: %2 failed payments to pay again; a checker other than %3 decides.</source>
        <translation>Demande de réémission %1 : %2 paiements échoués à payer de nouveau ; un vérificateur autre que %3 décide.</translation>
    </message>
    <message>
        <source>Re-issue request %1 approved: &quot;batches prepare&quot; now pays them again.</source>
        <translation>Demande de réémission %1 approuvée : « batches prepare » les paie maintenant de nouveau.</translation>
    </message>
    <message>
        <source>Re-issue request %1 rejected.</source>
        <translation>Demande de réémission %1 rejetée.</translation>
    </message>
</context>
<context>
    <name>ReissuePanel</name>
    <message>
        <source>Pay &amp;failed payments again…</source>
        <translation>Payer à nouveau les paiements é&amp;choués…</translation>
    </message>
    <message>
        <source>&amp;Approve re-issue</source>
        <translation>&amp;Approuver la réémission</translation>
    </message>
    <message>
        <source>Re&amp;ject re-issue…</source>
        <translation>Re&amp;jeter la réémission…</translation>
    </message>
    <message>
        <source>%1 asked on %2 to pay %3 failed payments again (%4 %5); a checker other than %1 decides.</source>
        <translation>%1 a demandé le %2 de payer à nouveau %3 paiements échoués (%4 %5) ; un vérificateur autre que %1 décide.</translation>
    </message>
    <message>
        <source>%1 failed payments are not paid again yet: a maker may ask for it.</source>
        <translation>%1 paiements échoués ne sont pas encore payés à nouveau : un préparateur peut le demander.</translation>
    </message>
    <message>
        <source>Last re-issue request: %1 payments, %2 by %3.</source>
        <translation>Dernière demande de réémission : %1 paiements, %2 par %3.</translation>
    </message>
    <message>
        <source>No failed payment waits to be paid again.</source>
        <translation>Aucun paiement échoué n&apos;attend d&apos;être payé à nouveau.</translation>
    </message>
    <message>
        <source>Choose who is acting first.</source>
        <translation>Choisissez d&apos;abord qui agit.</translation>
    </message>
    <message>
        <source>Re-issue request %1 is waiting for a checker.</source>
        <translation>La demande de réémission %1 attend un vérificateur.</translation>
    </message>
    <message>
        <source>Cannot ask for a re-issue: %1</source>
        <translation>Impossible de demander une réémission : %1</translation>
    </message>
    <message>
        <source>No re-issue request of this cycle waits for a decision.</source>
        <translation>Aucune demande de réémission de ce cycle n&apos;attend de décision.</translation>
    </message>
    <message>
        <source>Cannot decide re-issue request %1: %2</source>
        <translation>Impossible de décider de la demande de réémission %1 : %2</translation>
    </message>
    <message>
        <source>Re-issue request %1 approved: prepare the cycle&apos;s payments on the Batches page, then send the new batch.</source>
        <translation>Demande de réémission %1 approuvée : préparez les paiements du cycle sur la page Lots, puis envoyez le nouveau lot.</translation>
    </message>
    <message>
        <source>Re-issue request %1 rejected.</source>
        <translation>Demande de réémission %1 rejetée.</translation>
    </message>
    <message>
        <source>Pay failed payments again</source>
        <translation>Payer à nouveau les paiements échoués</translation>
    </message>
    <message>
        <source>Ask for the %1 failed payments of this cycle to be paid again? Each gets a new payment with a new request id once a checker approves.</source>
        <translation>Demander que les %1 paiements échoués de ce cycle soient payés à nouveau ? Chacun reçoit un nouveau paiement avec un nouvel ID de requête dès qu&apos;un vérificateur approuve.</translation>
    </message>
    <message>
        <source>Approve the re-issue</source>
        <translation>Approuver la réémission</translation>
    </message>
    <message>
        <source>Approve paying them again?</source>
        <translation>Approuver de les payer à nouveau ?</translation>
    </message>
    <message>
        <source>Reject the re-issue</source>
        <translation>Rejeter la réémission</translation>
    </message>
    <message>
        <source>Why (recorded in the audit log):</source>
        <translation>Pourquoi (inscrit au journal d&apos;audit) :</translation>
    </message>
</context>
<context>
    <name>ReleaseGate</name>
    <message>
        <source>batch %1&apos;s file is no longer the one frozen at preparation (SHA-256 %2, frozen %3): it is not sent</source>
        <translation>le fichier du lot %1 n&apos;est plus celui figé à la préparation (SHA-256 %2, figé %3) : il n&apos;est pas envoyé</translation>
    </message>
    <message>
        <source>%1 prepared batch %2 and cannot also send it</source>
        <translation>%1 a préparé le lot %2 et ne peut pas aussi l&apos;envoyer</translation>
    </message>
    <message>
        <source>%1 made cycle %2 and cannot also send its batches</source>
        <translation>%1 a établi le cycle %2 et ne peut pas aussi envoyer ses lots</translation>
    </message>
    <message>
        <source>cannot read the program of cycle %1: %2</source>
        <translation>impossible de lire le programme du cycle %1 : %2</translation>
    </message>
    <message>
        <source>%1 changed the payer account of %2 and cannot release its next send: another checker must</source>
        <translation>%1 a modifié le compte payeur de %2 et ne peut pas libérer son prochain envoi : un autre vérificateur doit le faire</translation>
    </message>
    <message>
        <source>batch %1 is held: %2</source>
        <translation>le lot %1 est retenu : %2</translation>
    </message>
    <message>
        <source>batch %1 is sent while its cycle is approved; cycle %2 is %3</source>
        <translation>le lot %1 part tant que son cycle est approuvé ; le cycle %2 est %3</translation>
    </message>
    <message>
        <source>batch %1 is sent once its maker signed it off and a checker countersigned it (Sign off… on the Batches page): %2</source>
        <translation>le lot %1 est envoyé une fois visé par son préparateur et contresigné par un vérificateur (Viser… sur la page Lots) : %2</translation>
    </message>
</context>
<context>
    <name>ReleasePolicyRepository</name>
    <message>
        <source>cannot read the release policy: %1</source>
        <translation>impossible de lire la politique de libération : %1</translation>
    </message>
    <message>
        <source>a pilot has zero or more payments, and allows 0 to 100 % of them to fail</source>
        <translation>un pilote compte zéro paiement ou plus, et admet de 0 à 100 % d&apos;échecs</translation>
    </message>
    <message>
        <source>cannot save the release policy: %1</source>
        <translation>impossible d&apos;enregistrer la politique de libération : %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>A cycle&apos;s disbursement report: --pdf writes the totals, charts, failed payments, batches and the cycle&apos;s audit trail; --csv writes every payment of the cycle, one row each.</source>
        <translation>Le rapport de versement d&apos;un cycle : --pdf écrit les totaux, graphiques, paiements échoués, lots et la piste d&apos;audit du cycle ; --csv écrit chaque paiement du cycle, une ligne chacun.</translation>
    </message>
    <message>
        <source>Write the report as PDF to FILE.</source>
        <translation>Écrire le rapport en PDF dans FICHIER.</translation>
    </message>
    <message>
        <source>Write every payment as CSV to FILE.</source>
        <translation>Écrire chaque paiement en CSV dans FICHIER.</translation>
    </message>
    <message>
        <source>What to report on: cycle.</source>
        <translation>Sur quoi porte le rapport : cycle.</translation>
    </message>
    <message>
        <source>The cycle.</source>
        <translation>Le cycle.</translation>
    </message>
    <message>
        <source>report takes &quot;cycle ID&quot; and --pdf FILE, --csv FILE or both.</source>
        <translation>report prend « cycle ID » et --pdf FICHIER, --csv FICHIER ou les deux.</translation>
    </message>
    <message>
        <source>Report of cycle %1 written to %2.</source>
        <translation>Rapport du cycle %1 écrit dans %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Payments of cycle %1 written to %2.</source>
        <translation>Paiements du cycle %1 écrits dans %2.</translation>
    </message>
</context>
<context>
    <name>ResultComparison</name>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>the result file: %1</source>
        <translation>le fichier de résultats : %1</translation>
    </message>
    <message>
        <source>the result file is neither the hub&apos;s batch detail (JSON) nor its result CSV</source>
        <translation>le fichier de résultats n&apos;est ni le détail de lot du hub (JSON) ni son CSV de résultats</translation>
    </message>
    <message>
        <source>the batch file: %1</source>
        <translation>le fichier de lot : %1</translation>
    </message>
    <message>
        <source>the results report it both %1 and %2</source>
        <translation>les résultats le déclarent à la fois %1 et %2</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contesté</translation>
    </message>
    <message>
        <source>the results name payee %1, the frozen file %2</source>
        <translation>les résultats nomment le bénéficiaire %1, le fichier figé %2</translation>
    </message>
    <message>
        <source>the results name amount %1, the frozen file %2</source>
        <translation>les résultats nomment le montant %1, le fichier figé %2</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>Checked: %1.</source>
        <translation>Contrôlé : %1.</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>The evidence pack holds.</source>
        <translation>Le dossier de preuves est intègre.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews a Payment Hub EE batch file with no database and no network: rows, totals per currency, and everything the hub would refuse or mangle. A bundle&apos;s manifest and signature (FILE&apos;s .manifest.json and .signature) and the officers&apos; sign-off (.signoff.json) are checked when present; --cert checks the signature. Given a folder, checks an evidence pack (paydesk-cli evidence) instead. Officers&apos; signatures are checked against the administrator&apos;s certificate given with --trust, and count for nothing without it. Exit code 4 when anything is wrong.</source>
        <translation>Revoit un fichier de lot Payment Hub EE sans base de données ni réseau : lignes, totaux par devise, et tout ce que le hub refuserait ou altérerait. Le manifeste et la signature d&apos;un paquet (.manifest.json et .signature du FICHIER) et le visa des agents (.signoff.json) sont vérifiés s&apos;ils sont présents ; --cert vérifie la signature. Pour un dossier, vérifie plutôt un dossier de preuves (paydesk-cli evidence). Les signatures des agents sont vérifiées avec le certificat de l&apos;administrateur donné par --trust, et ne comptent pour rien sans lui. Code de sortie 4 si quelque chose ne va pas.</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate (PEM or base64 DER).</source>
        <translation>Le certificat du locataire (PEM ou DER en base64).</translation>
    </message>
    <message>
        <source>The administrator&apos;s certificate (the trust anchor) to check officers&apos; signatures against.</source>
        <translation>Le certificat de l&apos;administrateur (l&apos;ancrage de confiance) avec lequel vérifier les signatures des agents.</translation>
    </message>
    <message>
        <source>X-CorrelationID (default: the manifest&apos;s).</source>
        <translation>X-CorrelationID (par défaut : celui du manifeste).</translation>
    </message>
    <message>
        <source>Platform-TenantId (default: the manifest&apos;s).</source>
        <translation>Platform-TenantId (par défaut : celui du manifeste).</translation>
    </message>
    <message>
        <source>The hub&apos;s file size limit.</source>
        <translation>La taille de fichier maximale du hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s batch detail export (JSON) or result CSV, to list paid, failed and missing payments.</source>
        <translation>L&apos;export du détail de lot du hub (JSON) ou son CSV de résultats, pour lister les paiements payés, échoués et manquants.</translation>
    </message>
    <message>
        <source>Also write the review as CSV.</source>
        <translation>Écrire aussi la revue en CSV.</translation>
    </message>
    <message>
        <source>The batch file.</source>
        <translation>Le fichier de lot.</translation>
    </message>
    <message>
        <source>review takes exactly one FILE.</source>
        <translation>review prend exactement un FICHIER.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot review the file: %1</source>
        <translation>Impossible de relire le fichier : %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Cannot compare with the results: %1</source>
        <translation>Impossible de comparer avec les résultats : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 rows, %2 bytes, SHA-256 %3; total %4.</source>
        <translation>%1 lignes, %2 octets, SHA-256 %3 ; total %4.</translation>
    </message>
    <message>
        <source>  line %1%2: %3</source>
        <translation>  ligne %1%2 : %3</translation>
    </message>
    <message>
        <source>Signature: %1.</source>
        <translation>Signature : %1.</translation>
    </message>
    <message>
        <source>Manifest: %1.</source>
        <translation>Manifeste : %1.</translation>
    </message>
    <message>
        <source>Sign-off: %1.</source>
        <translation>Visa : %1.</translation>
    </message>
    <message>
        <source>Against the results: %1 paid, %2 failed, %3 in flight, %4 missing.</source>
        <translation>Par rapport aux résultats : %1 payés, %2 échoués, %3 en cours, %4 manquants.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>%1 rows; total %2; SHA-256 %3</source>
        <translation>%1 lignes ; total %2 ; SHA-256 %3</translation>
    </message>
    <message>
        <source>Batch file review</source>
        <translation>Revue de fichier de lot</translation>
    </message>
    <message>
        <source>%1 rows, %2 bytes, total %3</source>
        <translation>%1 lignes, %2 octets, total %3</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Signature: %1.</source>
        <translation>Signature : %1.</translation>
    </message>
    <message>
        <source>Manifest: %1.</source>
        <translation>Manifeste : %1.</translation>
    </message>
    <message>
        <source>Nothing the hub would refuse</source>
        <translation>Rien que le hub refuserait</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Against the hub&apos;s results</source>
        <translation>Par rapport aux résultats du hub</translation>
    </message>
    <message>
        <source>%1 paid, %2 failed, %3 in flight, %4 missing; %5 result rows match no payment</source>
        <translation>%1 payés, %2 échoués, %3 en cours, %4 manquants ; %5 lignes de résultats ne correspondent à aucun paiement</translation>
    </message>
    <message>
        <source>Sign-off: %1.</source>
        <translation>Visa : %1.</translation>
    </message>
    <message>
        <source>Nothing the hub would refuse.</source>
        <translation>Rien que le hub refuserait.</translation>
    </message>
    <message>
        <source>the signature does not hold</source>
        <translation>la signature ne tient pas</translation>
    </message>
    <message>
        <source>the file is not the one its manifest describes</source>
        <translation>le fichier n&apos;est pas celui que décrit son manifeste</translation>
    </message>
    <message>
        <source>the sign-off does not hold</source>
        <translation>le visa ne tient pas</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the rows</source>
        <translation>
            <numerusform>%n problème dans les lignes</numerusform>
            <numerusform>%n problèmes dans les lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: %1.</source>
        <translation>
            <numerusform>%n problème trouvé : %1.</numerusform>
            <numerusform>%n problèmes trouvés : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretKeeper</name>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>Le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain can keep the password (%1): PayDesk keeps it until it closes and writes it nowhere.</source>
        <translation>Aucun trousseau système ne peut garder le mot de passe (%1) : PayDesk le garde jusqu&apos;à sa fermeture et ne l&apos;écrit nulle part.</translation>
    </message>
    <message>
        <source>The password of %1 at the hub&apos;s operations app %2:</source>
        <translation>Le mot de passe de %1 sur l&apos;application des opérations du hub %2 :</translation>
    </message>
    <message>
        <source>The passphrase of the private key %1:</source>
        <translation>La phrase secrète de la clé privée %1 :</translation>
    </message>
    <message>
        <source>the key&apos;s passphrase was not given</source>
        <translation>la phrase secrète de la clé n&apos;a pas été donnée</translation>
    </message>
    <message>
        <source>That passphrase does not open the key.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la clé.</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>&amp;Keep it in the system keychain</source>
        <translation>&amp;Garder dans le trousseau du système</translation>
    </message>
    <message>
        <source>PayDesk needs a secret</source>
        <translation>PayDesk a besoin d&apos;un secret</translation>
    </message>
    <message>
        <source>No system keychain can keep it (%1): PayDesk keeps it until it closes, writes it nowhere, and asks again next time.</source>
        <translation>Aucun trousseau système ne peut le garder (%1) : PayDesk le garde jusqu&apos;à sa fermeture, ne l&apos;écrit nulle part et le redemandera la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Sends a cycle&apos;s ready batches to the program&apos;s Payment Hub EE, exactly once: uncertain batches are resolved first. Needs a checker. Without --yes it only shows what would leave.</source>
        <translation>Envoie les lots prêts d&apos;un cycle au Payment Hub EE du programme, une seule fois : les lots incertains sont d&apos;abord résolus. Demande un vérificateur. Sans --yes, montre seulement ce qui partirait.</translation>
    </message>
    <message>
        <source>Resolves a cycle&apos;s uncertain (sending) batches against the hub&apos;s operations API.</source>
        <translation>Résout les lots incertains (en cours d&apos;envoi) d&apos;un cycle avec l&apos;API des opérations du hub.</translation>
    </message>
    <message>
        <source>The tenant&apos;s PEM private key (X-SIGNATURE); resolve needs it only to post again.</source>
        <translation>La clé privée PEM du locataire (X-SIGNATURE) ; resolve n&apos;en a besoin que pour renvoyer.</translation>
    </message>
    <message>
        <source>Only this batch (a refused one is sent again only this way).</source>
        <translation>Seulement ce lot (un lot refusé n&apos;est renvoyé que de cette façon).</translation>
    </message>
    <message>
        <source>The officer confirms the batches, payments and totals shown.</source>
        <translation>L&apos;agent confirme les lots, paiements et totaux affichés.</translation>
    </message>
    <message>
        <source>%1 takes a cycle id.</source>
        <translation>%1 prend un identifiant de cycle.</translation>
    </message>
    <message>
        <source>send needs --key, the tenant&apos;s signing key.</source>
        <translation>send demande --key, la clé de signature du locataire.</translation>
    </message>
    <message>
        <source>Program %1 pays through PayDesk&apos;s sandbox hub, which runs inside the PayDesk window: give --bulk-url and --ops-url to send from here.</source>
        <translation>Le programme %1 paie par le hub de démonstration de PayDesk, qui tourne dans la fenêtre PayDesk : indiquez --bulk-url et --ops-url pour envoyer d&apos;ici.</translation>
    </message>
    <message>
        <source>Program %1 names no hub: give --bulk-url and --ops-url.</source>
        <translation>Le programme %1 ne nomme aucun hub : indiquez --bulk-url et --ops-url.</translation>
    </message>
    <message>
        <source>--key: %1</source>
        <translation>--key : %1</translation>
    </message>
    <message>
        <source>Nothing was sent: add --yes to confirm.</source>
        <translation>Rien n&apos;a été envoyé : ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>With --yes: posts again an uncertain batch the hub still does not have after the grace period (same correlation id, same file). Without --yes it shows the evidence of absence.</source>
        <translation>Avec --yes : renvoie un lot incertain que le hub n&apos;a toujours pas après le délai de grâce (même identifiant de corrélation, même fichier). Sans --yes, montre la preuve de l&apos;absence.</translation>
    </message>
    <message>
        <source>How long the hub may take to show an accepted batch, on the hub&apos;s clock (at least 600, the default).</source>
        <translation>Le temps que le hub peut mettre à montrer un lot accepté, à l&apos;horloge du hub (au moins 600, la valeur par défaut).</translation>
    </message>
    <message>
        <source>With --batch and --yes: the officer confirms that the batch exported for hand-carry was not uploaded anywhere else; it is posted once the hub is shown not to have it.</source>
        <translation>Avec --batch et --yes : l&apos;agent confirme que le lot exporté pour remise en main propre n&apos;a été téléversé nulle part ailleurs ; il est envoyé une fois montré que le hub ne l&apos;a pas.</translation>
    </message>
    <message>
        <source>--grace-seconds takes a number of seconds, at least %1: a hub may take minutes to show a batch it accepted, and a shorter wait would post it twice.</source>
        <translation>--grace-seconds prend un nombre de secondes, au moins %1 : un hub peut mettre des minutes à montrer un lot qu&apos;il a accepté, et une attente plus courte l&apos;enverrait deux fois.</translation>
    </message>
    <message>
        <source>--not-uploaded-elsewhere names one batch: give --batch.</source>
        <translation>--not-uploaded-elsewhere désigne un seul lot : indiquez --batch.</translation>
    </message>
    <message>
        <source>To send to %1 (tenant %2): %3</source>
        <translation>À envoyer à %1 (locataire %2) : %3</translation>
    </message>
    <message>
        <source>The hub does not have the batches above although their grace period is over. If you are sure they were not uploaded in any other way, post them again with --repost --yes (same correlation id, same file).</source>
        <translation>Le hub n&apos;a pas les lots ci-dessus bien que leur délai de grâce soit passé. Si vous êtes sûr qu&apos;ils n&apos;ont pas été téléversés d&apos;une autre façon, renvoyez-les avec --repost --yes (même identifiant de corrélation, même fichier).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Browse for %1</source>
        <translation>Chercher %1</translation>
    </message>
    <message>
        <source>A &amp;file on this computer (SQLite)</source>
        <translation>Un &amp;fichier sur cet ordinateur (SQLite)</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server shared by several officers</source>
        <translation>Un serveur &amp;PostgreSQL partagé par plusieurs agents</translation>
    </message>
    <message>
        <source>&amp;Test the database</source>
        <translation>&amp;Tester la base de données</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language (from the next start):</source>
        <translation>&amp;Langue (au prochain démarrage) :</translation>
    </message>
    <message>
        <source>Database (from the next start)</source>
        <translation>Base de données (au prochain démarrage)</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in the settings</source>
        <translation>gardé dans le trousseau du système, jamais dans les paramètres</translation>
    </message>
    <message>
        <source>the database file</source>
        <translation>le fichier de la base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Open this database as PayDesk would; an empty one gets PayDesk&apos;s tables.</source>
        <translation>Ouvrir cette base comme PayDesk le ferait ; une base vide reçoit les tables de PayDesk.</translation>
    </message>
    <message>
        <source>Hubs (every program&apos;s)</source>
        <translation>Hubs (de tous les programmes)</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities only</source>
        <translation>vide : seulement les autorités de certification du système</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates (PEM):</source>
        <translation>Certificats d&apos;&amp;AC supplémentaires (PEM) :</translation>
    </message>
    <message>
        <source>the CA certificates</source>
        <translation>les certificats d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Deadline of each exchange:</source>
        <translation>&amp;Délai de chaque échange :</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Hubs: %1</source>
        <translation>Hubs : %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>The password of %1 at the PostgreSQL server %2:</source>
        <translation>Le mot de passe de %1 sur le serveur PostgreSQL %2 :</translation>
    </message>
    <message>
        <source>Not tested: the database&apos;s password was not given.</source>
        <translation>Non testé : le mot de passe de la base n&apos;a pas été donné.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>✓ PayDesk opens %1.</source>
        <translation>✓ PayDesk ouvre %1.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de la base de données</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM)</source>
        <translation>Certificats d&apos;AC supplémentaires (PEM)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Database f&amp;ile:</source>
        <translation>Fich&amp;ier de la base :</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Without a keystroke or click for this long, the window locks and asks for the officer&apos;s key again.</source>
        <translation>Sans frappe ni clic pendant cette durée, la fenêtre se verrouille et redemande la clé de l&apos;agent.</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>&amp;Verrouiller la fenêtre après :</translation>
    </message>
    <message>
        <source>Locking: %1</source>
        <translation>Verrouillage : %1</translation>
    </message>
    <message>
        <source>Saved. The database and the language take effect at the next start; the hubs&apos; and the lock&apos;s at once.</source>
        <translation>Enregistré. La base de données et la langue prennent effet au prochain démarrage ; les hubs et le verrouillage immédiatement.</translation>
    </message>
    <message>
        <source>This window runs on %1.</source>
        <translation>Cette fenêtre fonctionne sur %1.</translation>
    </message>
    <message>
        <source>This window runs on %1, given when PayDesk started; the choice below is used when it starts without one.</source>
        <translation>Cette fenêtre fonctionne sur %1, donnée au démarrage de PayDesk ; le choix ci-dessous sert quand il démarre sans.</translation>
    </message>
</context>
<context>
    <name>SetupProgress</name>
    <message>
        <source>cannot read how far the setup is: %1</source>
        <translation>impossible de lire où en est la mise en place : %1</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>Prints the X-SIGNATURE Payment Hub EE expects for a batch file: SHA3-256 of &quot;correlation id:tenant:file&quot; (the file as the hub reads it: LF lines, no trailing newline), signed with the RSA key (PKCS#1 v1.5, no DigestInfo), in Base64. With --cert, checks a signature instead.</source>
        <translation>Affiche la X-SIGNATURE attendue par Payment Hub EE pour un fichier de lot : SHA3-256 de « identifiant de corrélation:locataire:fichier » (le fichier tel que le hub le lit : lignes LF, sans saut de ligne final), signé avec la clé RSA (PKCS#1 v1.5, sans DigestInfo), en Base64. Avec --cert, vérifie une signature à la place.</translation>
    </message>
    <message>
        <source>The batch&apos;s X-CorrelationID.</source>
        <translation>Le X-CorrelationID du lot.</translation>
    </message>
    <message>
        <source>The Platform-TenantId.</source>
        <translation>Le Platform-TenantId.</translation>
    </message>
    <message>
        <source>PEM private key (PKCS#1 or PKCS#8).</source>
        <translation>Clé privée PEM (PKCS#1 ou PKCS#8).</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the key&apos;s passphrase (default: PAYDESK_KEY_PASSPHRASE, else the system keychain).</source>
        <translation>Nom de la variable d&apos;environnement contenant la phrase secrète de la clé (par défaut : PAYDESK_KEY_PASSPHRASE, sinon le trousseau du système).</translation>
    </message>
    <message>
        <source>Certificate (PEM or base64 DER) to verify --signature with.</source>
        <translation>Certificat (PEM ou DER en base64) pour vérifier --signature.</translation>
    </message>
    <message>
        <source>The X-SIGNATURE to verify.</source>
        <translation>La X-SIGNATURE à vérifier.</translation>
    </message>
    <message>
        <source>The batch file.</source>
        <translation>Le fichier de lot.</translation>
    </message>
    <message>
        <source>sign needs FILE, --correlation-id, --tenant, and either --key, or --cert with --signature.</source>
        <translation>sign demande FICHIER, --correlation-id, --tenant, et soit --key, soit --cert avec --signature.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The signature does not match: %1.</source>
        <translation>La signature ne correspond pas : %1.</translation>
    </message>
    <message>
        <source>The signature matches.</source>
        <translation>La signature correspond.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Keep the passphrase in this computer&apos;s keychain</source>
        <translation>Garder la phrase secrète dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Set up the &amp;administrator…</source>
        <translation>Configurer l&apos;&amp;administrateur…</translation>
    </message>
    <message>
        <source>Sign in to PayDesk</source>
        <translation>Se connecter à PayDesk</translation>
    </message>
    <message>
        <source>PayDesk is locked</source>
        <translation>PayDesk est verrouillé</translation>
    </message>
    <message>
        <source>Sign in with your own key: every change you make is signed with it, and nobody else can act in your name.</source>
        <translation>Connectez-vous avec votre propre clé : chaque modification que vous faites est signée avec elle, et personne d&apos;autre ne peut agir en votre nom.</translation>
    </message>
    <message>
        <source>The window locked after a while without use. Sign in again to go on; another officer signs in after you sign out.</source>
        <translation>La fenêtre s&apos;est verrouillée après un moment d&apos;inactivité. Reconnectez-vous pour continuer ; un autre agent se connecte après votre déconnexion.</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Your key file</source>
        <translation>Votre fichier de clé</translation>
    </message>
    <message>
        <source>your encrypted key file (.pem)</source>
        <translation>votre fichier de clé chiffré (.pem)</translation>
    </message>
    <message>
        <source>The key&apos;s passphrase</source>
        <translation>La phrase secrète de la clé</translation>
    </message>
    <message>
        <source>empty: the one the keychain keeps for this key</source>
        <translation>vide : celle que le trousseau garde pour cette clé</translation>
    </message>
    <message>
        <source>This database has no administrator yet: make the administrator&apos;s key and certificate first.</source>
        <translation>Cette base n&apos;a pas encore d&apos;administrateur : créez d&apos;abord la clé et le certificat de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Nobody administers this database yet. The administrator sets up their key first, then adds the officers and certifies their keys.</source>
        <translation>Personne n&apos;administre encore cette base. L&apos;administrateur configure d&apos;abord sa clé, puis ajoute les agents et certifie leurs clés.</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Clés (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation>Choisissez qui vous êtes.</translation>
    </message>
    <message>
        <source>Choose your key file.</source>
        <translation>Choisissez votre fichier de clé.</translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation>Il n&apos;y a pas de fichier de clé à %1.</translation>
    </message>
    <message>
        <source>%1 is not protected by a passphrase: an officer&apos;s key must be an encrypted PKCS#8 file.</source>
        <translation>%1 n&apos;est pas protégé par une phrase secrète : la clé d&apos;un agent doit être un fichier PKCS#8 chiffré.</translation>
    </message>
    <message>
        <source>Type the key&apos;s passphrase: the keychain keeps none for this key.</source>
        <translation>Saisissez la phrase secrète de la clé : le trousseau n&apos;en garde aucune pour cette clé.</translation>
    </message>
    <message>
        <source>%1 does not open with this passphrase, or is not a private key.</source>
        <translation>%1 ne s&apos;ouvre pas avec cette phrase secrète, ou n&apos;est pas une clé privée.</translation>
    </message>
    <message>
        <source>%1 cannot sign in: %2</source>
        <translation>%1 ne peut pas se connecter : %2</translation>
    </message>
    <message>
        <source>Make my &amp;key…</source>
        <translation>Créer ma &amp;clé…</translation>
    </message>
    <message>
        <source>A new officer makes their key here, and gives its request to the administrator.</source>
        <translation>Un nouvel agent crée sa clé ici, et remet sa demande à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Your key is made. Give %1 to the administrator: once they certify it on the Officers page, sign in here with your key.</source>
        <translation>Votre clé est créée. Remettez %1 à l&apos;administrateur : une fois qu&apos;il l&apos;a certifiée sur la page Agents, connectez-vous ici avec votre clé.</translation>
    </message>
</context>
<context>
    <name>SignOffVerifier</name>
    <message>
        <source>nobody signed the manifest</source>
        <translation>personne n&apos;a signé le manifeste</translation>
    </message>
    <message>
        <source>the manifest is not the one signed (its SHA-256 is %1, the sign-off names %2)</source>
        <translation>le manifeste n&apos;est pas celui signé (son SHA-256 est %1, le visa nomme %2)</translation>
    </message>
    <message>
        <source>a checker&apos;s countersignature (%1) with no maker&apos;s sign-off to countersign</source>
        <translation>un contreseing de vérificateur (%1) sans visa d&apos;initiateur à contresigner</translation>
    </message>
    <message>
        <source>the maker and the checker are the same officer or hold the same key (%1)</source>
        <translation>l&apos;initiateur et le vérificateur sont le même agent ou détiennent la même clé (%1)</translation>
    </message>
    <message>
        <source>signed off and countersigned: %1</source>
        <translation>visé et contresigné : %1</translation>
    </message>
    <message>
        <source>signed off, not yet countersigned: %1</source>
        <translation>visé, pas encore contresigné : %1</translation>
    </message>
    <message>
        <source>the maker&apos;s signature (%1) does not verify: %2</source>
        <translation>la signature du préparateur (%1) ne se vérifie pas : %2</translation>
    </message>
    <message>
        <source>the checker&apos;s countersignature (%1) does not verify: %2</source>
        <translation>la contresignature du vérificateur (%1) ne se vérifie pas : %2</translation>
    </message>
    <message>
        <source>the certificate is %1&apos;s</source>
        <translation>le certificat est celui de %1</translation>
    </message>
    <message>
        <source>the maker&apos;s certificate (%1): %2</source>
        <translation>le certificat du préparateur (%1) : %2</translation>
    </message>
    <message>
        <source>the checker&apos;s certificate (%1): %2</source>
        <translation>le certificat du vérificateur (%1) : %2</translation>
    </message>
    <message>
        <source>the maker&apos;s certificate (%1) is not the one its fingerprint names</source>
        <translation>le certificat du préparateur (%1) n&apos;est pas celui que nomme son empreinte</translation>
    </message>
    <message>
        <source>the checker&apos;s certificate (%1) is not the one its fingerprint names</source>
        <translation>le certificat du vérificateur (%1) n&apos;est pas celui que nomme son empreinte</translation>
    </message>
    <message>
        <source>%1 %2 (certificate %3…, %4)</source>
        <translation>%1 %2 (certificat %3…, %4)</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>not an X.509 certificate in PEM or base64 DER</source>
        <translation>pas un certificat X.509 en PEM ou en DER base64</translation>
    </message>
    <message>
        <source>the certificate does not hold an RSA public key</source>
        <translation>le certificat ne contient pas de clé publique RSA</translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>impossible de lire le certificat %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the signature is not base64 of %1 bytes</source>
        <translation>la signature n&apos;est pas du base64 de %1 octets</translation>
    </message>
    <message>
        <source>the signature was not made with this certificate&apos;s key</source>
        <translation>la signature n&apos;a pas été faite avec la clé de ce certificat</translation>
    </message>
    <message>
        <source>the signature is for other content (the file, correlation id or tenant differ)</source>
        <translation>la signature porte sur un autre contenu (le fichier, l&apos;identifiant de corrélation ou le locataire diffèrent)</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>not a PEM private key (PKCS#1 or PKCS#8), or the passphrase is wrong: %1</source>
        <translation>pas une clé privée PEM (PKCS#1 ou PKCS#8), ou la phrase secrète est fausse : %1</translation>
    </message>
    <message>
        <source>cannot read the key %1: %2</source>
        <translation>impossible de lire la clé %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation>la signature a échoué : %1</translation>
    </message>
    <message>
        <source>the key is neither RSA (Payment Hub EE signs with RSA) nor Ed25519 (G2P Connect)</source>
        <translation>la clé n&apos;est ni RSA (Payment Hub EE signe en RSA) ni Ed25519 (G2P Connect)</translation>
    </message>
    <message>
        <source>the key is an Ed25519 key; Payment Hub EE signs with RSA</source>
        <translation>la clé est une clé Ed25519 ; Payment Hub EE signe en RSA</translation>
    </message>
    <message>
        <source>the key is an RSA key; G2P Connect envelopes are signed with Ed25519</source>
        <translation>la clé est une clé RSA ; les enveloppes G2P Connect sont signées en Ed25519</translation>
    </message>
    <message>
        <source>cannot make a key: %1</source>
        <translation>impossible de créer une clé : %1</translation>
    </message>
    <message>
        <source>a key&apos;s passphrase needs at least 8 characters</source>
        <translation>la phrase secrète d&apos;une clé exige au moins 8 caractères</translation>
    </message>
    <message>
        <source>cannot encrypt the key: %1</source>
        <translation>impossible de chiffrer la clé : %1</translation>
    </message>
    <message>
        <source>an officer&apos;s RSA key needs at least 2048 bits; this one has %1</source>
        <translation>la clé RSA d&apos;un agent exige au moins 2048 bits ; celle-ci en a %1</translation>
    </message>
</context>
<context>
    <name>SqliteBulkLoad</name>
    <message>
        <source>cannot prepare the bulk load (%1): %2</source>
        <translation>impossible de préparer le chargement en masse (%1) : %2</translation>
    </message>
    <message>
        <source>cannot read the schema: %1</source>
        <translation>impossible de lire le schéma : %1</translation>
    </message>
</context>
<context>
    <name>StatementCommand</name>
    <message>
        <source>The payer account&apos;s bank statement (MT940 or CSV) against a cycle: &quot;match CYCLE_ID FILE&quot; lists what the hub says paid but the bank did not debit, debits for payments the hub did not pay, payments debited twice, amounts that differ, reversals, and debits that name nothing of the cycle. Exit code 4 when anything is listed.</source>
        <translation>Le relevé bancaire du compte payeur (MT940 ou CSV) face à un cycle : « match CYCLE_ID FICHIER » liste ce que le hub dit avoir payé mais que la banque n&apos;a pas débité, les débits de paiements que le hub n&apos;a pas payés, les paiements débités deux fois, les montants qui diffèrent, les contrepassations, et les débits qui ne nomment rien du cycle. Code de sortie 4 si quelque chose est listé.</translation>
    </message>
    <message>
        <source>match.</source>
        <translation>match.</translation>
    </message>
    <message>
        <source>The cycle.</source>
        <translation>Le cycle.</translation>
    </message>
    <message>
        <source>The statement.</source>
        <translation>Le relevé.</translation>
    </message>
    <message>
        <source>statement takes match, a cycle id and a statement file.</source>
        <translation>statement prend match, un identifiant de cycle et un fichier de relevé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 debits; %2 payments the hub paid are debited; %3 paid but not debited (%4 settled after the statement).</source>
        <translation>%1 débits ; %2 paiements payés par le hub sont débités ; %3 payés mais non débités (%4 réglés après le relevé).</translation>
    </message>
</context>
<context>
    <name>StatementFindingsDialog</name>
    <message>
        <source>Bank statement against the cycle</source>
        <translation>Relevé bancaire face au cycle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Statement line</source>
        <translation>Ligne du relevé</translation>
    </message>
    <message>
        <source>Payment or batch</source>
        <translation>Paiement ou lot</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>%1: %2 debits; %3 payments the hub paid are debited; %4 paid but not debited (the first %5 listed); %6 paid after the statement&apos;s last day, not looked for.</source>
        <translation>%1 : %2 débits ; %3 paiements payés par le hub sont débités ; %4 payés mais non débités (les %5 premiers listés) ; %6 payés après le dernier jour du relevé, non cherchés.</translation>
    </message>
    <message>
        <source>debited, not paid by the hub</source>
        <translation>débité, non payé par le hub</translation>
    </message>
    <message>
        <source>debited twice</source>
        <translation>débité deux fois</translation>
    </message>
    <message>
        <source>amount differs</source>
        <translation>montant différent</translation>
    </message>
    <message>
        <source>brought back by the bank</source>
        <translation>rendu par la banque</translation>
    </message>
    <message>
        <source>names nothing of this cycle</source>
        <translation>ne nomme rien de ce cycle</translation>
    </message>
    <message>
        <source>paid, not debited</source>
        <translation>payé, non débité</translation>
    </message>
</context>
<context>
    <name>StatementMatcher</name>
    <message>
        <source>cannot read the cycle&apos;s payments: %1</source>
        <translation>impossible de lire les paiements du cycle : %1</translation>
    </message>
    <message>
        <source>cannot read batch %1&apos;s payments: %2</source>
        <translation>impossible de lire les paiements du lot %1 : %2</translation>
    </message>
    <message>
        <source>the bank brought %1 %2 back for this payment</source>
        <translation>la banque a rendu %1 %2 pour ce paiement</translation>
    </message>
    <message>
        <source>already debited at line %1</source>
        <translation>déjà débité à la ligne %1</translation>
    </message>
    <message>
        <source>the bank debited %1 %2, the payment is %3 %4</source>
        <translation>la banque a débité %1 %2, le paiement est de %3 %4</translation>
    </message>
    <message>
        <source>the bank debited it, the hub says it is %1</source>
        <translation>la banque l&apos;a débité, le hub le dit %1</translation>
    </message>
    <message>
        <source>the bank debited %1 %2 for the batch, the hub paid %3 %4 of it</source>
        <translation>la banque a débité %1 %2 pour le lot, le hub en a payé %3 %4</translation>
    </message>
    <message>
        <source>a payment of this batch was already debited at line %1</source>
        <translation>un paiement de ce lot a déjà été débité à la ligne %1</translation>
    </message>
    <message>
        <source>reference and details: %1</source>
        <translation>référence et détails : %1</translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s paid payments: %1</source>
        <translation>impossible de lire les paiements payés du cycle : %1</translation>
    </message>
    <message>
        <source>the hub says paid; no debit on the statement</source>
        <translation>le hub le dit payé ; aucun débit sur le relevé</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>this database already has its trust anchor</source>
        <translation>cette base a déjà son ancrage de confiance</translation>
    </message>
    <message>
        <source>cannot keep the trust anchor: %1</source>
        <translation>impossible de conserver l&apos;ancrage de confiance : %1</translation>
    </message>
    <message>
        <source>cannot read the trust anchor: %1</source>
        <translation>impossible de lire l&apos;ancrage de confiance : %1</translation>
    </message>
    <message>
        <source>cannot keep the certificate of %1: %2</source>
        <translation>impossible de conserver le certificat de %1 : %2</translation>
    </message>
    <message>
        <source>this database has no administrator yet: set one up first (Set up the administrator… at PayDesk&apos;s sign-in)</source>
        <translation>cette base n&apos;a pas encore d&apos;administrateur : configurez-en un d&apos;abord (Configurer l&apos;administrateur… à la connexion de PayDesk)</translation>
    </message>
</context>
<context>
    <name>UnpaidBeneficiaries</name>
    <message>
        <source>cannot count the unpaid beneficiaries: %1</source>
        <translation>impossible de compter les bénéficiaires non payés : %1</translation>
    </message>
    <message>
        <source>cannot read the unpaid beneficiaries: %1</source>
        <translation>impossible de lire les bénéficiaires non payés : %1</translation>
    </message>
    <message>
        <source>the payment failed</source>
        <translation>le paiement a échoué</translation>
    </message>
    <message>
        <source>the payment failed: %1</source>
        <translation>le paiement a échoué : %1</translation>
    </message>
    <message>
        <source>a payment is on its way, not settled yet</source>
        <translation>un paiement est en route, pas encore réglé</translation>
    </message>
    <message>
        <source>no payment prepared yet</source>
        <translation>aucun paiement préparé pour l&apos;instant</translation>
    </message>
    <message>
        <source>cannot be paid as the registry stands: %1</source>
        <translation>impayable en l&apos;état du registre : %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 échoués</translation>
    </message>
    <message>
        <source>%1 on their way</source>
        <translation>%1 en route</translation>
    </message>
    <message>
        <source>%1 cannot be paid as the registry stands</source>
        <translation>%1 impayables en l&apos;état du registre</translation>
    </message>
    <message>
        <source>%1 not prepared yet</source>
        <translation>%1 pas encore préparés</translation>
    </message>
    <message>
        <source>%1 unpaid: %2</source>
        <translation>%1 non payés : %2</translation>
    </message>
</context>
<context>
    <name>UnresolvedAddressesView</name>
    <message>
        <source>Not paid: registry id</source>
        <translation>Non payé : identifiant au registre</translation>
    </message>
    <message>
        <source>Why the mapper gave no address</source>
        <translation>Pourquoi le mapper n&apos;a donné aucune adresse</translation>
    </message>
</context>
<context>
    <name>paydesk-hubsim</name>
    <message>
        <source>A sandbox Payment Hub EE on this machine: bulk processor and operations app.</source>
        <translation>Un Payment Hub EE de démonstration sur cette machine : processeur de lots et application des opérations.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Adresse d&apos;écoute.</translation>
    </message>
    <message>
        <source>Bulk processor port (0: any free port).</source>
        <translation>Port du processeur de lots (0 : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>Operations app port (0: any free port).</source>
        <translation>Port de l&apos;application des opérations (0 : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>A tenant: NAME, NAME,CERT.pem (uploads checked), or NAME,CERT.pem,KEY.pem (answers signed too). Repeatable.</source>
        <translation>Un locataire : NOM, NOM,CERT.pem (envois vérifiés) ou NOM,CERT.pem,KEY.pem (réponses signées aussi). Répétable.</translation>
    </message>
    <message>
        <source>A tenant the hub has no workflow for (412).</source>
        <translation>Un locataire pour lequel le hub n&apos;a pas de circuit (412).</translation>
    </message>
    <message>
        <source>Transfers to this payee fail. Repeatable.</source>
        <translation>Les virements vers ce bénéficiaire échouent. Répétable.</translation>
    </message>
    <message>
        <source>Transfers to payees matching this fail.</source>
        <translation>Les virements vers les bénéficiaires correspondant à ceci échouent.</translation>
    </message>
    <message>
        <source>Mojaloop error code of those failures.</source>
        <translation>Code d&apos;erreur Mojaloop de ces échecs.</translation>
    </message>
    <message>
        <source>Share of other transfers that fail at random (0-1).</source>
        <translation>Part des autres virements qui échouent au hasard (0-1).</translation>
    </message>
    <message>
        <source>Seed of the random failures.</source>
        <translation>Graine des échecs aléatoires.</translation>
    </message>
    <message>
        <source>Simulated milliseconds per real millisecond.</source>
        <translation>Millisecondes simulées par milliseconde réelle.</translation>
    </message>
    <message>
        <source>Largest batch file accepted (csv.size).</source>
        <translation>Plus grand fichier de lot accepté (csv.size).</translation>
    </message>
    <message>
        <source>Faults from the start, as POST /sim/faults takes them: {&quot;latencyMs&quot;:500,&quot;dropAfterAccept&quot;:1,&quot;serverErrors&quot;:0,&quot;preconditionFailures&quot;:0,&quot;visibilityLagMs&quot;:2000,&quot;staleCounters&quot;:false}</source>
        <translation>Pannes dès le départ, comme POST /sim/faults les prend : {&quot;latencyMs&quot;:500,&quot;dropAfterAccept&quot;:1,&quot;serverErrors&quot;:0,&quot;preconditionFailures&quot;:0,&quot;visibilityLagMs&quot;:2000,&quot;staleCounters&quot;:false}</translation>
    </message>
    <message>
        <source>The bulk processor speaks HTTPS with this certificate (PEM).</source>
        <translation>Le processeur de lots parle HTTPS avec ce certificat (PEM).</translation>
    </message>
    <message>
        <source>The private key of --tls-cert (PEM).</source>
        <translation>La clé privée de --tls-cert (PEM).</translation>
    </message>
    <message>
        <source>The operations API needs a token from /oauth/token.</source>
        <translation>L&apos;API des opérations demande un jeton de /oauth/token.</translation>
    </message>
    <message>
        <source>--fail-pattern: %1</source>
        <translation>--fail-pattern : %1</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key must name readable PEM files</source>
        <translation>--tls-cert et --tls-key doivent nommer des fichiers PEM lisibles</translation>
    </message>
    <message>
        <source>--faults: not a JSON object (%1)</source>
        <translation>--faults : pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>bulk processor: %1</source>
        <translation>processeur de lots : %1</translation>
    </message>
    <message>
        <source>operations app: %1</source>
        <translation>application des opérations : %1</translation>
    </message>
    <message>
        <source>Carry MOJALOOP transfers over a real switch: the Mojaloop SDK scheme adapter&apos;s outbound API at URL.</source>
        <translation>Faire passer les virements MOJALOOP par un vrai commutateur : l&apos;API sortante de l&apos;adaptateur de schéma du SDK Mojaloop à l&apos;URL.</translation>
    </message>
    <message>
        <source>Transfers in flight on the switch at once.</source>
        <translation>Virements en cours sur le commutateur en même temps.</translation>
    </message>
    <message>
        <source>A transfer the switch has not ended by then fails.</source>
        <translation>Un virement que le commutateur n&apos;a pas terminé d&apos;ici là échoue.</translation>
    </message>
    <message>
        <source>--mojaloop-connector takes a URL (http://host:port), --mojaloop-concurrency and --mojaloop-timeout-ms positive numbers</source>
        <translation>--mojaloop-connector prend une URL (http://hôte:port), --mojaloop-concurrency et --mojaloop-timeout-ms des nombres positifs</translation>
    </message>
    <message>
        <source>The G2P Connect mapper&apos;s registry: a JSON object of beneficiary id -&gt; financial address.</source>
        <translation>Le registre du mappeur G2P Connect : un objet JSON identifiant du bénéficiaire -&gt; adresse financière.</translation>
    </message>
    <message>
        <source>--mapper: %1 is not a readable JSON object</source>
        <translation>--mapper : %1 n&apos;est pas un objet JSON lisible</translation>
    </message>
    <message>
        <source>A G2P Connect sender whose requests must be signed: SENDER_ID,PUBLIC_KEY.pem (Ed25519). Repeatable.</source>
        <translation>Un émetteur G2P Connect dont les requêtes doivent être signées : SENDER_ID,PUBLIC_KEY.pem (Ed25519). Répétable.</translation>
    </message>
    <message>
        <source>--g2p-sender takes SENDER_ID,PUBLIC_KEY.pem: %1</source>
        <translation>--g2p-sender prend SENDER_ID,PUBLIC_KEY.pem : %1</translation>
    </message>
</context>
</TS>
