<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddressesCommand</name>
    <message>
        <source>Financial addresses from the G2P Connect ID-to-account mapper, for programs that pay by registry id. &quot;resolve CYCLE_ID&quot;: asks the mapper for the cycle&apos;s beneficiaries whose address is missing, unresolved or older than --max-age-days, and keeps each answer with when and from which mapper; &quot;unresolved CYCLE_ID&quot;: those who cannot be paid yet, with the mapper&apos;s reason. They are never batched.</source>
        <translation>Direcciones financieras del mapeador ID-cuenta de G2P Connect, para los programas que pagan por identificador del registro. «resolve CYCLE_ID»: pide al mapeador los beneficiarios del ciclo cuya dirección falta, no está resuelta o tiene más de --max-age-days días, y guarda cada respuesta con su fecha y su mapeador; «unresolved CYCLE_ID»: los que aún no se pueden pagar, con el motivo del mapeador. Nunca se incluyen en un lote.</translation>
    </message>
    <message>
        <source>Ask again for addresses older than this.</source>
        <translation>Volver a pedir las direcciones más antiguas que esto.</translation>
    </message>
    <message>
        <source>The mapper (default: the program&apos;s).</source>
        <translation>El mapeador (por defecto: el del programa).</translation>
    </message>
    <message>
        <source>resolve or unresolved.</source>
        <translation>resolve o unresolved.</translation>
    </message>
    <message>
        <source>The cycle.</source>
        <translation>El ciclo.</translation>
    </message>
    <message>
        <source>addresses takes resolve or unresolved, and a cycle id.</source>
        <translation>addresses admite resolve o unresolved, y un identificador de ciclo.</translation>
    </message>
    <message>
        <source>--max-age-days takes a number of days, 0 or more.</source>
        <translation>--max-age-days admite un número de días, 0 o más.</translation>
    </message>
    <message>
        <source>Program %1 names no ID-to-account mapper: give --mapper-url.</source>
        <translation>El programa %1 no indica ningún mapeador ID-cuenta: indique --mapper-url.</translation>
    </message>
    <message>
        <source>%1 beneficiaries asked of %2: %3 resolved, %4 unresolved; %5 known already.</source>
        <translation>%1 beneficiarios consultados a %2: %3 resueltos, %4 sin resolver; %5 ya conocidos.</translation>
    </message>
</context>
<context>
    <name>AdministratorSetupDialog</name>
    <message>
        <source>Set up the administrator</source>
        <translation>Configurar el administrador</translation>
    </message>
    <message>
        <source>The administrator adds officers, certifies their keys and grants their roles; they touch no payment. Their key signs the anchor certificate that every officer&apos;s key is checked against: keep the key file safe and give the certificate to auditors.</source>
        <translation>El administrador añade a los funcionarios, certifica sus claves y asigna sus roles; no toca ningún pago. Su clave firma el certificado ancla con el que se comprueba la clave de cada funcionario: guarde el archivo de clave en lugar seguro y entregue el certificado a los auditores.</translation>
    </message>
    <message>
        <source>Officer &amp;id:</source>
        <translation>&amp;Identificador del funcionario:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>Your &amp;key file:</source>
        <translation>Su archivo de &amp;clave:</translation>
    </message>
    <message>
        <source>Where to keep your key</source>
        <translation>Dónde guardar su clave</translation>
    </message>
    <message>
        <source>Keys (*.pem)</source>
        <translation>Claves (*.pem)</translation>
    </message>
    <message>
        <source>Anchor &amp;certificate:</source>
        <translation>&amp;Certificado ancla:</translation>
    </message>
    <message>
        <source>Where to write the anchor certificate</source>
        <translation>Dónde escribir el certificado ancla</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Certificados (*.pem)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>&amp;Set up and sign in</source>
        <translation>&amp;Configurar e iniciar sesión</translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation>Rellene todos los campos.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Cannot make the key: %1</source>
        <translation>No se puede crear la clave: %1</translation>
    </message>
    <message>
        <source>Cannot set up the administrator: %1</source>
        <translation>No se puede configurar el administrador: %1</translation>
    </message>
</context>
<context>
    <name>AgeingBoard</name>
    <message>
        <source>under an hour</source>
        <translation>menos de una hora</translation>
    </message>
    <message>
        <source>1 to 24 hours</source>
        <translation>1 a 24 horas</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <translation>1 a 7 días</translation>
    </message>
    <message>
        <source>over 7 days</source>
        <translation>más de 7 días</translation>
    </message>
    <message>
        <source>cannot read the payments without an outcome: %1</source>
        <translation>no se pueden leer los pagos sin resultado: %1</translation>
    </message>
    <message>
        <source>escalate: ask the hub&apos;s operator about hub batch %1; reconciling has not brought its outcome in a week</source>
        <translation>escalar: pregunte al operador del hub por su lote %1; la conciliación no trajo resultado en una semana</translation>
    </message>
    <message>
        <source>uncertain: resolve it (&quot;Send to the hub…&quot; on the Batches page); it is posted again only once the hub is known not to have it</source>
        <translation>incierto: resuélvalo («Enviar al hub…» en la página Lotes); solo se vuelve a enviar cuando se sabe que el hub no lo tiene</translation>
    </message>
    <message>
        <source>in flight on the hub: reconcile to ask it again (Reconcile now, on the Reconciliation page)</source>
        <translation>en curso en el hub: concilie para volver a preguntarle (Conciliar ahora, en la página Conciliación)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>PayDesk: beneficiary registry and payments for cash-transfer programs.</source>
        <translation>PayDesk: registro de beneficiarios y pagos de los programas de transferencias monetarias.</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>PayDesk cannot open its database.

%1</source>
        <translation>PayDesk no puede abrir su base de datos.

%1</translation>
    </message>
    <message>
        <source>Run a sandbox Payment Hub EE in PayDesk, on free loopback ports: no real money moves.</source>
        <translation>Ejecutar un Payment Hub EE de prueba en PayDesk, en puertos locales libres: no se mueve dinero real.</translation>
    </message>
    <message>
        <source>A sandbox tenant: NAME,CERT.pem checks its uploads&apos; X-SIGNATURE. Repeatable.</source>
        <translation>Un inquilino de prueba: NOMBRE,CERT.pem verifica la X-SIGNATURE de sus envíos. Repetible.</translation>
    </message>
    <message>
        <source>PayDesk cannot start its sandbox Payment Hub EE.

%1</source>
        <translation>PayDesk no puede iniciar su Payment Hub EE de prueba.

%1</translation>
    </message>
    <message>
        <source>Sandbox Payment Hub EE: bulk processor %1, operations app %2. No real money moves.</source>
        <translation>Payment Hub EE de prueba: procesador de lotes %1, aplicación de operaciones %2. No se mueve dinero real.</translation>
    </message>
    <message>
        <source>--sandbox-mapper: %1 is not a readable JSON object of registry id -&gt; financial address</source>
        <translation>--sandbox-mapper: %1 no es un objeto JSON legible de identificador del registro -&gt; dirección financiera</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-to-account mapper: a JSON object of registry id -&gt; financial address.</source>
        <translation>El mapeador ID-cuenta de prueba: un objeto JSON de identificador del registro -&gt; dirección financiera.</translation>
    </message>
    <message>
        <source>Save a picture of the window once it is shown, then quit (for guides and installation checks).</source>
        <translation>Guardar una imagen de la ventana en cuanto se muestre y salir (para guías y comprobaciones de instalación).</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL (default: the one chosen in Settings, else %1).</source>
        <translation>Archivo SQLite o URL postgresql:// (por defecto: la elegida en Ajustes, si no %1).</translation>
    </message>
    <message>
        <source>The password of %1 at the PostgreSQL server %2:</source>
        <translation>La contraseña de %1 en el servidor PostgreSQL %2:</translation>
    </message>
    <message>
        <source>PayDesk cannot open its database: its password was not given.</source>
        <translation>PayDesk no puede abrir su base de datos: no se dio su contraseña.</translation>
    </message>
    <message>
        <source>Where the sandbox keeps what it accepted and paid across restarts (a JSON file; the demo&apos;s is in its folder).</source>
        <translation>Dónde guarda el entorno de pruebas lo que aceptó y pagó entre reinicios (un archivo JSON; el de la demo está en su carpeta).</translation>
    </message>
</context>
<context>
    <name>ApprovalTierRepository</name>
    <message>
        <source>cannot read the approval tiers: %1</source>
        <translation>no se pueden leer los tramos de aprobación: %1</translation>
    </message>
    <message>
        <source>cannot change the approval tiers: %1</source>
        <translation>no se pueden cambiar los tramos de aprobación: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalTiers</name>
    <message>
        <source>approval tier &quot;%1&quot;: write AMOUNT:CHECKERS, for example 50000:2%2</source>
        <translation>tramo de aprobación «%1»: escriba IMPORTE:VERIFICADORES, por ejemplo 50000:2%2</translation>
    </message>
    <message>
        <source>approval tier from %1: a tier needs 1 to 9 checkers from an amount of zero or more</source>
        <translation>tramo desde %1: un tramo necesita de 1 a 9 verificadores a partir de un importe de cero o más</translation>
    </message>
    <message>
        <source>approval tier from %1 is given twice</source>
        <translation>el tramo desde %1 se da dos veces</translation>
    </message>
    <message>
        <source>approval tier from %1 asks fewer checkers (%2) than a smaller total does (%3)</source>
        <translation>el tramo desde %1 pide menos verificadores (%2) que un total menor (%3)</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoint</name>
    <message>
        <source>not a PayDesk audit checkpoint (it needs entries, head_hash, taken_at, officer and signature)</source>
        <translation>no es un punto de control de auditoría de PayDesk (necesita entries, head_hash, taken_at, officer y signature)</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>%1 has not signed in with their key</source>
        <translation>%1 no ha iniciado sesión con su clave</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>no se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>cannot keep the audit checkpoint: %1</source>
        <translation>no se puede guardar el punto de control de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The audit log: &quot;verify&quot; checks its hash chain and, with --trust, every entry&apos;s signature, who signed with which certificate in which role, and the checkpoints (exit code 1 when anything fails); &quot;list&quot; shows the latest entries.</source>
        <translation>El registro de auditoría: «verify» comprueba su cadena de hash y, con --trust, la firma de cada entrada, quién firmó con qué certificado y en qué rol, y los puntos de control (código de salida 1 si algo falla); «list» muestra las últimas entradas.</translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation>Como máximo N entradas.</translation>
    </message>
    <message>
        <source>verify: the administrator&apos;s (or ministry&apos;s) CA certificate to trust.</source>
        <translation>verify: el certificado de CA del administrador (o del ministerio) en el que confiar.</translation>
    </message>
    <message>
        <source>verify: a checkpoint (JSON, as artifacts carry it) the log must still contain; repeatable.</source>
        <translation>verify: un punto de control (JSON, tal como lo llevan los artefactos) que el registro aún debe contener; repetible.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>audit takes verify or list.</source>
        <translation>audit admite verify o list.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of entries.</source>
        <translation>--limit admite un número entero de entradas.</translation>
    </message>
    <message>
        <source>--checkpoint needs --trust: a checkpoint counts only when its signature checks.</source>
        <translation>--checkpoint necesita --trust: un punto de control solo cuenta si su firma se verifica.</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is intact: %1 entries, each chained to the one before. Signatures were not checked: give --trust CERT.</source>
        <translation>La cadena del registro de auditoría está intacta: %1 entradas, cada una encadenada a la anterior. No se comprobaron las firmas: indique --trust CERT.</translation>
    </message>
    <message>
        <source>The audit log is broken: %1.</source>
        <translation>El registro de auditoría está roto: %1.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the certificate to trust: %2</source>
        <translation>No se puede usar %1 como certificado de confianza: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The audit log is intact and signed: %1 entries (%2 made before signatures, chain-verified only), %3 checkpoints match it.</source>
        <translation>El registro de auditoría está intacto y firmado: %1 entradas (%2 hechas antes de las firmas, verificadas solo por la cadena), %3 puntos de control coinciden con él.</translation>
    </message>
    <message>
        <source>  %1 (%2): %3 entries, certificate %4…</source>
        <translation>  %1 (%2): %3 entradas, certificado %4…</translation>
    </message>
    <message>
        <source>The audit log does not stand: %1.</source>
        <translation>El registro de auditoría no se sostiene: %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>no se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>cannot append to the audit log: %1</source>
        <translation>no se puede añadir al registro de auditoría: %1</translation>
    </message>
    <message>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation>falta la entrada %1 (la siguiente es %2)</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (an entry was removed or replaced)</source>
        <translation>la entrada %1 no sigue a la anterior (se eliminó o reemplazó una entrada)</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (%2 by %3 on %4)</source>
        <translation>la entrada %1 se modificó después de escribirse (%2 por %3 el %4)</translation>
    </message>
    <message>
        <source>%1 has not signed in with their key: PayDesk records an act only when the officer who does it signs it</source>
        <translation>%1 no ha iniciado sesión con su clave: PayDesk registra un acto solo cuando lo firma el funcionario que lo realiza</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Filter by officer, action or subject</source>
        <translation>Filtrar por funcionario, acción u objeto</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each chained to the one before.</source>
        <translation>
            <numerusform>El registro de auditoría está intacto: %n entrada, encadenada a la anterior.</numerusform>
            <numerusform>El registro de auditoría está intacto: %n entradas, cada una encadenada a la anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken: %1.</source>
        <translation>El registro de auditoría está roto: %1.</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtrar el registro de auditoría</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>Nothing recorded yet, or nothing matches the filter.</source>
        <translation>Nada registrado todavía, o nada coincide con el filtro.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>%1 on %2 %3
before: %4
after: %5</source>
        <translation>%1 sobre %2 %3
antes: %4
después: %5</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>the checkpoint of %1 does not carry the certificate it names</source>
        <translation>el punto de control de %1 no lleva el certificado que nombra</translation>
    </message>
    <message>
        <source>the checkpoint of %1: %2</source>
        <translation>el punto de control de %1: %2</translation>
    </message>
    <message>
        <source>the checkpoint said to be signed by %1 on %2 does not verify</source>
        <translation>el punto de control supuestamente firmado por %1 el %2 no se verifica</translation>
    </message>
    <message>
        <source>entry %1 is signed, yet comes before the anchor was installed</source>
        <translation>la entrada %1 está firmada, pero es anterior a la instalación del ancla</translation>
    </message>
    <message>
        <source>no trust anchor was ever installed in this log: none of its %1 entries is signed</source>
        <translation>nunca se instaló un ancla de confianza en este registro: ninguna de sus %1 entradas está firmada</translation>
    </message>
    <message>
        <source>the log has %1 entries, yet %2 signed a checkpoint of %3 entries on %4: entries were removed from its end</source>
        <translation>el registro tiene %1 entradas, pero %2 firmó un punto de control de %3 entradas el %4: se quitaron entradas del final</translation>
    </message>
    <message>
        <source>entry %1 is not the one %2&apos;s checkpoint of %3 saw: the log was rewritten</source>
        <translation>la entrada %1 no es la que vio el punto de control de %2 del %3: el registro fue reescrito</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>cannot read the names the audit log refers to: %1</source>
        <translation>no se pueden leer los nombres a los que remite el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>a cycle of a program</comment>
        <translation>%1 de %2 {1 ?}</translation>
    </message>
    <message>
        <source>%1 of cycle %2</source>
        <comment>a batch&apos;s number in its cycle</comment>
        <translation>%1 del ciclo %2</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>el ciclo %1</translation>
    </message>
    <message>
        <source>program %1</source>
        <translation>el programa %1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>el lote %1</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>el registro</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a subject&apos;s type and id</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation>%1 creó %2</translation>
    </message>
    <message>
        <source>%1 generated the entitlements of %2</source>
        <translation>%1 generó los derechos de %2</translation>
    </message>
    <message>
        <source>%1 submitted %2 for approval</source>
        <translation>%1 envió %2 a aprobación</translation>
    </message>
    <message>
        <source>%1 acknowledged the findings of %2</source>
        <translation>%1 tomó nota de los hallazgos de %2</translation>
    </message>
    <message>
        <source>%1 approved %2</source>
        <translation>%1 aprobó %2</translation>
    </message>
    <message>
        <source>%1 gave one of the approvals %2 needs</source>
        <translation>%1 dio una de las aprobaciones que necesita %2</translation>
    </message>
    <message>
        <source>%1 voided the approval of %2</source>
        <translation>%1 anuló la aprobación de %2</translation>
    </message>
    <message>
        <source>%1 sent %2 back to its maker</source>
        <translation>%1 devolvió %2 a su preparador</translation>
    </message>
    <message>
        <source>%1 cancelled %2</source>
        <translation>%1 canceló %2</translation>
    </message>
    <message>
        <source>%1 prepared the payments of %2</source>
        <translation>%1 preparó los pagos de %2</translation>
    </message>
    <message>
        <source>%1 asked the mapper for the addresses of %2</source>
        <translation>%1 pidió al mapeador las direcciones de %2</translation>
    </message>
    <message>
        <source>%1 saw %2 distributed</source>
        <translation>%1 constató que %2 está distribuido</translation>
    </message>
    <message>
        <source>%1 reopened %2 to pay failed payments again</source>
        <translation>%1 reabrió %2 para volver a pagar los pagos fallidos</translation>
    </message>
    <message>
        <source>%1 matched a bank statement against %2</source>
        <translation>%1 cotejó un extracto bancario con %2</translation>
    </message>
    <message>
        <source>%1 asked to pay failed payments of %2 again</source>
        <translation>%1 pidió volver a pagar pagos fallidos de %2</translation>
    </message>
    <message>
        <source>%1 approved paying failed payments of %2 again</source>
        <translation>%1 aprobó volver a pagar pagos fallidos de %2</translation>
    </message>
    <message>
        <source>%1 refused to pay failed payments of %2 again</source>
        <translation>%1 rechazó volver a pagar pagos fallidos de %2</translation>
    </message>
    <message>
        <source>%1 signed off %2</source>
        <translation>%1 firmó %2</translation>
    </message>
    <message>
        <source>%1 countersigned %2</source>
        <translation>%1 refrendó %2</translation>
    </message>
    <message>
        <source>%1 started sending %2</source>
        <translation>%1 empezó a enviar %2</translation>
    </message>
    <message>
        <source>%1 sent %2 to the hub</source>
        <translation>%1 envió %2 al hub</translation>
    </message>
    <message>
        <source>%1 posted %2 again</source>
        <translation>%1 volvió a enviar %2</translation>
    </message>
    <message>
        <source>%1 saw the hub refuse %2</source>
        <translation>%1 constató que el hub rechaza %2</translation>
    </message>
    <message>
        <source>%1 applied the hub&apos;s results to %2</source>
        <translation>%1 aplicó los resultados del hub a %2</translation>
    </message>
    <message>
        <source>%1 found results for %2 that contradict what is final</source>
        <translation>%1 encontró para %2 resultados que contradicen lo definitivo</translation>
    </message>
    <message>
        <source>%1 reconciled %2</source>
        <translation>%1 concilió %2</translation>
    </message>
    <message>
        <source>%1 exported %2 to be carried by hand</source>
        <translation>%1 exportó %2 para entregarlo en mano</translation>
    </message>
    <message>
        <source>%1 confirmed %2 was not uploaded elsewhere</source>
        <translation>%1 confirmó que %2 no se subió en otro lugar</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 modificó %2</translation>
    </message>
    <message>
        <source>%1 enrolled beneficiaries in %2</source>
        <translation>%1 inscribió beneficiarios en %2</translation>
    </message>
    <message>
        <source>%1 set the approval tiers of %2</source>
        <translation>%1 fijó los niveles de aprobación de %2</translation>
    </message>
    <message>
        <source>%1 set the release policy of %2</source>
        <translation>%1 fijó la política de liberación de %2</translation>
    </message>
    <message>
        <source>%1 imported a registry file</source>
        <translation>%1 importó un archivo de registro</translation>
    </message>
    <message>
        <source>%1 added officer %2</source>
        <translation>%1 añadió al funcionario %2</translation>
    </message>
    <message>
        <source>%1 changed the role of %2</source>
        <translation>%1 cambió el rol de %2</translation>
    </message>
    <message>
        <source>%1 deactivated %2</source>
        <translation>%1 desactivó a %2</translation>
    </message>
    <message>
        <source>%1 certified the key of %2</source>
        <translation>%1 certificó la clave de %2</translation>
    </message>
    <message>
        <source>%1 revoked the key of %2</source>
        <translation>%1 revocó la clave de %2</translation>
    </message>
    <message>
        <source>%1 installed the administrator&apos;s trust anchor</source>
        <translation>%1 instaló el ancla de confianza del administrador</translation>
    </message>
    <message>
        <source>%1 did %3 to %2</source>
        <comment>an action with no sentence of its own</comment>
        <translation>%1 hizo %3 sobre %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a figure&apos;s name and value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>lotes</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creados</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>ya existentes</translation>
    </message>
    <message>
        <source>without an amount</source>
        <translation>sin importe</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>aprobado por</translation>
    </message>
    <message>
        <source>approvals needed</source>
        <translation>aprobaciones necesarias</translation>
    </message>
    <message>
        <source>approvals voided before</source>
        <translation>aprobaciones anuladas antes</translation>
    </message>
    <message>
        <source>found</source>
        <translation>hallado</translation>
    </message>
    <message>
        <source>against</source>
        <translation>frente a</translation>
    </message>
    <message>
        <source>cannot be paid</source>
        <translation>no pagables</translation>
    </message>
    <message>
        <source>awaiting a re-issue</source>
        <translation>en espera de un nuevo pago</translation>
    </message>
    <message>
        <source>paid again</source>
        <translation>pagados de nuevo</translation>
    </message>
    <message>
        <source>pilot payments</source>
        <translation>pagos piloto</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>filas leídas</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadidos</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizados</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>inscritos</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificados</translation>
    </message>
    <message>
        <source>correlation id</source>
        <translation>identificador de correlación</translation>
    </message>
    <message>
        <source>hub batch</source>
        <translation>lote del hub</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>intento</translation>
    </message>
    <message>
        <source>mapper</source>
        <translation>mapeador</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>consultados</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resueltos</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>sin resolver</translation>
    </message>
    <message>
        <source>known already</source>
        <translation>ya conocidos</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>how</source>
        <translation>cómo</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>niveles</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2. {1:?}</translation>
    </message>
    <message>
        <source>%1 looked the payees of %2 up on the payment network</source>
        <translation>%1 consultó a los beneficiarios de %2 en la red de pagos</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrados</translation>
    </message>
    <message>
        <source>asked of</source>
        <translation>consultado en</translation>
    </message>
</context>
<context>
    <name>BankStatementFile</name>
    <message>
        <source>MT940 statement, %1</source>
        <translation>extracto MT940, %1</translation>
    </message>
    <message>
        <source>CSV statement, %1</source>
        <translation>extracto CSV, %1</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Folder to export into.</source>
        <translation>Carpeta donde exportar.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>batches export needs --out DIR.</source>
        <translation>batches export necesita --out CARPETA.</translation>
    </message>
    <message>
        <source>Cannot prepare the payments: %1</source>
        <translation>No se pueden preparar los pagos: %1</translation>
    </message>
    <message>
        <source>Batch %1 exported to %2.</source>
        <translation>Lote %1 exportado a %2.</translation>
    </message>
    <message>
        <source>Cannot export batch %1: %2</source>
        <translation>No se puede exportar el lote %1: %2</translation>
    </message>
    <message>
        <source>batches takes prepare, list, export or sign, and an id.</source>
        <translation>batches admite prepare, list, export o sign, y un identificador.</translation>
    </message>
    <message>
        <source>Cannot sign batch %1: %2</source>
        <translation>No se puede firmar el lote %1: %2</translation>
    </message>
    <message>
        <source>Batch %1: %2.</source>
        <translation>Lote %1: %2.</translation>
    </message>
    <message>
        <source>export: the bundle will be uploaded to the hub by hand; the batch is handed over.</source>
        <translation>export: el paquete se subirá al hub a mano; el lote queda entregado en mano.</translation>
    </message>
    <message>
        <source>Batch %1 is now handed over: PayDesk sends it only with send --batch %1 --not-uploaded-elsewhere --yes, once the hub is shown not to have it.</source>
        <translation>El lote %1 queda entregado en mano: PayDesk solo lo envía con send --batch %1 --not-uploaded-elsewhere --yes, una vez demostrado que el hub no lo tiene.</translation>
    </message>
    <message>
        <source>Payment batches. prepare CYCLE_ID: one payment per approved entitlement, cut into batches whose files are frozen. list CYCLE_ID: the batches. export BATCH_ID --out DIR [--key KEY.pem]: the batch&apos;s CSV, its X-SIGNATURE (with the key), a manifest and the officers&apos; sign-off, for review, or with --hand-carry to be uploaded by hand (the batch is then handed over: PayDesk sends it only once an officer confirms it was not uploaded elsewhere). sign BATCH_ID: the acting officer signs the batch&apos;s manifest with their own key (--officer-key, certified by the administrator): a maker signs it off, a checker countersigns.</source>
        <translation>Lotes de pago. prepare CYCLE_ID: un pago por derecho aprobado, dividido en lotes cuyos archivos quedan congelados. list CYCLE_ID: los lotes. export BATCH_ID --out DIR [--key KEY.pem]: el CSV del lote, su X-SIGNATURE (con la clave), un manifiesto y el visado de los funcionarios, para revisión, o con --hand-carry para subirlo a mano (el lote queda entonces entregado: PayDesk solo lo envía cuando un funcionario confirma que no se subió en otro lugar). sign BATCH_ID: el funcionario que actúa firma el manifiesto del lote con su propia clave (--officer-key, certificada por el administrador): un preparador lo visa, un verificador lo refrenda.</translation>
    </message>
    <message>
        <source>export: the tenant&apos;s PEM private key, to sign the file.</source>
        <translation>export: la clave privada PEM del inquilino, para firmar el archivo.</translation>
    </message>
</context>
<context>
    <name>BatchFileReviewer</name>
    <message>
        <source>the file has %1 bytes; the hub accepts at most %2</source>
        <translation>el archivo tiene %1 bytes; el hub acepta como máximo %2</translation>
    </message>
    <message>
        <source>a blank line: the hub stops reading the file there</source>
        <translation>una línea vacía: el hub deja de leer el archivo ahí</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the hub does not know the column &quot;%1&quot; and refuses the file</source>
        <translation>el hub no conoce la columna «%1» y rechaza el archivo</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>falta la columna %1</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos donde la cabecera tiene %2</translation>
    </message>
    <message>
        <source>a comma or quote inside the field: the hub splits the line there</source>
        <translation>una coma o comilla dentro del campo: el hub parte la línea ahí</translation>
    </message>
    <message>
        <source>no request id: the payment could never be reconciled</source>
        <translation>sin identificador de solicitud: el pago nunca podría conciliarse</translation>
    </message>
    <message>
        <source>request id %1 is also on line %2</source>
        <translation>el identificador de solicitud %1 también está en la línea %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation>«%1» no es una moneda ISO 4217</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>%1 is not more than zero</source>
        <translation>%1 no es mayor que cero</translation>
    </message>
    <message>
        <source>%1 is not a whole number; the hub parses amounts as whole numbers</source>
        <translation>%1 no es un número entero; el hub lee los importes como números enteros</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier type the hub knows</source>
        <translation>«%1» no es un tipo de identificador que el hub conozca</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2: %3</source>
        <translation>«%1» no es un %2 válido: %3</translation>
    </message>
    <message>
        <source>same payee, amount and currency as line %1: the hub drops this row as a duplicate</source>
        <translation>mismo beneficiario, importe y moneda que la línea %1: el hub descarta esta fila como duplicado</translation>
    </message>
    <message>
        <source>mixed payment modes (%1): the hub uses the first row&apos;s for everything</source>
        <translation>modos de pago mezclados (%1): el hub usa el de la primera fila para todo</translation>
    </message>
    <message>
        <source>the signature matches the certificate</source>
        <translation>la firma corresponde al certificado</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is not the manifest&apos;s: the file was changed</source>
        <translation>el SHA-256 del archivo no es el del manifiesto: el archivo fue modificado</translation>
    </message>
    <message>
        <source>the manifest says %1 rows, the file has %2</source>
        <translation>el manifiesto indica %1 filas, el archivo tiene %2</translation>
    </message>
    <message>
        <source>the manifest says %1 %2, the file adds up to %3 %2</source>
        <translation>el manifiesto indica %1 %2, el archivo suma %3 %2</translation>
    </message>
    <message>
        <source>the file is the one the manifest describes</source>
        <translation>el archivo es el que describe el manifiesto</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes: not a batch file</source>
        <translation>%1 tiene %2 bytes: no es un archivo de lote</translation>
    </message>
    <message>
        <source>who signed cannot be checked without the administrator&apos;s certificate to trust (--trust)</source>
        <translation>no se puede comprobar quién firmó sin el certificado del administrador en el que confiar (--trust)</translation>
    </message>
    <message>
        <source>the certificate to trust: %1</source>
        <translation>el certificado de confianza: %1</translation>
    </message>
    <message>
        <source>the bundle carries no grants (its .trust.json): whether its signers held their roles cannot be checked</source>
        <translation>el paquete no lleva asignaciones (su .trust.json): no se puede comprobar si sus firmantes tenían sus roles</translation>
    </message>
    <message>
        <source>a grant the bundle carries does not stand: %1</source>
        <translation>una asignación que lleva el paquete no se sostiene: %1</translation>
    </message>
    <message>
        <source>%1 was not an active %2 when they signed off (%3)</source>
        <translation>%1 no era %2 activo cuando dio su visado (%3)</translation>
    </message>
    <message>
        <source>the certificate %1 signed off with was not certified for them then, or was revoked</source>
        <translation>el certificado con el que %1 dio el visado no estaba certificado para esa persona entonces, o fue revocado</translation>
    </message>
</context>
<context>
    <name>BatchFileRows</name>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it lacks request_id, payee_identifier, amount or currency</source>
        <translation>le falta request_id, payee_identifier, amount o currency</translation>
    </message>
    <message>
        <source>it is not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>it is JSON, but not a G2P Connect disburse request (no message.disbursements)</source>
        <translation>es JSON, pero no una solicitud de desembolso G2P Connect (sin message.disbursements)</translation>
    </message>
    <message>
        <source>it holds no payment</source>
        <translation>no contiene ningún pago</translation>
    </message>
</context>
<context>
    <name>BatchManifest</name>
    <message>
        <source>there is no ready batch %1</source>
        <translation>no hay ningún lote listo %1</translation>
    </message>
</context>
<context>
    <name>BatchPlanner</name>
    <message>
        <source>payment %1 alone does not fit in a %2-byte batch file</source>
        <translation>el pago %1 por sí solo no cabe en un archivo de lote de %2 bytes</translation>
    </message>
    <message>
        <source>planning was stopped</source>
        <translation>la planificación se detuvo</translation>
    </message>
</context>
<context>
    <name>BatchRepository</name>
    <message>
        <source>batch %1 could not be read: %2</source>
        <translation>no se pudo leer el lote %1: %2</translation>
    </message>
    <message>
        <source>there is no batch %1</source>
        <translation>no existe el lote %1</translation>
    </message>
</context>
<context>
    <name>BatchRowsView</name>
    <message>
        <source>Payments of the chosen batch</source>
        <translation>Pagos del lote elegido</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Payer&apos;s kind of account</source>
        <translation>Tipo de cuenta del pagador</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Payee&apos;s kind of account</source>
        <translation>Tipo de cuenta del beneficiario</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Beneficiario del pago</translation>
    </message>
    <message>
        <source>Payee&apos;s financial address</source>
        <translation>Dirección financiera del beneficiario</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>En el archivo: %1</translation>
    </message>
</context>
<context>
    <name>BatchSender</name>
    <message>
        <source>batch %1 is %2: only ready batches are sent</source>
        <translation>el lote %1 está %2: solo se envían los lotes listos</translation>
    </message>
    <message>
        <source>cannot mark batch %1 as sending: %2</source>
        <translation>no se puede marcar el lote %1 como en envío: %2</translation>
    </message>
    <message>
        <source>batch %1 is being sent by another officer or process</source>
        <translation>otro funcionario o proceso está enviando el lote %1</translation>
    </message>
    <message>
        <source>the hub took batch %1 as %2, but PayDesk could not record it (%3): it stays uncertain until resolved</source>
        <translation>el hub aceptó el lote %1 como %2, pero PayDesk no pudo registrarlo (%3): queda incierto hasta resolverlo</translation>
    </message>
    <message>
        <source>batch %1 sent: the hub&apos;s batch %2</source>
        <translation>lote %1 enviado: lote %2 del hub</translation>
    </message>
    <message>
        <source>batch %1 found on the hub as %2: sent</source>
        <translation>lote %1 encontrado en el hub como %2: enviado</translation>
    </message>
    <message>
        <source>batch %1 was refused (%2), but PayDesk could not record it: %3</source>
        <translation>el lote %1 fue rechazado (%2), pero PayDesk no pudo registrarlo: %3</translation>
    </message>
    <message>
        <source>batch %1 refused, nothing was paid: %2</source>
        <translation>lote %1 rechazado, no se pagó nada: %2</translation>
    </message>
    <message>
        <source>batch %1 is uncertain: %2</source>
        <translation>el lote %1 es incierto: %2</translation>
    </message>
    <message>
        <source>batch %1 is not waiting to be resolved</source>
        <translation>el lote %1 no está pendiente de resolución</translation>
    </message>
    <message>
        <source>batch %1 cannot be posted: %2</source>
        <translation>el lote %1 no se puede enviar: %2</translation>
    </message>
    <message>
        <source>the hub could not say whether it has the batch: %1</source>
        <translation>el hub no pudo decir si tiene el lote: %1</translation>
    </message>
    <message>
        <source>the database refused the change without saying why</source>
        <translation>la base de datos rechazó el cambio sin decir por qué</translation>
    </message>
    <message>
        <source>batch %1 was exported for hand-carry: it is sent from here only after an officer confirms it was not uploaded anywhere else, and the hub is then shown not to have it</source>
        <translation>el lote %1 se exportó para entrega en mano: solo se envía desde aquí después de que un funcionario confirme que no se subió a ningún otro sitio y se demuestre que el hub no lo tiene</translation>
    </message>
    <message>
        <source>batch %1 is not sent: batch %2 of the same cycle is uncertain, and nothing more of the cycle leaves until it is resolved</source>
        <translation>el lote %1 no se envía: el lote %2 del mismo ciclo es incierto, y nada más del ciclo sale hasta que se resuelva</translation>
    </message>
    <message>
        <source>batch %1 is not sent: PayDesk cannot read whether another batch of its cycle is uncertain</source>
        <translation>el lote %1 no se envía: PayDesk no puede leer si otro lote de su ciclo es incierto</translation>
    </message>
    <message>
        <source>batch %1 was not posted: the hub could not say whether it already has it (%2)</source>
        <translation>el lote %1 no se envió: el hub no pudo decir si ya lo tiene (%2)</translation>
    </message>
    <message>
        <source>batch %1 stays handed over: %2</source>
        <translation>el lote %1 sigue entregado en mano: %2</translation>
    </message>
    <message>
        <source>another officer or process changed it first</source>
        <translation>otro funcionario o proceso lo cambió antes</translation>
    </message>
    <message>
        <source>batch %1 sent: the hub&apos;s batch %2 (recorded by another officer or process)</source>
        <translation>lote %1 enviado: lote %2 del hub (registrado por otro funcionario o proceso)</translation>
    </message>
    <message>
        <source>the batch changed state meanwhile (%1)</source>
        <translation>el lote cambió de estado entretanto (%1)</translation>
    </message>
    <message>
        <source>batch %1 was already on the hub as %2 (sent before, from a copy of this database or by hand): recorded as sent, not posted again</source>
        <translation>el lote %1 ya estaba en el hub como %2 (enviado antes, desde una copia de esta base de datos o a mano): registrado como enviado, no se vuelve a enviar</translation>
    </message>
    <message>
        <source>not on the hub, but the hub&apos;s answers carry no time (Date header), so PayDesk cannot tell whether it may still appear: ask the hub&apos;s operators whether batch %1 (correlation id %2) arrived</source>
        <translation>no está en el hub, pero las respuestas del hub no llevan hora (cabecera Date), así que PayDesk no puede saber si aún puede aparecer: pregunte a los operadores del hub si llegó el lote %1 (identificador de correlación %2)</translation>
    </message>
    <message>
        <source>not on the hub; its grace period of %1 s starts now, by the hub&apos;s clock</source>
        <translation>no está en el hub; su plazo de gracia de %1 s empieza ahora, según el reloj del hub</translation>
    </message>
    <message>
        <source>not on the hub yet; it may still appear (%1 s of the %2 s grace period have passed by the hub&apos;s clock)</source>
        <translation>aún no está en el hub; todavía puede aparecer (han pasado %1 s de los %2 s del plazo de gracia según el reloj del hub)</translation>
    </message>
    <message>
        <source>not on the hub %1 s after it was posted, by the hub&apos;s clock (%2): it can be posted again, with the same correlation id and file, once an officer confirms</source>
        <translation>no está en el hub %1 s después de enviarlo, según el reloj del hub (%2): puede volver a enviarse, con el mismo identificador de correlación y el mismo archivo, cuando un funcionario lo confirme</translation>
    </message>
</context>
<context>
    <name>BatchSignOff</name>
    <message>
        <source>%1 signs nothing: only active makers sign off and checkers countersign</source>
        <translation>%1 no firma nada: solo los preparadores activos visan y los verificadores contrafirman</translation>
    </message>
    <message>
        <source>the maker&apos;s sign-off of batch %1 does not check: %2</source>
        <translation>el visado del preparador del lote %1 no se verifica: %2</translation>
    </message>
    <message>
        <source>batch %1 has no maker&apos;s sign-off to countersign yet</source>
        <translation>el lote %1 aún no tiene visado de preparador que contrafirmar</translation>
    </message>
    <message>
        <source>%1 signed batch %2 off and cannot also countersign it</source>
        <translation>%1 visó el lote %2 y no puede también contrafirmarlo</translation>
    </message>
    <message>
        <source>%1 holds the same key as the maker who signed batch %2 off: a countersignature needs another key</source>
        <translation>%1 tiene la misma clave que el preparador que visó el lote %2: una contrafirma necesita otra clave</translation>
    </message>
    <message>
        <source>cannot record the signature: %1</source>
        <translation>no se puede registrar la firma: %1</translation>
    </message>
    <message>
        <source>cannot read the sign-off of batch %1: %2</source>
        <translation>no se puede leer el visado del lote %1: %2</translation>
    </message>
    <message>
        <source>batch %1 is already signed off by its maker (%2)</source>
        <translation>el lote %1 ya está visado por su preparador (%2)</translation>
    </message>
    <message>
        <source>batch %1 is already countersigned by a checker (%2)</source>
        <translation>el lote %1 ya está refrendado por un verificador (%2)</translation>
    </message>
    <message>
        <source>batch %1 is not waiting to be sent: only a ready (or handed-over) batch is signed off</source>
        <translation>el lote %1 no espera ser enviado: solo se visa un lote listo (o entregado en mano)</translation>
    </message>
    <message>
        <source>%1 has not signed in with their key</source>
        <translation>%1 no ha iniciado sesión con su clave</translation>
    </message>
</context>
<context>
    <name>BatchState</name>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>ready to send</source>
        <translation>listo para enviar</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>completed with failures</source>
        <translation>completado con fallos</translation>
    </message>
    <message>
        <source>refused by the hub</source>
        <translation>rechazado por el hub</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>entregado en mano</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Batches of the cycle</source>
        <translation>Lotes del ciclo</translation>
    </message>
    <message>
        <source>No batch for this cycle: once a checker approved it, a maker presses Prepare payments.</source>
        <translation>Ningún lote para este ciclo: cuando un verificador lo haya aprobado, un preparador pulsa Preparar pagos.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
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
        <translation>Liberación</translation>
    </message>
    <message>
        <source>Hub batch / what to do</source>
        <translation>Lote del hub / qué hacer</translation>
    </message>
    <message>
        <source>%1, %2, batch %3</source>
        <translation>%1, %2, lote %3</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lote %1</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>Identificador de correlación: %1</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>piloto</translation>
    </message>
    <message>
        <source>signed off by %1</source>
        <translation>visado por %1</translation>
    </message>
    <message>
        <source>countersigned by %1</source>
        <translation>contrafirmado por %1</translation>
    </message>
    <message>
        <source>Uncertain: the hub may have it. Send again to find out (it is looked up on the hub, never posted twice); after the grace period it can be posted again once you confirm. %1</source>
        <translation>Incierto: puede que el hub lo tenga. Envíe de nuevo para saberlo (se busca en el hub, nunca se envía dos veces); tras el plazo de gracia puede volver a enviarse si usted lo confirma. %1</translation>
    </message>
    <message>
        <source>Refused, nothing was paid: %1</source>
        <translation>Rechazado, no se pagó nada: %1</translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <source>&amp;Prepare payments</source>
        <translation>&amp;Preparar los pagos</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportar el paquete…</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Ciclo:</translation>
    </message>
    <message>
        <source>Choose an approved cycle and who is acting first.</source>
        <translation>Elija primero un ciclo aprobado y quién actúa.</translation>
    </message>
    <message>
        <source>Preparing payments and freezing their batch files…</source>
        <translation>Preparando los pagos y congelando sus archivos de lote…</translation>
    </message>
    <message>
        <source>No payments were prepared: %1</source>
        <translation>No se preparó ningún pago: %1</translation>
    </message>
    <message>
        <source>Choose a batch first.</source>
        <translation>Elija primero un lote.</translation>
    </message>
    <message>
        <source>The bundle was not exported: %1</source>
        <translation>El paquete no se exportó: %1</translation>
    </message>
    <message>
        <source>Exported to %1 (.csv, .manifest.json%2).</source>
        <translation>Exportado a %1 (.csv, .manifest.json%2).</translation>
    </message>
    <message>
        <source>Export the batch into</source>
        <translation>Exportar el lote en</translation>
    </message>
    <message>
        <source>The tenant&apos;s private key, to sign (cancel: unsigned)</source>
        <translation>La clave privada del inquilino, para firmar (cancelar: sin firma)</translation>
    </message>
    <message>
        <source>PEM keys (*.pem);;All files (*)</source>
        <translation>Claves PEM (*.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Send to the hub…</source>
        <translation>&amp;Enviar al hub…</translation>
    </message>
    <message>
        <source>Choose a cycle and who is acting first.</source>
        <translation>Elija primero un ciclo y quién actúa.</translation>
    </message>
    <message>
        <source>This program pays through the sandbox hub: start PayDesk with --sandbox.</source>
        <translation>Este programa paga mediante el hub de pruebas: inicie PayDesk con --sandbox.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 uncertain, %3 refused.</source>
        <translation>%1 enviados, %2 inciertos, %3 rechazados.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) of this cycle are uncertain: a checker must resolve them (Send to the hub) before anything else is sent.</source>
        <translation>
            <numerusform>%n lote de este ciclo es incierto: un verificador debe resolverlo (Enviar al hub) antes de enviar nada más.</numerusform>
            <numerusform>%n lotes de este ciclo son inciertos: un verificador debe resolverlos (Enviar al hub) antes de enviar nada más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending money is a checker&apos;s work: act as a checker (top right).</source>
        <translation>Enviar dinero es tarea de un verificador: actúe como verificador (arriba a la derecha).</translation>
    </message>
    <message>
        <source>The tenant&apos;s private key, to sign (X-SIGNATURE)</source>
        <translation>La clave privada del inquilino, para firmar (X-SIGNATURE)</translation>
    </message>
    <message>
        <source>Send to Payment Hub EE</source>
        <translation>Enviar al Payment Hub EE</translation>
    </message>
    <message>
        <source>Send to the hub now? %1

Once sent, payments cannot be called back.</source>
        <translation>¿Enviar al hub ahora? %1

Una vez enviados, los pagos no pueden anularse.</translation>
    </message>
    <message>
        <source>This program asks the sandbox&apos;s mapper for addresses: start PayDesk with --sandbox.</source>
        <translation>Este programa pide las direcciones al mapper del entorno de pruebas: inicie PayDesk con --sandbox.</translation>
    </message>
    <message>
        <source>This program pays by registry id but names no ID-to-account mapper.</source>
        <translation>Este programa paga por identificador del registro pero no indica ningún mapper identificador-cuenta.</translation>
    </message>
    <message>
        <source>Asking the ID-to-account mapper for the beneficiaries&apos; addresses…</source>
        <translation>Pidiendo las direcciones de los beneficiarios al mapper identificador-cuenta…</translation>
    </message>
    <message>
        <source>The mapper was asked for %1 addresses: %2 resolved, %3 unresolved (%4 known already). %5</source>
        <translation>Se pidieron %1 direcciones al mapper: %2 resueltas, %3 sin resolver (%4 ya conocidas). %5</translation>
    </message>
    <message>
        <source>This program names no hub: set the addresses of its payment backend.</source>
        <translation>Este programa no indica ningún hub: indique las direcciones de su canal de pago.</translation>
    </message>
    <message>
        <source>Resolve uncertain batches, then send the ready ones to the program&apos;s hub (a checker&apos;s work).</source>
        <translation>Resolver los lotes inciertos y luego enviar los listos al hub del programa (trabajo del verificador).</translation>
    </message>
    <message>
        <source>The program&apos;s Ed25519 private key, to sign its G2P Connect requests</source>
        <translation>La clave privada Ed25519 del programa, para firmar sus solicitudes G2P Connect</translation>
    </message>
    <message>
        <source>Send through G2P Connect</source>
        <translation>Enviar por G2P Connect</translation>
    </message>
    <message>
        <source>Sign &amp;off…</source>
        <translation>&amp;Visar…</translation>
    </message>
    <message>
        <source>Sign the selected batch&apos;s manifest with your own key: a maker signs it off, a checker countersigns.</source>
        <translation>Firmar el manifiesto del lote elegido con su propia clave: un preparador lo visa, un verificador contrafirma.</translation>
    </message>
    <message>
        <source>E&amp;vidence pack…</source>
        <translation>Paquete de e&amp;videncias…</translation>
    </message>
    <message>
        <source>Write the cycle&apos;s evidence pack for auditors into a new folder.</source>
        <translation>Escribir el paquete de evidencias del ciclo para los auditores en una carpeta nueva.</translation>
    </message>
    <message>
        <source>A new folder for the evidence pack</source>
        <translation>Una carpeta nueva para el paquete de evidencias</translation>
    </message>
    <message>
        <source>Choose a batch and who is acting first.</source>
        <translation>Elija primero un lote y quién actúa.</translation>
    </message>
    <message>
        <source>Batch %1 was not signed: %2</source>
        <translation>El lote %1 no se firmó: %2</translation>
    </message>
    <message>
        <source>Batch %1: %2.</source>
        <translation>Lote %1: %2.</translation>
    </message>
    <message>
        <source>Writing the evidence pack of the cycle…</source>
        <translation>Escribiendo el paquete de evidencias del ciclo…</translation>
    </message>
    <message>
        <source>The evidence pack was not written: %1</source>
        <translation>El paquete de evidencias no se escribió: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the operations app&apos;s password was not given.</source>
        <translation>No se envió nada: no se dio la contraseña de la aplicación de operaciones.</translation>
    </message>
    <message>
        <source>The batch is now handed over: PayDesk will not send it unless you confirm it was not uploaded elsewhere.</source>
        <translation>El lote queda entregado en mano: PayDesk no lo enviará a menos que confirme que no se subió por otra vía.</translation>
    </message>
    <message>
        <source>Export the batch</source>
        <translation>Exportar el lote</translation>
    </message>
    <message>
        <source>Will this bundle be uploaded to the hub by hand?

Yes: the batch is handed over, and PayDesk will not send it unless an officer confirms it was not uploaded elsewhere. No: the bundle is for review only.</source>
        <translation>¿Se subirá este paquete al hub a mano?

Sí: el lote queda entregado en mano y PayDesk no lo enviará a menos que un funcionario confirme que no se subió por otra vía. No: el paquete es solo para revisión.</translation>
    </message>
    <message>
        <source>Stopping: the batch being posted is finished and recorded, nothing more is sent…</source>
        <translation>Deteniendo: el lote que se está enviando se termina y se registra, no se envía nada más…</translation>
    </message>
    <message>
        <source>Looking up the uncertain batches on the hub…</source>
        <translation>Buscando los lotes inciertos en el hub…</translation>
    </message>
    <message>
        <source>Post batch %1 again?</source>
        <translation>¿Volver a enviar el lote %1?</translation>
    </message>
    <message>
        <source>Batch %1 was posted but the hub does not show it, although its grace period is over: %2.

Post it again only if you are sure it was not uploaded in any other way. It is posted with the same correlation id and the same file.</source>
        <translation>El lote %1 se envió pero el hub no lo muestra, aunque su plazo de gracia ha pasado: %2.

Vuelva a enviarlo solo si está seguro de que no se subió de otra forma. Se envía con el mismo identificador de correlación y el mismo archivo.</translation>
    </message>
    <message>
        <source>Evidence pack written to %1; an auditor checks it on the File review page.</source>
        <translation>Paquete de pruebas escrito en %1; un auditor lo comprueba en la página Revisión de archivos.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop safely: a batch being posted is finished and recorded first.</source>
        <translation>Detener sin riesgo: un lote que se está enviando se termina y registra primero.</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>Deteniendo en el próximo punto seguro…</translation>
    </message>
    <message>
        <source>Batch %1 of %2: %3 %4 of %5 sent so far.</source>
        <translation>Lote %1 de %2: %3 %4 de %5 enviados hasta ahora.</translation>
    </message>
    <message>
        <source>Nothing to send: no batch of this cycle is ready or uncertain.</source>
        <translation>Nada que enviar: ningún lote de este ciclo está listo ni es incierto.</translation>
    </message>
</context>
<context>
    <name>BeneficiariesCommand</name>
    <message>
        <source>Lists beneficiaries of the registry.</source>
        <translation>Lista los beneficiarios del registro.</translation>
    </message>
    <message>
        <source>Text to look for.</source>
        <translation>Texto a buscar.</translation>
    </message>
    <message>
        <source>What --filter matches: name, id, region or phone.</source>
        <translation>Lo que compara --filter: name, id, region o phone.</translation>
    </message>
    <message>
        <source>Order: id, name, region or phone.</source>
        <translation>Orden: id, name, region o phone.</translation>
    </message>
    <message>
        <source>Descending order.</source>
        <translation>Orden descendente.</translation>
    </message>
    <message>
        <source>Only beneficiaries enrolled in this program.</source>
        <translation>Solo los beneficiarios inscritos en este programa.</translation>
    </message>
    <message>
        <source>Only beneficiaries whose payee account another registry id holds too.</source>
        <translation>Solo los beneficiarios cuya cuenta de pago también pertenece a otro identificador del registro.</translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation>Como máximo N filas.</translation>
    </message>
    <message>
        <source>Skip the first N rows.</source>
        <translation>Omitir las N primeras filas.</translation>
    </message>
    <message>
        <source>Phone numbers, payee accounts and national ids masked but for their last four characters.</source>
        <translation>Números de teléfono, cuentas de pago y documentos de identidad ocultos salvo sus cuatro últimos caracteres.</translation>
    </message>
    <message>
        <source>--by takes name, id, region or phone, not &quot;%1&quot;.</source>
        <translation>--by admite name, id, region o phone, no «%1».</translation>
    </message>
    <message>
        <source>--sort takes id, name, region or phone, not &quot;%1&quot;.</source>
        <translation>--sort admite id, name, region o phone, no «%1».</translation>
    </message>
    <message>
        <source>--limit and --offset take whole numbers of rows.</source>
        <translation>--limit y --offset admiten números enteros de filas.</translation>
    </message>
    <message>
        <source>Cannot read the registry: %1</source>
        <translation>No se puede leer el registro: %1</translation>
    </message>
    <message>
        <source>%1 of %2 matching beneficiaries shown.</source>
        <translation>Se muestran %1 de %2 beneficiarios coincidentes.</translation>
    </message>
    <message>
        <source>Write the rows as a registry CSV (every matching row unless --limit is given), safe to open in a spreadsheet: a value a spreadsheet would run as a formula starts with an apostrophe.</source>
        <translation>Escribir las filas como CSV de registro (todas las filas coincidentes salvo que se indique --limit), seguro para abrir en una hoja de cálculo: un valor que una hoja de cálculo ejecutaría como fórmula empieza con un apóstrofo.</translation>
    </message>
</context>
<context>
    <name>BeneficiaryRowValidator</name>
    <message>
        <source>holds a control or invisible formatting character (U+%1)</source>
        <translation>contiene un carácter de control o de formato invisible (U+%1)</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la fila tiene %1 campos pero la cabecera tiene %2</translation>
    </message>
    <message>
        <source>a beneficiary needs a given name or a family name</source>
        <translation>un beneficiario necesita un nombre o un apellido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender (use F, M, O or leave it empty)</source>
        <translation>«%1» no es un género (use F, M, O o déjelo vacío)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>«%1» no es una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 está en el futuro</translation>
    </message>
    <message>
        <source>%1 is before 1900</source>
        <translation>%1 es anterior a 1900</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a household size from 1 to %2</source>
        <translation>«%1» no es un tamaño de hogar de 1 a %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes/no, true/false or 1/0</source>
        <translation>«%1» no es sí/no, true/false o 1/0</translation>
    </message>
    <message>
        <source>a payee type is given but no payee address</source>
        <translation>se indica un tipo de destinatario pero no una dirección de pago</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payee type (msisdn, bank_account, iban, email or registry_id)</source>
        <translation>«%1» no es un tipo de destinatario (msisdn, bank_account, iban, email o registry_id)</translation>
    </message>
    <message>
        <source>invalid encoding: byte %1 of the field (0x%2) is not UTF-8; save the file as UTF-8</source>
        <translation>codificación no válida: el byte %1 del campo (0x%2) no es UTF-8; guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2</source>
        <translation>demasiado largo: %1 caracteres, como máximo %2</translation>
    </message>
    <message>
        <source>the value held line breaks; each was turned into a space</source>
        <translation>el valor contenía saltos de línea; cada uno se convirtió en un espacio</translation>
    </message>
    <message>
        <source>a payee address is given but no payee type</source>
        <translation>se da una dirección del beneficiario pero no su tipo</translation>
    </message>
</context>
<context>
    <name>BeneficiaryTableModel</name>
    <message>
        <source>Cannot read the registry: %1</source>
        <translation>No se puede leer el registro: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>ID de registro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Payee type</source>
        <translation>Tipo de beneficiario</translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation>Cuenta del beneficiario</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot write the bundle: %1</source>
        <translation>no se puede escribir el paquete: %1</translation>
    </message>
    <message>
        <source>cannot mark batch %1 as handed over: %2</source>
        <translation>no se puede marcar el lote %1 como entregado en mano: %2</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>not a PEM X.509 certificate</source>
        <translation>no es un certificado X.509 PEM</translation>
    </message>
    <message>
        <source>the trusted certificate %1 is not a certificate authority</source>
        <translation>el certificado de confianza %1 no es una autoridad de certificación</translation>
    </message>
    <message>
        <source>the certificate of %1 was not issued by %2</source>
        <translation>el certificado de %1 no fue emitido por %2</translation>
    </message>
    <message>
        <source>the certificate of %1 does not carry a valid signature of %2</source>
        <translation>el certificado de %1 no lleva una firma válida de %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is valid from %2 to %3, not on %4</source>
        <translation>el certificado de %1 es válido del %2 al %3, no el %4</translation>
    </message>
    <message>
        <source>the trusted certificate %1 is not valid on %2</source>
        <translation>el certificado de confianza %1 no es válido el %2</translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>cannot make the administrator&apos;s certificate</source>
        <translation>no se puede crear el certificado del administrador</translation>
    </message>
    <message>
        <source>cannot certify the key of %1</source>
        <translation>no se puede certificar la clave de %1</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <source>cannot make the certificate request</source>
        <translation>no se puede crear la solicitud de certificado</translation>
    </message>
    <message>
        <source>not a PEM certificate request</source>
        <translation>no es una solicitud de certificado PEM</translation>
    </message>
    <message>
        <source>the certificate request is not signed by the key it carries</source>
        <translation>la solicitud de certificado no está firmada por la clave que lleva</translation>
    </message>
    <message>
        <source>the certificate request names no officer (common name)</source>
        <translation>la solicitud de certificado no nombra a ningún funcionario (nombre común)</translation>
    </message>
    <message>
        <source>the certificate request&apos;s key: %1</source>
        <translation>la clave de la solicitud de certificado: %1</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>write a synthetic registry CSV</source>
        <translation>escribir un CSV de registro sintético</translation>
    </message>
    <message>
        <source>import a registry CSV into the database</source>
        <translation>importar un CSV de registro a la base de datos</translation>
    </message>
    <message>
        <source>list beneficiaries</source>
        <translation>listar los beneficiarios</translation>
    </message>
    <message>
        <source>check the audit log: its chain, and with --trust CERT every signature and checkpoint</source>
        <translation>comprobar el registro de auditoría: su cadena y, con --trust CERT, cada firma y punto de control</translation>
    </message>
    <message>
        <source>show the latest audit log entries</source>
        <translation>mostrar las últimas entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>the administrator&apos;s key and anchor certificate (or the ministry&apos;s CA)</source>
        <translation>la clave del administrador y el certificado ancla (o la CA del ministerio)</translation>
    </message>
    <message>
        <source>an officer&apos;s own key and certificate request</source>
        <translation>la clave propia de un funcionario y su solicitud de certificado</translation>
    </message>
    <message>
        <source>add an officer (maker, checker or viewer): an administrator&apos;s signed act</source>
        <translation>añadir un funcionario (preparador, verificador u observador): un acto firmado de un administrador</translation>
    </message>
    <message>
        <source>certify an officer&apos;s key; also role, deactivate, revoke-key</source>
        <translation>certificar la clave de un funcionario; también role, deactivate, revoke-key</translation>
    </message>
    <message>
        <source>list the officers, with the roles administrators&apos; signed acts gave them</source>
        <translation>listar los funcionarios, con los roles que les dieron los actos firmados de los administradores</translation>
    </message>
    <message>
        <source>create, list and enrol programs</source>
        <translation>crear, listar e inscribir programas</translation>
    </message>
    <message>
        <source>apply a program&apos;s eligibility to the registry (program enrol)</source>
        <translation>aplicar la elegibilidad de un programa al registro (program enrol)</translation>
    </message>
    <message>
        <source>create, generate, submit, approve, send back, cancel and list cycles</source>
        <translation>crear, generar, enviar a aprobación, aprobar, devolver, cancelar y listar ciclos</translation>
    </message>
    <message>
        <source>list a cycle&apos;s entitlements (cycle entitlements)</source>
        <translation>listar los derechos de un ciclo (cycle entitlements)</translation>
    </message>
    <message>
        <source>ask the ID-to-account mapper for a cycle&apos;s financial addresses (G2P Connect)</source>
        <translation>pedir al mapeador ID-cuenta las direcciones financieras de un ciclo (G2P Connect)</translation>
    </message>
    <message>
        <source>prepare a cycle&apos;s payments into frozen batches, list them, export a bundle</source>
        <translation>preparar los pagos de un ciclo en lotes congelados, listarlos, exportar un paquete</translation>
    </message>
    <message>
        <source>send a cycle&apos;s ready batches to Payment Hub EE or G2P Connect, exactly once (a checker)</source>
        <translation>enviar los lotes listos de un ciclo a Payment Hub EE o G2P Connect, una sola vez (un verificador)</translation>
    </message>
    <message>
        <source>resolve a cycle&apos;s uncertain batches by asking the hub whether it has them</source>
        <translation>resolver los lotes inciertos de un ciclo preguntando al hub si los tiene</translation>
    </message>
    <message>
        <source>what the hub really paid: payments paid or failed, batches and the cycle completed</source>
        <translation>lo que el hub pagó realmente: pagos pagados o fallidos, lotes y ciclo completados</translation>
    </message>
    <message>
        <source>before approval: joined, left, amount jumps, changed or shared accounts, paid elsewhere</source>
        <translation>antes de aprobar: altas, bajas, saltos de importe, cuentas cambiadas o compartidas, pagados en otro lugar</translation>
    </message>
    <message>
        <source>money in the dark: batches sent without a final outcome, aged, with what to do</source>
        <translation>dinero a oscuras: lotes enviados sin resultado final, por antigüedad, con qué hacer</translation>
    </message>
    <message>
        <source>pay failed payments again: a maker requests, a checker approves or rejects</source>
        <translation>volver a pagar pagos fallidos: un preparador lo pide, un verificador aprueba o rechaza</translation>
    </message>
    <message>
        <source>a cycle&apos;s disbursement report, as PDF (--pdf) and every payment as CSV (--csv)</source>
        <translation>el informe de desembolso de un ciclo, en PDF (--pdf) y cada pago en CSV (--csv)</translation>
    </message>
    <message>
        <source>an evidence pack of a cycle or batch, sealed, for auditors (checked by review)</source>
        <translation>un paquete de evidencias de un ciclo o lote, sellado, para auditores (comprobado por review)</translation>
    </message>
    <message>
        <source>the payer account&apos;s bank statement (MT940, CSV) against a cycle: three-way</source>
        <translation>conciliar el extracto bancario de la cuenta pagadora (MT940, CSV) con un ciclo: a tres bandas</translation>
    </message>
    <message>
        <source>print a batch file&apos;s Payment Hub EE X-SIGNATURE</source>
        <translation>mostrar la X-SIGNATURE de Payment Hub EE de un archivo de lote</translation>
    </message>
    <message>
        <source>review a batch file offline: figures and what the hub would refuse</source>
        <translation>revisar un archivo de lote sin conexión: cifras y lo que el hub rechazaría</translation>
    </message>
    <message>
        <source>check an evidence pack offline</source>
        <translation>comprobar un paquete de evidencias sin conexión</translation>
    </message>
    <message>
        <source>Usage: paydesk-cli COMMAND [OPTIONS]</source>
        <translation>Uso: paydesk-cli COMANDO [OPCIONES]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run paydesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Ejecute paydesk-cli COMANDO --help para las opciones de un comando.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 wrong command line, 3 imported with rejected rows,
4 the reviewed file or statement has findings, 5 a batch is uncertain (resolve it).</source>
        <translation>Códigos de salida: 0 éxito, 1 fallo, 2 línea de comandos errónea, 3 importado con filas rechazadas,
4 el archivo revisado o el extracto tiene hallazgos, 5 un lote es incierto (resuélvalo).</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>SQLite file or postgresql:// URL (default: %1).</source>
        <translation>Archivo SQLite o URL postgresql:// (por defecto: %1).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Mostrar JSON para scripts.</translation>
    </message>
    <message>
        <source>The officer acting (default: %1); see paydesk-cli officer.</source>
        <translation>El funcionario que actúa (por defecto: %1); vea paydesk-cli officer.</translation>
    </message>
    <message>
        <source>Run paydesk-cli --help for the commands.</source>
        <translation>Ejecute paydesk-cli --help para ver los comandos.</translation>
    </message>
    <message>
        <source>The hub&apos;s bulk processor (default: the program&apos;s).</source>
        <translation>El procesador de lotes del hub (por defecto: el del programa).</translation>
    </message>
    <message>
        <source>The hub&apos;s operations app (default: the program&apos;s).</source>
        <translation>La aplicación de operaciones del hub (por defecto: la del programa).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a hub with a private CA.</source>
        <translation>Certificados de CA adicionales (PEM) para un hub con CA privada.</translation>
    </message>
    <message>
        <source>Deadline of each exchange with the hub.</source>
        <translation>Plazo de cada intercambio con el hub.</translation>
    </message>
    <message>
        <source>--timeout-ms takes a number of milliseconds, 100 or more.</source>
        <translation>--timeout-ms admite un número de milisegundos, 100 o más.</translation>
    </message>
    <message>
        <source>Operations-app user (OAuth password grant), instead of the program&apos;s; the password from PAYDESK_HUB_PASSWORD or the system keychain.</source>
        <translation>Usuario de la aplicación de operaciones (OAuth con contraseña), en lugar del del programa; la contraseña viene de PAYDESK_HUB_PASSWORD o del llavero del sistema.</translation>
    </message>
    <message>
        <source>No password for %1 at %2: PAYDESK_HUB_PASSWORD is not set and the system keychain has none (%3). paydesk-cli program password ID keeps one in the keychain.</source>
        <translation>No hay contraseña para %1 en %2: PAYDESK_HUB_PASSWORD no está definida y el llavero del sistema no tiene ninguna (%3). paydesk-cli program password ID guarda una en el llavero.</translation>
    </message>
    <message>
        <source>nothing kept for this user</source>
        <translation>no hay nada guardado para este usuario</translation>
    </message>
    <message>
        <source>%1 has a passphrase: set PAYDESK_KEY_PASSPHRASE (the system keychain has none for it: %2)</source>
        <translation>%1 tiene frase de paso: defina PAYDESK_KEY_PASSPHRASE (el llavero del sistema no tiene ninguna para ella: %2)</translation>
    </message>
    <message>
        <source>nothing kept</source>
        <translation>no hay nada guardado</translation>
    </message>
    <message>
        <source>The acting officer&apos;s private key (encrypted PKCS#8 PEM; default: PAYDESK_OFFICER_KEY); its passphrase from PAYDESK_KEY_PASSPHRASE or the system keychain.</source>
        <translation>La clave privada del funcionario que actúa (PEM PKCS#8 cifrado; por defecto: PAYDESK_OFFICER_KEY); su frase de contraseña, de PAYDESK_KEY_PASSPHRASE o del llavero del sistema.</translation>
    </message>
    <message>
        <source>Acting as %1 needs their key: give --officer-key FILE (or PAYDESK_OFFICER_KEY). Nothing was done.</source>
        <translation>Actuar como %1 requiere su clave: indique --officer-key ARCHIVO (o PAYDESK_OFFICER_KEY). No se hizo nada.</translation>
    </message>
    <message>
        <source>%1 is not protected by a passphrase: an officer&apos;s key must be an encrypted PKCS#8 file. Nothing was done.</source>
        <translation>%1 no está protegido por una frase de contraseña: la clave de un funcionario debe ser un archivo PKCS#8 cifrado. No se hizo nada.</translation>
    </message>
    <message>
        <source>%1 cannot act: %2. Nothing was done.</source>
        <translation>%1 no puede actuar: %2. No se hizo nada.</translation>
    </message>
</context>
<context>
    <name>CompletionsChart</name>
    <message>
        <source>Payments settled over time</source>
        <translation>Pagos liquidados a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>the system keychain did not answer within %1 s</source>
        <translation>el llavero del sistema no respondió en %1 s</translation>
    </message>
    <message>
        <source>this computer has no system keychain PayDesk can use (%1)</source>
        <translation>este equipo no tiene un llavero del sistema que PayDesk pueda usar (%1)</translation>
    </message>
    <message>
        <source>the system keychain refused access: %1</source>
        <translation>el llavero del sistema denegó el acceso: %1</translation>
    </message>
    <message>
        <source>the system keychain cannot be used: %1</source>
        <translation>no se puede usar el llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file cannot be read</source>
        <translation>el archivo no se puede leer</translation>
    </message>
    <message>
        <source>the file is encoded as UTF-16; save it as UTF-8 and import it again</source>
        <translation>el archivo está codificado en UTF-16; guárdelo como UTF-8 e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>line %1, column %2: a field is longer than %3 bytes (is a closing quote missing?)</source>
        <translation>línea %1, columna %2: un campo supera los %3 bytes (¿falta una comilla de cierre?)</translation>
    </message>
    <message>
        <source>line %1, column %2: a quoted field opened on this line is never closed</source>
        <translation>línea %1, columna %2: un campo entre comillas abierto en esta línea nunca se cierra</translation>
    </message>
    <message>
        <source>line %1, column %2: a quote inside an unquoted field (quote the whole field)</source>
        <translation>línea %1, columna %2: una comilla dentro de un campo sin comillas (ponga todo el campo entre comillas)</translation>
    </message>
    <message>
        <source>line %1, column %2: text after the closing quote of a field</source>
        <translation>línea %1, columna %2: texto después de la comilla de cierre de un campo</translation>
    </message>
    <message>
        <source>too long: more than %1 bytes</source>
        <translation>demasiado largo: más de %1 bytes</translation>
    </message>
    <message>
        <source>line %1, column %2: a quoted field opened on this line is never closed and swallows the lines after it, which read like records (line %3); add the missing quote</source>
        <translation>línea %1, columna %2: un campo entre comillas abierto en esta línea nunca se cierra y absorbe las líneas siguientes, que parecen registros (línea %3); añada la comilla que falta</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>un campo entre comillas abierto en la línea %1 nunca se cierra</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>una comilla dentro de un campo sin comillas (ponga todo el campo entre comillas)</translation>
    </message>
    <message>
        <source>line %1, column %2: the quoted field opened on this line runs to line %3 and swallows lines that read like records (line %4); a quote is missing</source>
        <translation>línea %1, columna %2: el campo entre comillas abierto en esta línea llega hasta la línea %3 y absorbe líneas que parecen registros (línea %4); falta una comilla</translation>
    </message>
    <message>
        <source>line %1, column %2: the quoted field opened on this line closes on line %3 and is followed by text; a quote is missing, so the records after line %1 cannot be told apart</source>
        <translation>línea %1, columna %2: el campo entre comillas abierto en esta línea se cierra en la línea %3 y va seguido de texto; falta una comilla, así que los registros tras la línea %1 no se pueden distinguir</translation>
    </message>
    <message>
        <source>text after the closing quote (quote the whole field)</source>
        <translation>texto tras la comilla de cierre (ponga todo el campo entre comillas)</translation>
    </message>
</context>
<context>
    <name>CsvStatementParser</name>
    <message>
        <source>the statement is empty</source>
        <translation>el extracto está vacío</translation>
    </message>
    <message>
        <source>line 1: the statement has no &quot;%1&quot; column (it needs date, amount, currency and reference)</source>
        <translation>línea 1: el extracto no tiene columna «%1» (necesita date, amount, currency y reference)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD o DD/MM/AAAA)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation>«%1» no es una moneda ISO 4217</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2: %3</source>
        <translation>«%1» no es un importe en %2: %3</translation>
    </message>
    <message>
        <source>it is zero</source>
        <translation>es cero</translation>
    </message>
    <message>
        <source>the type is &quot;%1&quot;: D for a debit or C for a credit</source>
        <translation>el tipo es «%1»: D para un débito o C para un crédito</translation>
    </message>
    <message>
        <source>the statement has no entries</source>
        <translation>el extracto no tiene movimientos</translation>
    </message>
</context>
<context>
    <name>CycleActionCommand</name>
    <message>
        <source>The cycle.</source>
        <translation>El ciclo.</translation>
    </message>
</context>
<context>
    <name>CycleApprovals</name>
    <message>
        <source>cannot read the cycle&apos;s total: %1</source>
        <translation>no se puede leer el total del ciclo: %1</translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s approvals: %1</source>
        <translation>no se pueden leer las aprobaciones del ciclo: %1</translation>
    </message>
    <message>
        <source>cannot record the approval: %1</source>
        <translation>no se puede registrar la aprobación: %1</translation>
    </message>
    <message>
        <source>cannot void the approvals: %1</source>
        <translation>no se pueden anular las aprobaciones: %1</translation>
    </message>
</context>
<context>
    <name>CycleCommand</name>
    <message>
        <source>Cycle name.</source>
        <translation>Nombre del ciclo.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Primer día.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Último día.</translation>
    </message>
    <message>
        <source>Only entitlements in this state.</source>
        <translation>Solo los derechos en este estado.</translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation>Como máximo N filas.</translation>
    </message>
    <message>
        <source>Skip N rows.</source>
        <translation>Omitir N filas.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Uno de: %1.</translation>
    </message>
    <message>
        <source>cycle takes an action (%1) and an id.</source>
        <translation>cycle admite una acción (%1) y un identificador.</translation>
    </message>
    <message>
        <source>--state takes draft, pending_validation, approved, rejected or cancelled.</source>
        <translation>--state admite draft, pending_validation, approved, rejected o cancelled.</translation>
    </message>
    <message>
        <source>Cannot create the cycle: %1</source>
        <translation>No se puede crear el ciclo: %1</translation>
    </message>
    <message>
        <source>Cycle %1 created.</source>
        <translation>Ciclo %1 creado.</translation>
    </message>
    <message>
        <source>Cannot generate the entitlements: %1</source>
        <translation>No se pueden generar los derechos: %1</translation>
    </message>
    <message>
        <source>%1 entitlements created (%2 already there, %3 with no amount from the rule).</source>
        <translation>%1 derechos creados (%2 ya existían, %3 sin importe según la regla).</translation>
    </message>
    <message>
        <source>Cannot %1 cycle %2: %3</source>
        <translation>No se puede hacer «%1» en el ciclo %2: %3</translation>
    </message>
    <message>
        <source>Cycle %1 is now %2.</source>
        <translation>El ciclo %1 está ahora %2.</translation>
    </message>
    <message>
        <source>Payment cycles. create PROGRAM_ID --name N --start YYYY-MM-DD --end YYYY-MM-DD; generate, submit, approve, send-back or cancel CYCLE_ID; list PROGRAM_ID; entitlements CYCLE_ID [--state S]; approvals CYCLE_ID: who approved it and how many checkers its total needs; pilot CYCLE_ID: the pilot&apos;s results and whether the rest may go. Makers create, generate and submit; checkers other than its maker approve (as many as the program&apos;s tiers ask) or send back.</source>
        <translation>Ciclos de pago. create PROGRAM_ID --name N --start AAAA-MM-DD --end AAAA-MM-DD; generate, submit, approve, send-back o cancel CYCLE_ID; list PROGRAM_ID; entitlements CYCLE_ID [--state S]; approvals CYCLE_ID: quién lo aprobó y cuántos verificadores necesita su total; pilot CYCLE_ID: los resultados del piloto y si el resto puede salir. Los preparadores crean, generan y envían a aprobación; verificadores distintos de su preparador aprueban (tantos como pidan los tramos del programa) o devuelven.</translation>
    </message>
    <message>
        <source>Cycle %1 (%2 %3) needs %4 distinct checker(s); approved by: %5.</source>
        <translation>El ciclo %1 (%2 %3) necesita %4 verificador(es) distinto(s); aprobado por: %5.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>Cycle %1: %2.</source>
        <translation>Ciclo %1: %2.</translation>
    </message>
    <message>
        <source>Approval by %1 recorded: %2 of %3 checkers for a total of %4 %5; cycle %6 waits for %7 more.</source>
        <translation>Aprobación de %1 registrada: %2 de %3 verificadores para un total de %4 %5; el ciclo %6 espera %7 más.</translation>
    </message>
    <message>
        <source>Recorded, but the cycle could not be read again: %1</source>
        <translation>Registrado, pero no se pudo volver a leer el ciclo: %1</translation>
    </message>
</context>
<context>
    <name>CycleDiff</name>
    <message>
        <source>entitled to %1</source>
        <translation>derecho a %1</translation>
    </message>
    <message>
        <source>was entitled to %1 in %2</source>
        <translation>tenía derecho a %1 en %2</translation>
    </message>
    <message>
        <source>%1, was %2 in %3</source>
        <translation>%1, era %2 en %3</translation>
    </message>
    <message>
        <source>paid at %1 last time; now none: %2</source>
        <translation>pagado en %1 la última vez; ahora ninguna: %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 in cycle %2 of %3</source>
        <translation>%1 en el ciclo %2 de %3</translation>
    </message>
    <message>
        <source>cannot compare the cycle (%1): %2</source>
        <translation>no se puede comparar el ciclo (%1): %2</translation>
    </message>
    <message>
        <source>cannot read the program&apos;s previous cycle: %1</source>
        <translation>no se puede leer el ciclo anterior del programa: %1</translation>
    </message>
    <message>
        <source>cannot read the names of the beneficiaries found: %1</source>
        <translation>no se pueden leer los nombres de los beneficiarios hallados: %1</translation>
    </message>
    <message>
        <source>the payment network does not know this payee: %1</source>
        <translation>la red de pagos no conoce a este beneficiario: %1</translation>
    </message>
</context>
<context>
    <name>CycleFinding</name>
    <message>
        <source>joined since the previous cycle</source>
        <translation>entró desde el ciclo anterior</translation>
    </message>
    <message>
        <source>left since the previous cycle</source>
        <translation>salió desde el ciclo anterior</translation>
    </message>
    <message>
        <source>amount moved beyond the set share</source>
        <translation>importe más allá de la proporción fijada</translation>
    </message>
    <message>
        <source>paid at another account last time</source>
        <translation>pagado en otra cuenta la última vez</translation>
    </message>
    <message>
        <source>account shared by several beneficiaries</source>
        <translation>cuenta compartida por varios beneficiarios</translation>
    </message>
    <message>
        <source>paid by another program in the same period</source>
        <translation>pagado por otro programa en el mismo periodo</translation>
    </message>
    <message>
        <source>cannot be paid as the registry stands</source>
        <translation>no se puede pagar tal como está el registro</translation>
    </message>
</context>
<context>
    <name>CycleFindingsDialog</name>
    <message>
        <source>&amp;Acknowledge these findings</source>
        <translation>&amp;Dar por vistos estos hallazgos</translation>
    </message>
    <message>
        <source>Before approval</source>
        <translation>Antes de la aprobación</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>Identificador del registro</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>against cycle %1</source>
        <translation>frente al ciclo %1</translation>
    </message>
    <message>
        <source>the program&apos;s first cycle, so against no earlier one</source>
        <translation>el primer ciclo del programa, así que frente a ninguno anterior</translation>
    </message>
    <message>
        <source>You acknowledged exactly these findings.</source>
        <translation>Usted dio por vistos exactamente estos hallazgos.</translation>
    </message>
    <message>
        <source>Not acknowledged by you: a checker acknowledges them before approving.</source>
        <translation>No los dio por vistos: un verificador los da por vistos antes de aprobar.</translation>
    </message>
    <message>
        <source>Cycle %1, %2. %3.
%4</source>
        <translation>Ciclo %1, %2. %3.
%4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Figures or reason</source>
        <translation>Cifras o motivo</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se halló nada</translation>
    </message>
</context>
<context>
    <name>CycleReport</name>
    <message>
        <source>cannot read the failed payments: %1</source>
        <translation>no se pueden leer los pagos fallidos: %1</translation>
    </message>
    <message>
        <source>cannot read the batches: %1</source>
        <translation>no se pueden leer los lotes: %1</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>no se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>cannot read the payments: %1</source>
        <translation>no se pueden leer los pagos: %1</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>no se puede escribir el informe: %1</translation>
    </message>
</context>
<context>
    <name>CycleReportPdf</name>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Aún no enviado</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Disbursement report: %1, %2</source>
        <translation>Informe de desembolso: %1, %2</translation>
    </message>
    <message>
        <source>cannot draw the report into %1</source>
        <translation>no se puede dibujar el informe en %1</translation>
    </message>
    <message>
        <source>Disbursement report</source>
        <translation>Informe de desembolso</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programa: %1</translation>
    </message>
    <message>
        <source>Cycle: %1 (%2 to %3), %4</source>
        <translation>Ciclo: %1 (del %2 al %3), %4</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>Elaborado por %1 el %2</translation>
    </message>
    <message>
        <source>Totals (%1)</source>
        <translation>Totales (%1)</translation>
    </message>
    <message>
        <source>Entitled (approved)</source>
        <translation>Derechos (aprobados)</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Derechos</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Importe (%1)</translation>
    </message>
    <message>
        <source>Paid against entitled (%1)</source>
        <translation>Pagado frente a derechos (%1)</translation>
    </message>
    <message>
        <source>Payments by state</source>
        <translation>Pagos por estado</translation>
    </message>
    <message>
        <source>Payments settled over time</source>
        <translation>Pagos liquidados a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Why payments failed</source>
        <translation>Por qué fallaron pagos</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>Failed payments: %1</source>
        <translation>Pagos fallidos: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>ID de registro</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Paid again</source>
        <translation>Pagado de nuevo</translation>
    </message>
    <message>
        <source>…and %1 more: the payments CSV lists every one.</source>
        <translation>…y %1 más: el CSV de pagos los lista todos.</translation>
    </message>
    <message>
        <source>Batches: %1</source>
        <translation>Lotes: %1</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID de correlación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>Hub batch</source>
        <translation>Lote del hub</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>…and %1 more batches.</source>
        <translation>…y %1 lotes más.</translation>
    </message>
    <message>
        <source>Audit trail of the cycle</source>
        <translation>Pista de auditoría del ciclo</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>cannot finish the report %1</source>
        <translation>no se puede terminar el informe %1</translation>
    </message>
    <message>
        <source>Audit log checkpoint: %1 entries, head %2…, signed by %3 on %4</source>
        <translation>Punto de control del registro de auditoría: %1 entradas, cabeza %2…, firmado por %3 el %4</translation>
    </message>
    <message>
        <source>Every entitled beneficiary was paid</source>
        <translation>Se pagó a todos los beneficiarios con derecho</translation>
    </message>
    <message>
        <source>Not paid: %1</source>
        <translation>No pagados: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Why not paid</source>
        <translation>Por qué no se pagó</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
</context>
<context>
    <name>CycleSeal</name>
    <message>
        <source>cannot read the cycle&apos;s entitlements: %1</source>
        <translation>no se pueden leer los derechos del ciclo: %1</translation>
    </message>
    <message>
        <source>the entitlements (who is paid, or how much)</source>
        <translation>los derechos (a quién se paga, o cuánto)</translation>
    </message>
    <message>
        <source>the payee accounts</source>
        <translation>las cuentas de los beneficiarios</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>CycleSender</name>
    <message>
        <source>No batch to send.</source>
        <translation>Ningún lote que enviar.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) to send (%1), </source>
        <translation>
            <numerusform>%n lote que enviar (%1), </numerusform>
            <numerusform>%n lotes que enviar (%1), </numerusform>
        </translation>
    </message>
    <message>
        <source>total %1.</source>
        <translation>total %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain batch(es) (%1) are looked up on the hub first; while one stays uncertain nothing else is sent.</source>
        <translation>
            <numerusform>%n lote incierto (%1) se busca primero en el hub; mientras uno siga incierto, no se envía nada más.</numerusform>
            <numerusform>%n lotes inciertos (%1) se buscan primero en el hub; mientras uno siga incierto, no se envía nada más.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before every uncertain batch was looked up</source>
        <translation>detenido antes de buscar cada lote incierto</translation>
    </message>
    <message>
        <source>nothing else was sent: this cycle has an uncertain batch, and sends nothing more until it is resolved</source>
        <translation>no se envió nada más: este ciclo tiene un lote incierto y no envía nada más hasta que se resuelva</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>no se envió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>stopped by the officer: %n confirmed batch(es) were not sent</source>
        <translation>
            <numerusform>detenido por el funcionario: %n lote confirmado no se envió</numerusform>
            <numerusform>detenido por el funcionario: %n lotes confirmados no se enviaron</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 payment(s), </source>
        <translation>%1 pago(s), </translation>
    </message>
</context>
<context>
    <name>CycleService</name>
    <message>
        <source>a cycle needs a name and a period whose end is not before its start</source>
        <translation>un ciclo necesita un nombre y un periodo cuyo final no sea anterior a su inicio</translation>
    </message>
    <message>
        <source>cannot create the cycle (is the name taken in this program?): %1</source>
        <translation>no se puede crear el ciclo (¿el nombre ya existe en este programa?): %1</translation>
    </message>
    <message>
        <source>there is no cycle %1</source>
        <translation>no existe el ciclo %1</translation>
    </message>
    <message>
        <source>entitlements are generated in a draft cycle; this one is %1</source>
        <translation>los derechos se generan en un ciclo en borrador; este está %1</translation>
    </message>
    <message>
        <source>cannot read the enrolment: %1</source>
        <translation>no se puede leer la inscripción: %1</translation>
    </message>
    <message>
        <source>Generation was cancelled; the cycle is unchanged.</source>
        <translation>La generación se canceló; el ciclo no cambió.</translation>
    </message>
    <message>
        <source>cannot commit the entitlements: %1</source>
        <translation>no se pueden confirmar los derechos: %1</translation>
    </message>
    <message>
        <source>cannot change the cycle: %1</source>
        <translation>no se puede cambiar el ciclo: %1</translation>
    </message>
    <message>
        <source>someone else changed this cycle meanwhile; look at it again</source>
        <translation>otra persona cambió este ciclo mientras tanto; vuelva a mirarlo</translation>
    </message>
    <message>
        <source>cannot change the entitlements: %1</source>
        <translation>no se pueden cambiar los derechos: %1</translation>
    </message>
    <message>
        <source>the cycle has no draft entitlements to submit; generate them first</source>
        <translation>el ciclo no tiene derechos en borrador que enviar; genérelos primero</translation>
    </message>
    <message>
        <source>cannot read the program&apos;s budget: %1</source>
        <translation>no se puede leer el presupuesto del programa: %1</translation>
    </message>
    <message>
        <source>the budget cannot cover this cycle: it needs %1 %4, %2 %4 of the budget remains, %3 %4 short</source>
        <translation>el presupuesto no cubre este ciclo: necesita %1 %4, quedan %2 %4 del presupuesto, faltan %3 %4</translation>
    </message>
    <message>
        <source>%1 made this cycle and cannot also approve it</source>
        <translation>%1 preparó este ciclo y no puede también aprobarlo</translation>
    </message>
    <message>
        <source>the cycle changed before it was fully approved</source>
        <translation>el ciclo cambió antes de estar totalmente aprobado</translation>
    </message>
    <message>
        <source>%1 has already approved this cycle; it waits for %2 more checker(s)</source>
        <translation>%1 ya aprobó este ciclo; espera %2 verificador(es) más</translation>
    </message>
    <message>
        <source>cycle %1 is %2, not approved</source>
        <translation>el ciclo %1 está %2, no aprobado</translation>
    </message>
    <message>
        <source>%1 changed after the approval</source>
        <translation>%1 cambiaron después de la aprobación</translation>
    </message>
    <message>
        <source>the approval of cycle %1 no longer holds (%2), and voiding it failed: %3</source>
        <translation>la aprobación del ciclo %1 ya no vale (%2), y su anulación falló: %3</translation>
    </message>
    <message>
        <source>the approval of cycle %1 is void: %2; the cycle is back to approve</source>
        <translation>la aprobación del ciclo %1 es nula: %2; el ciclo vuelve a aprobación</translation>
    </message>
    <message>
        <source>cycle %1 could not be read: %2</source>
        <translation>no se pudo leer el ciclo %1: %2</translation>
    </message>
    <message>
        <source>%1 has not acknowledged the cycle&apos;s %2 findings as they stand: look at them and acknowledge them first (Findings… on the Cycles page)</source>
        <translation>%1 no ha tomado nota de los %2 hallazgos del ciclo tal como están: revíselos y tome nota de ellos primero (Hallazgos… en la página Ciclos)</translation>
    </message>
    <message>
        <source>cannot read the registry: %1</source>
        <translation>no se puede leer el registro: %1</translation>
    </message>
</context>
<context>
    <name>CycleState</name>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>en espera de aprobación</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>distributed</source>
        <translation>distribuido</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>finalizado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>CycleTransition</name>
    <message>
        <source>the cycle is already %1</source>
        <translation>el ciclo ya está %1</translation>
    </message>
    <message>
        <source>the cycle is %1: nothing more can happen to it</source>
        <translation>el ciclo está %1: ya no puede cambiar</translation>
    </message>
    <message>
        <source>the cycle is %1 and cannot become %2</source>
        <translation>el ciclo está %1 y no puede pasar a %2</translation>
    </message>
</context>
<context>
    <name>CyclesPage</name>
    <message>
        <source>&amp;Generate entitlements</source>
        <translation>&amp;Generar los derechos</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Derechos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>New cycle&apos;s name, e.g. 2027-01</source>
        <translation>Nombre del nuevo ciclo, p. ej. 2027-01</translation>
    </message>
    <message>
        <source>&amp;Create cycle</source>
        <translation>&amp;Crear el ciclo</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>&amp;Enviar a aprobación</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel cycle</source>
        <translation>Ca&amp;ncelar el ciclo</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>Choose a program and who is acting (top right) first.</source>
        <translation>Elija primero un programa y quién actúa (arriba a la derecha).</translation>
    </message>
    <message>
        <source>The cycle was not created: %1</source>
        <translation>El ciclo no se creó: %1</translation>
    </message>
    <message>
        <source>Cycle %1 created as a draft. Generate its entitlements next.</source>
        <translation>Ciclo %1 creado como borrador. Genere después sus derechos.</translation>
    </message>
    <message>
        <source>Wait until the current step is done.</source>
        <translation>Espere a que termine el paso en curso.</translation>
    </message>
    <message>
        <source>Choose a cycle and who is acting first.</source>
        <translation>Elija primero un ciclo y quién actúa.</translation>
    </message>
    <message>
        <source>Generating entitlements…</source>
        <translation>Generando los derechos…</translation>
    </message>
    <message>
        <source>No entitlements were generated: %1</source>
        <translation>No se generó ningún derecho: %1</translation>
    </message>
    <message>
        <source>%1 entitlements created (%2 were there already, %3 got no amount from the rule).</source>
        <translation>%1 derechos creados (%2 ya existían, %3 sin importe según la regla).</translation>
    </message>
    <message>
        <source>Working on cycle %1…</source>
        <translation>Trabajando en el ciclo %1…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Cycle %1 is now %2.</source>
        <translation>El ciclo %1 está ahora %2.</translation>
    </message>
    <message>
        <source>&amp;Reject (back to draft)</source>
        <translation>&amp;Rechazar (vuelta a borrador)</translation>
    </message>
    <message>
        <source>&amp;Findings…</source>
        <translation>&amp;Hallazgos…</translation>
    </message>
    <message>
        <source>Before approval: who joined or left, amount jumps, changed or shared accounts, payments by other programs</source>
        <translation>Antes de aprobar: quién entró o salió, saltos de importe, cuentas cambiadas o compartidas, pagos de otros programas</translation>
    </message>
    <message>
        <source>Acknowledging the findings…</source>
        <translation>Dando por vistos los hallazgos…</translation>
    </message>
    <message>
        <source>Comparing the cycle with the program&apos;s previous one…</source>
        <translation>Comparando el ciclo con el anterior del programa…</translation>
    </message>
    <message>
        <source>No findings to show: %1</source>
        <translation>Ningún hallazgo que mostrar: %1</translation>
    </message>
    <message>
        <source>%1 findings for cycle %2.</source>
        <translation>%1 hallazgos para el ciclo %2.</translation>
    </message>
    <message>
        <source>Approval by %1 recorded (%2 of %3 checkers for %4 %5): cycle %6 waits for %7 more.</source>
        <translation>Aprobación de %1 registrada (%2 de %3 verificadores para %4 %5): el ciclo %6 espera %7 más.</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 de %2%3</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Cycles of the program</source>
        <translation>Ciclos del programa</translation>
    </message>
    <message>
        <source>No cycle yet: a maker names one below and presses Create cycle (a program comes first).</source>
        <translation>Ningún ciclo todavía: un preparador nombra uno abajo y pulsa Crear ciclo (primero un programa).</translation>
    </message>
    <message>
        <source>New cycle&apos;s name</source>
        <translation>Nombre del nuevo ciclo</translation>
    </message>
    <message>
        <source>New cycle&apos;s first day</source>
        <translation>Primer día del nuevo ciclo</translation>
    </message>
    <message>
        <source>New cycle&apos;s last day</source>
        <translation>Último día del nuevo ciclo</translation>
    </message>
    <message>
        <source>Entitlements of the chosen cycle</source>
        <translation>Derechos del ciclo elegido</translation>
    </message>
    <message>
        <source>Recorded, but the cycle could not be read again: %1</source>
        <translation>Registrado, pero no se pudo volver a leer el ciclo: %1</translation>
    </message>
    <message>
        <source>%1, %2 unpaid</source>
        <translation>%1, %2 sin pagar</translation>
    </message>
    <message>
        <source>%1 entitled beneficiaries of this cycle were not paid. The cycle report lists who and why; failed payments can be paid again from the Reconciliation page.</source>
        <translation>%1 beneficiarios con derecho de este ciclo no fueron pagados. El informe del ciclo indica quiénes y por qué; los pagos fallidos pueden volver a pagarse desde la página Conciliación.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL of the form postgresql://user@host:port/database</source>
        <translation>«%1» no es una URL de PostgreSQL con la forma postgresql://usuario@host:puerto/base</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>the database driver is not installed (%1)</source>
        <translation>el controlador de base de datos no está instalado (%1)</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>no se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>cannot configure the database (%1): %2</source>
        <translation>no se puede configurar la base de datos (%1): %2</translation>
    </message>
    <message>
        <source>PAYDESK_DATABASE_KEY is set, but this PayDesk&apos;s SQLite has no SQLCipher: the database would be stored unencrypted, so it is not opened (unset the key to use a plain file, or see docs/privacy.md)</source>
        <translation>PAYDESK_DATABASE_KEY está definida, pero el SQLite de este PayDesk no tiene SQLCipher: la base se guardaría sin cifrar, así que no se abre (quite la clave para usar un archivo sin cifrar, o vea docs/privacy.md)</translation>
    </message>
    <message>
        <source>the database cannot be read with this PAYDESK_DATABASE_KEY: %1</source>
        <translation>la base no se puede leer con esta PAYDESK_DATABASE_KEY: %1</translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation>no se puede hacer %1 legible solo por su propietario</translation>
    </message>
</context>
<context>
    <name>DatabaseLogins</name>
    <message>
        <source>the database refused: %1</source>
        <translation>la base de datos se negó: %1</translation>
    </message>
    <message>
        <source>cannot read the database&apos;s logins: %1</source>
        <translation>no se pueden leer los inicios de sesión de la base de datos: %1</translation>
    </message>
    <message>
        <source>a SQLite file has no logins: officers sign in with their keys alone</source>
        <translation>un archivo SQLite no tiene inicios de sesión: los funcionarios inician sesión solo con su clave</translation>
    </message>
    <message>
        <source>the database already has a login %1</source>
        <translation>la base de datos ya tiene un inicio de sesión %1</translation>
    </message>
    <message>
        <source>cannot prepare the login: %1</source>
        <translation>no se puede preparar el inicio de sesión: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseMigrator</name>
    <message>
        <source>cannot create the schema_version table: %1</source>
        <translation>no se puede crear la tabla schema_version: %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this PayDesk knows (%2); update PayDesk</source>
        <translation>la base de datos tiene la versión de esquema %1, más reciente que la que conoce este PayDesk (%2); actualice PayDesk</translation>
    </message>
    <message>
        <source>cannot read the migration %1</source>
        <translation>no se puede leer la migración %1</translation>
    </message>
    <message>
        <source>cannot start a transaction for migration %1: %2</source>
        <translation>no se puede iniciar una transacción para la migración %1: %2</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>la migración %1 falló: %2</translation>
    </message>
    <message>
        <source>cannot record migration %1: %2</source>
        <translation>no se puede registrar la migración %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Writes a deterministic synthetic registry CSV.</source>
        <translation>Escribe un CSV de registro sintético y determinista.</translation>
    </message>
    <message>
        <source>Number of beneficiaries.</source>
        <translation>Número de beneficiarios.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>Share of broken rows, 0 to 1.</source>
        <translation>Proporción de filas erróneas, de 0 a 1.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Archivo de salida.</translation>
    </message>
    <message>
        <source>--count takes a whole number of rows, not &quot;%1&quot;.</source>
        <translation>--count admite un número entero de filas, no «%1».</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation>--seed admite un número entero, no «%1».</translation>
    </message>
    <message>
        <source>--bad-share takes a number from 0 to 1, not &quot;%1&quot;.</source>
        <translation>--bad-share admite un número de 0 a 1, no «%1».</translation>
    </message>
    <message>
        <source>demo-data needs --out FILE.</source>
        <translation>demo-data necesita --out ARCHIVO.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoRegistryGenerator</name>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
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
        <translation>el rango de tamaño de hogar debe estar entre 1 y 50, el menor primero (es de %1 a %2)</translation>
    </message>
    <message>
        <source>the age range must lie within 0 to 130 years, youngest first</source>
        <translation>el rango de edad debe estar entre 0 y 130 años, el menor primero</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>cannot read the registry: %1</source>
        <translation>no se puede leer el registro: %1</translation>
    </message>
    <message>
        <source>cannot update the enrolment: %1</source>
        <translation>no se puede actualizar la inscripción: %1</translation>
    </message>
    <message>
        <source>cannot commit the enrolment: %1</source>
        <translation>no se puede confirmar la inscripción: %1</translation>
    </message>
</context>
<context>
    <name>EntitlementRule</name>
    <message numerus="yes">
        <source>a household of %n member(s)</source>
        <translation>
            <numerusform>un hogar de %n miembro</numerusform>
            <numerusform>un hogar de %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>región %1</translation>
    </message>
    <message>
        <source>the other regions</source>
        <translation>las demás regiones</translation>
    </message>
    <message>
        <source>the household cap must be from 1 to %1 members</source>
        <translation>el tope por hogar debe ser de 1 a %1 miembros</translation>
    </message>
    <message>
        <source>the amount per member must be zero or more, in %1</source>
        <translation>el importe por miembro debe ser cero o más, en %1</translation>
    </message>
    <message>
        <source>the region table is empty</source>
        <translation>la tabla de regiones está vacía</translation>
    </message>
    <message>
        <source>region %1 is in the table twice</source>
        <translation>la región %1 aparece dos veces en la tabla</translation>
    </message>
    <message>
        <source>the amount for %1 is too large</source>
        <translation>el importe para %1 es demasiado grande</translation>
    </message>
    <message>
        <source>the amount for %1 is in %2, the program pays in %3</source>
        <translation>el importe para %1 está en %2, el programa paga en %3</translation>
    </message>
    <message>
        <source>the amount for %1 must be more than zero</source>
        <translation>el importe para %1 debe ser mayor que cero</translation>
    </message>
    <message>
        <source>the amount for %1 would be %2 %3, but the payment backend pays whole %3 only</source>
        <translation>el importe para %1 sería %2 %3, pero el sistema de pago solo paga %3 enteros</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entitlement rule</source>
        <translation>«%1» no es una regla de derechos</translation>
    </message>
    <message>
        <source>every beneficiary</source>
        <translation>cada beneficiario</translation>
    </message>
</context>
<context>
    <name>EntitlementState</name>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>en espera de aprobación</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>EntitlementTableModel</name>
    <message>
        <source>Registry ID</source>
        <translation>ID de registro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>EntitlementTransition</name>
    <message>
        <source>the entitlement is already %1</source>
        <translation>el derecho ya está %1</translation>
    </message>
    <message>
        <source>the entitlement is %1 and cannot become %2</source>
        <translation>el derecho está %1 y no puede pasar a %2</translation>
    </message>
</context>
<context>
    <name>EntitlementWriter</name>
    <message>
        <source>cannot write the entitlements: %1</source>
        <translation>no se pueden escribir los derechos: %1</translation>
    </message>
    <message>
        <source>cannot write the entitlements: their total is too large</source>
        <translation>no se pueden escribir los derechos: su total es demasiado grande</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>An evidence pack of a cycle, or of one of its batches (--batch): the batch bundles with their manifests and officers&apos; sign-off, the approvals, the findings and their acknowledgements, the audit entries, the reconciliation, every payment and the PDF report, in a new folder sealed by an index of SHA-256 sums. paydesk-cli review FOLDER checks it with nothing else.</source>
        <translation>Un paquete de evidencias de un ciclo, o de uno de sus lotes (--batch): los paquetes de lotes con sus manifiestos y el visado de los funcionarios, las aprobaciones, los hallazgos y sus reconocimientos, las entradas de auditoría, la conciliación, cada pago y el informe PDF, en una carpeta nueva sellada con un índice de sumas SHA-256. paydesk-cli review CARPETA lo comprueba sin nada más.</translation>
    </message>
    <message>
        <source>The new folder.</source>
        <translation>La carpeta nueva.</translation>
    </message>
    <message>
        <source>Only this batch of the cycle.</source>
        <translation>Solo este lote del ciclo.</translation>
    </message>
    <message>
        <source>evidence takes a cycle id and --out DIR (and --batch ID for one batch).</source>
        <translation>evidence admite un identificador de ciclo y --out CARPETA (y --batch ID para un lote).</translation>
    </message>
    <message>
        <source>Cannot make the evidence pack: %1</source>
        <translation>No se puede crear el paquete de evidencias: %1</translation>
    </message>
    <message>
        <source>Evidence pack of cycle %1 written to %2; check it with paydesk-cli review %2.</source>
        <translation>Paquete de evidencias del ciclo %1 escrito en %2; compruébelo con paydesk-cli review %2.</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>batch %1 is not a batch of cycle %2</source>
        <translation>el lote %1 no es un lote del ciclo %2</translation>
    </message>
    <message>
        <source>%1 is not empty: an evidence pack goes into a new folder</source>
        <translation>%1 no está vacía: un paquete de evidencias va en una carpeta nueva</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot read the approvals: %1</source>
        <translation>no se pueden leer las aprobaciones: %1</translation>
    </message>
    <message>
        <source>cannot read the payments of batch %1: %2</source>
        <translation>no se pueden leer los pagos del lote %1: %2</translation>
    </message>
    <message>
        <source>cannot write the payments: %1</source>
        <translation>no se pueden escribir los pagos: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>EvidencePackVerifier</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is not JSON (at byte %1: %2)</source>
        <translation>no es JSON (en el byte %1: %2)</translation>
    </message>
    <message>
        <source>%1 is not a PayDesk evidence pack: pack.json %2</source>
        <translation>%1 no es un paquete de evidencias de PayDesk: pack.json %2</translation>
    </message>
    <message>
        <source>names no known format</source>
        <translation>no nombra ningún formato conocido</translation>
    </message>
    <message>
        <source>is listed but missing or unreadable</source>
        <translation>está listado pero falta o es ilegible</translation>
    </message>
    <message>
        <source>is not the file the pack was made with (its SHA-256 differs)</source>
        <translation>no es el archivo con el que se hizo el paquete (su SHA-256 difiere)</translation>
    </message>
    <message>
        <source>was added after the pack was made</source>
        <translation>se añadió después de hacer el paquete</translation>
    </message>
    <message>
        <source>%1 files as listed</source>
        <translation>%1 archivos conformes al índice</translation>
    </message>
    <message>
        <source>entry %1 (%2) does not match its hash or is out of order</source>
        <translation>la entrada %1 (%2) no coincide con su hash o está fuera de orden</translation>
    </message>
    <message>
        <source>%1 audit entries, each matching its hash</source>
        <translation>%1 entradas de auditoría, cada una conforme a su hash</translation>
    </message>
    <message>
        <source>%1 approved twice</source>
        <translation>%1 aprobó dos veces</translation>
    </message>
    <message>
        <source>%1 approved the cycle they made</source>
        <translation>%1 aprobó el ciclo que él mismo preparó</translation>
    </message>
    <message>
        <source>%1&apos;s approval is not in the audit entries</source>
        <translation>la aprobación de %1 no está en las entradas de auditoría</translation>
    </message>
    <message>
        <source>%1 distinct checker(s) approved; the tiers ask for %2</source>
        <translation>%1 verificador(es) distinto(s) aprobaron; los tramos piden %2</translation>
    </message>
    <message>
        <source>approved by %1 of the %2 checker(s) the total needs</source>
        <translation>aprobado por %1 de los %2 verificador(es) que el total necesita</translation>
    </message>
    <message>
        <source>the acknowledgement by %1 is not the audit entry it names</source>
        <translation>el visto bueno de %1 no es la entrada de auditoría que nombra</translation>
    </message>
    <message>
        <source>has no manifest</source>
        <translation>no tiene manifiesto</translation>
    </message>
    <message>
        <source>sign-off: %1</source>
        <translation>visado: %1</translation>
    </message>
    <message>
        <source>missing, and the program requires it</source>
        <translation>falta, y el programa lo exige</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) the receiver would refuse</source>
        <translation>
            <numerusform>%n problema que el receptor rechazaría</numerusform>
            <numerusform>%n problemas que el receptor rechazaría</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1: %2 payments on record for %3 rows in its file</source>
        <translation>lote %1: %2 pagos registrados para %3 filas en su archivo</translation>
    </message>
    <message>
        <source>%1 batch bundles for %2 batches reconciled</source>
        <translation>%1 paquetes de lote para %2 lotes conciliados</translation>
    </message>
    <message>
        <source>%1 batch bundles reviewed against their manifests and sign-offs</source>
        <translation>%1 paquetes de lote revisados contra sus manifiestos y visados</translation>
    </message>
    <message>
        <source>who signed cannot be checked without the administrator&apos;s certificate to trust (--trust)</source>
        <translation>no se puede comprobar quién firmó sin el certificado del administrador en el que confiar (--trust)</translation>
    </message>
    <message>
        <source>the certificate to trust: %1</source>
        <translation>el certificado de confianza: %1</translation>
    </message>
    <message>
        <source>has no checkpoint of the log: %1</source>
        <translation>no tiene punto de control del registro: %1</translation>
    </message>
    <message>
        <source>entry %1 is newer than the pack&apos;s checkpoint of %2 entries</source>
        <translation>la entrada %1 es más reciente que el punto de control del paquete, de %2 entradas</translation>
    </message>
    <message>
        <source>%1 of them signed by officers the anchor certified, in the role the act needs; %2 made before signatures</source>
        <translation>%1 de ellas firmadas por funcionarios que el ancla certificó, en el rol que exige el acto; %2 hechas antes de las firmas</translation>
    </message>
</context>
<context>
    <name>FailureReasonText</name>
    <message>
        <source>the payee&apos;s account was not found</source>
        <translation>no se encontró la cuenta del beneficiario</translation>
    </message>
    <message>
        <source>the transfer expired before it completed</source>
        <translation>la transferencia caducó antes de completarse</translation>
    </message>
    <message>
        <source>a bank along the way had too little money to settle it</source>
        <translation>un banco del recorrido no tenía fondos suficientes para liquidarlo</translation>
    </message>
    <message>
        <source>a bank or the switch could not be reached</source>
        <translation>no se pudo contactar con un banco o con el conmutador</translation>
    </message>
    <message>
        <source>a server along the way failed</source>
        <translation>falló un servidor del recorrido</translation>
    </message>
    <message>
        <source>the payment&apos;s details were not accepted</source>
        <translation>no se aceptaron los datos del pago</translation>
    </message>
    <message>
        <source>something the payment names was not found</source>
        <translation>no se encontró algo que el pago nombra</translation>
    </message>
    <message>
        <source>it expired before it completed</source>
        <translation>caducó antes de completarse</translation>
    </message>
    <message>
        <source>the payer&apos;s bank refused it</source>
        <translation>el banco del pagador lo rechazó</translation>
    </message>
    <message>
        <source>a limit of the payer&apos;s account was reached</source>
        <translation>se alcanzó un límite de la cuenta del pagador</translation>
    </message>
    <message>
        <source>the payer&apos;s account may not send it</source>
        <translation>la cuenta del pagador no puede enviarlo</translation>
    </message>
    <message>
        <source>the payer&apos;s account is blocked</source>
        <translation>la cuenta del pagador está bloqueada</translation>
    </message>
    <message>
        <source>the payee&apos;s bank or wallet refused it</source>
        <translation>el banco o la billetera del beneficiario lo rechazó</translation>
    </message>
    <message>
        <source>a limit of the payee&apos;s account was reached</source>
        <translation>se alcanzó un límite de la cuenta del beneficiario</translation>
    </message>
    <message>
        <source>the payee&apos;s account may not receive it</source>
        <translation>la cuenta del beneficiario no puede recibirlo</translation>
    </message>
    <message>
        <source>the payee&apos;s account is blocked</source>
        <translation>la cuenta del beneficiario está bloqueada</translation>
    </message>
    <message>
        <source>the receiver did not accept the payment&apos;s reference</source>
        <translation>el receptor no aceptó la referencia del pago</translation>
    </message>
    <message>
        <source>the receiver already had this payment, so it was not paid twice</source>
        <translation>el receptor ya tenía este pago, así que no se pagó dos veces</translation>
    </message>
    <message>
        <source>the receiver did not accept the payee&apos;s account</source>
        <translation>el receptor no aceptó la cuenta del beneficiario</translation>
    </message>
    <message>
        <source>the receiver did not accept the amount</source>
        <translation>el receptor no aceptó el importe</translation>
    </message>
    <message>
        <source>the receiver refused it</source>
        <translation>el receptor lo rechazó</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <comment>a failure in words, and the code it came with</comment>
        <translation>%1 (código %2)</translation>
    </message>
</context>
<context>
    <name>FailureReasonsChart</name>
    <message>
        <source>Why payments failed (click a bar for its payments)</source>
        <translation>Por qué fallaron pagos (pulse una barra para ver sus pagos)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>Why payments failed</source>
        <translation>Por qué fallaron los pagos</translation>
    </message>
</context>
<context>
    <name>FileReviewPage</name>
    <message>
        <source>Open a Payment Hub EE batch file, or the CSV of an exported bundle, to review it. Nothing is sent anywhere.</source>
        <translation>Abra un archivo de lote de Payment Hub EE, o el CSV de un paquete exportado, para revisarlo. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <source>optional: the tenant&apos;s certificate, to check the signature</source>
        <translation>opcional: el certificado del inquilino, para comprobar la firma</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Review a batch file</source>
        <translation>Revisar un archivo de lote</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate</source>
        <translation>El certificado del inquilino</translation>
    </message>
    <message>
        <source>%1 cannot be reviewed: %2</source>
        <translation>%1 no se puede revisar: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 bytes, total %4.</source>
        <translation>%1: %2 filas, %3 bytes, total %4.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problema encontrado.</numerusform>
            <numerusform>%n problemas encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>&amp;Resultados…</translation>
    </message>
    <message>
        <source>E&amp;xport review…</source>
        <translation>E&amp;xportar revisión…</translation>
    </message>
    <message>
        <source>Open a batch file first, then the hub&apos;s results for it.</source>
        <translation>Abra primero un archivo de lote y luego los resultados del hub para él.</translation>
    </message>
    <message>
        <source>The hub&apos;s results for this batch</source>
        <translation>Los resultados del hub para este lote</translation>
    </message>
    <message>
        <source>Batch detail or result file (*.json *.csv);;All files (*)</source>
        <translation>Detalle de lote o archivo de resultados (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation>Exportar la revisión</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Batch file review</source>
        <translation>Revisión de archivo de lote</translation>
    </message>
    <message>
        <source>Against the hub&apos;s results: %1 paid, %2 failed, %3 in flight, %4 missing.</source>
        <translation>Frente a los resultados del hub: %1 pagados, %2 fallidos, %3 en curso, %4 faltantes.</translation>
    </message>
    <message>
        <source>The results cannot be compared: %1</source>
        <translation>No se pueden comparar los resultados: %1</translation>
    </message>
    <message>
        <source>Evidence &amp;pack…</source>
        <translation>&amp;Paquete de evidencias…</translation>
    </message>
    <message>
        <source>Check an evidence pack folder: every file, audit entry, approval, signature and batch in it.</source>
        <translation>Comprobar una carpeta de evidencias: cada archivo, entrada de auditoría, aprobación, firma y lote que contiene.</translation>
    </message>
    <message>
        <source>An evidence pack folder</source>
        <translation>Una carpeta de paquete de evidencias</translation>
    </message>
    <message>
        <source>Checking the evidence pack %1…</source>
        <translation>Comprobando el paquete de evidencias %1…</translation>
    </message>
    <message>
        <source>Evidence pack %1:</source>
        <translation>Paquete de evidencias %1:</translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>Comprobado: %1.</translation>
    </message>
    <message>
        <source>The evidence pack holds.</source>
        <translation>El paquete de evidencias es íntegro.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate, to check the signature</source>
        <translation>El certificado del inquilino, para comprobar la firma</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>Open a batch file (or an evidence pack) to see here what the hub would refuse.</source>
        <translation>Abra un archivo de lote (o un paquete de evidencias) para ver aquí lo que el hub rechazaría.</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>&amp;Certificado…</translation>
    </message>
    <message>
        <source>✓ %1: %2.</source>
        <translation>✓ %1: %2. {1:?}</translation>
    </message>
    <message>
        <source>✗ %1: %2.</source>
        <translation>✗ %1: %2. {1:?}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifiesto</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Visado</translation>
    </message>
</context>
<context>
    <name>FinancialAddressResolver</name>
    <message>
        <source>the mapper does not know this id</source>
        <translation>el mapper no conoce este identificador</translation>
    </message>
    <message>
        <source>the mapper holds this id as inactive</source>
        <translation>el mapper tiene este identificador como inactivo</translation>
    </message>
    <message>
        <source>no account is linked to this id</source>
        <translation>ninguna cuenta está vinculada a este identificador</translation>
    </message>
    <message>
        <source>the mapper says this id is not valid</source>
        <translation>el mapper dice que este identificador no es válido</translation>
    </message>
    <message>
        <source>the mapper gave no financial address (status &quot;%1&quot;)</source>
        <translation>el mapper no dio ninguna dirección financiera (estado «%1»)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the mapper&apos;s address &quot;%1&quot; cannot be used: %2</source>
        <translation>la dirección «%1» del mapper no se puede usar: %2</translation>
    </message>
    <message>
        <source>program %1 pays beneficiaries at their %2, not through the ID-to-account mapper</source>
        <translation>el programa %1 paga a los beneficiarios en su %2, no mediante el mapper identificador-cuenta</translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s beneficiaries: %1</source>
        <translation>no se pueden leer los beneficiarios del ciclo: %1</translation>
    </message>
    <message>
        <source>the mapper %1: %2</source>
        <translation>el mapper %1: %2</translation>
    </message>
    <message>
        <source>the mapper&apos;s answer says nothing of this id</source>
        <translation>la respuesta del mapper no dice nada de este identificador</translation>
    </message>
    <message>
        <source>cannot store the mapper&apos;s answers: %1</source>
        <translation>no se pueden guardar las respuestas del mapper: %1</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 beneficiaries</source>
        <translation>detenido tras %1 de %2 beneficiarios</translation>
    </message>
    <message>
        <source>cannot read the unresolved beneficiaries: %1</source>
        <translation>no se pueden leer los beneficiarios sin resolver: %1</translation>
    </message>
    <message>
        <source>not asked of the mapper yet</source>
        <translation>aún no consultado al mapper</translation>
    </message>
    <message>
        <source>Asking the ID-to-account mapper: %1 of %2 beneficiaries…</source>
        <translation>Consultando al mapper identificador-cuenta: %1 de %2 beneficiarios…</translation>
    </message>
</context>
<context>
    <name>FindingsCommand</name>
    <message>
        <source>The share an amount may move by unnoticed.</source>
        <translation>La proporción en que un importe puede variar sin señalarse.</translation>
    </message>
    <message>
        <source>Acknowledge the findings (a checker).</source>
        <translation>Reconocer los hallazgos (un verificador).</translation>
    </message>
    <message>
        <source>findings takes a cycle id; --jump-share a share above 0 such as 0.5.</source>
        <translation>findings admite un identificador de ciclo; --jump-share una proporción mayor que 0, como 0.5.</translation>
    </message>
    <message>
        <source>Against cycle %1 (%2):</source>
        <translation>Frente al ciclo %1 (%2):</translation>
    </message>
    <message>
        <source>The program&apos;s first cycle: nothing to compare with.</source>
        <translation>El primer ciclo del programa: nada con qué comparar.</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>You acknowledged these findings.</source>
        <translation>Usted reconoció estos hallazgos.</translation>
    </message>
    <message>
        <source>Not acknowledged by you.</source>
        <translation>Aún no reconocido por usted.</translation>
    </message>
    <message>
        <source>What a checker should see before approving a cycle: beneficiaries who joined or left since the program&apos;s previous cycle, amounts that moved by more than --jump-share (0.5: 50 %), payees paid at another account last time, accounts shared by several beneficiaries, beneficiaries the program cannot pay as the registry stands, and beneficiaries paid by another program&apos;s cycle of the same period. --acknowledge: the acting checker acknowledges them, in the audit log.</source>
        <translation>Lo que un verificador debe ver antes de aprobar un ciclo: beneficiarios que entraron o salieron desde el ciclo anterior del programa, importes que cambiaron más de --jump-share (0.5: 50 %), beneficiarios pagados en otra cuenta la última vez, cuentas compartidas por varios beneficiarios, beneficiarios a los que el programa no puede pagar tal como está el registro, y beneficiarios pagados por el ciclo de otro programa del mismo periodo. --acknowledge: el verificador que actúa toma nota de ellos, en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The payees were not looked up: %1</source>
        <translation>No se consultó a los beneficiarios: %1</translation>
    </message>
    <message>
        <source>Payees looked up on the payment network: %1 asked, %2 not found, %3 known already.</source>
        <translation>Beneficiarios consultados en la red de pagos: %1 consultados, %2 no encontrados, %3 ya conocidos.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>&amp;Show this guide at start until a program exists</source>
        <translation>&amp;Mostrar esta guía al inicio mientras no exista ningún programa</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>From an empty database to a first payment. Each step is marked once it is done.</source>
        <translation>De una base vacía a un primer pago. Cada paso se marca cuando está hecho.</translation>
    </message>
    <message>
        <source>Registry: import the beneficiaries from a CSV file (now %1).</source>
        <translation>Registro: importar los beneficiarios desde un archivo CSV (ahora %1).</translation>
    </message>
    <message>
        <source>&amp;Import registry…</source>
        <translation>&amp;Importar registro…</translation>
    </message>
    <message>
        <source>Program: its amount, who is eligible, the payer account and the payment hub; then enrol the registry.</source>
        <translation>Programa: su importe, quién es elegible, la cuenta pagadora y el hub de pago; luego inscribir el registro.</translation>
    </message>
    <message>
        <source>Go to &amp;Programs</source>
        <translation>Ir a &amp;Programas</translation>
    </message>
    <message>
        <source>Cycle: a maker creates it and generates the entitlements; a checker approves it.</source>
        <translation>Ciclo: un preparador lo crea y genera los derechos; un verificador lo aprueba.</translation>
    </message>
    <message>
        <source>Go to &amp;Cycles</source>
        <translation>Ir a &amp;Ciclos</translation>
    </message>
    <message>
        <source>Payment: a maker prepares the batches; a checker sends them to the hub.</source>
        <translation>Pago: un preparador prepara los lotes; un verificador los envía al hub.</translation>
    </message>
    <message>
        <source>Go to &amp;Batches</source>
        <translation>Ir a &amp;Lotes</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>step %1, to do</source>
        <translation>paso %1, pendiente</translation>
    </message>
    <message>
        <source>Administrator: their key and the anchor certificate that certifies every officer&apos;s key (at the first sign-in: Set up the administrator).</source>
        <translation>Administrador: su clave y el certificado ancla que certifica la clave de cada funcionario (en el primer inicio de sesión: Configurar el administrador).</translation>
    </message>
    <message>
        <source>Go to &amp;Officers</source>
        <translation>Ir a &amp;Funcionarios</translation>
    </message>
    <message>
        <source>Officers: at least one maker and one checker (now %1 and %2). Each makes their key at the sign-in (Make my key…); the administrator adds them and certifies the request on the Officers page.</source>
        <translation>Funcionarios: al menos un preparador y un verificador (ahora %1 y %2). Cada uno crea su clave al iniciar sesión (Crear mi clave…); el administrador los añade y certifica la solicitud en la página Funcionarios.</translation>
    </message>
</context>
<context>
    <name>G2pConnectCallbackServer</name>
    <message>
        <source>cannot listen for the mapper&apos;s answers at %1: %2</source>
        <translation>no se pueden escuchar las respuestas del mapper en %1: %2</translation>
    </message>
</context>
<context>
    <name>G2pConnectChannel</name>
    <message>
        <source>batch %1&apos;s file cannot be read: %2</source>
        <translation>el archivo del lote %1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>the receiver answered %1 statuses for %2 payments: PayDesk cannot tell whether it has batch %3</source>
        <translation>el receptor respondió %1 estados para %2 pagos: PayDesk no puede saber si tiene el lote %3</translation>
    </message>
    <message>
        <source>this program signs its G2P Connect requests (key id %1): they need its Ed25519 private key</source>
        <translation>este programa firma sus solicitudes G2P Connect (identificador de clave %1): necesitan su clave privada Ed25519</translation>
    </message>
</context>
<context>
    <name>G2pConnectClient</name>
    <message>
        <source>no complete answer from %1: %2</source>
        <translation>ninguna respuesta completa de %1: %2</translation>
    </message>
    <message>
        <source>the request did not reach %1: %2</source>
        <translation>la solicitud no llegó a %1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondió HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 answered something that is not a G2P Connect answer: %2</source>
        <translation>%1 respondió algo que no es una respuesta G2P Connect: %2</translation>
    </message>
    <message>
        <source>the receiver has seen this request before (rjct.message_id.duplicate): PayDesk asks it which payments it holds</source>
        <translation>el receptor ya vio esta solicitud (rjct.message_id.duplicate): PayDesk le pregunta qué pagos tiene</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the receiver refused the request: %1</source>
        <translation>el receptor rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>the receiver refused the request: %1 (%2)</source>
        <translation>el receptor rechazó la solicitud: %1 (%2)</translation>
    </message>
    <message>
        <source>the receiver refused the status request: %1</source>
        <translation>el receptor rechazó la consulta de estado: %1</translation>
    </message>
    <message>
        <source>the mapper refused the request: %1</source>
        <translation>el mapeador rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>the mapper did not acknowledge the request (%1): %2 %3</source>
        <translation>el mapeador no acusó recibo de la solicitud (%1): %2 %3</translation>
    </message>
    <message>
        <source>the mapper acknowledged the request but did not answer at %1 within %2 s</source>
        <translation>el mapeador acusó recibo de la solicitud pero no respondió en %1 en %2 s</translation>
    </message>
    <message>
        <source>the request could not be signed: %1</source>
        <translation>no se pudo firmar la solicitud: %1</translation>
    </message>
</context>
<context>
    <name>G2pConnectDisburseWriter</name>
    <message>
        <source>%1 %2 has more decimals than G2P Connect&apos;s two</source>
        <translation>%1 %2 tiene más decimales que los dos de G2P Connect</translation>
    </message>
    <message>
        <source>payment %1 has no valid payee or amount</source>
        <translation>el pago %1 no tiene destinatario o importe válido</translation>
    </message>
    <message>
        <source>payment %1: %2</source>
        <translation>pago %1: %2</translation>
    </message>
</context>
<context>
    <name>G2pConnectRequestReviewer</name>
    <message>
        <source>the request is not a JSON object: %1 at byte %2</source>
        <translation>la solicitud no es un objeto JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>the request has no message.disbursements: it is not a G2P Connect disburse request</source>
        <translation>la solicitud no tiene message.disbursements: no es una solicitud de desembolso G2P Connect</translation>
    </message>
    <message>
        <source>the version is not 1.0.0: the receiver refuses it (rjct.version.invalid)</source>
        <translation>la versión no es 1.0.0: el receptor la rechaza (rjct.version.invalid)</translation>
    </message>
    <message>
        <source>the header has no %1: the receiver refuses the request</source>
        <translation>la cabecera no tiene %1: el receptor rechaza la solicitud</translation>
    </message>
    <message>
        <source>the action is &quot;%1&quot;, not &quot;disburse&quot; (rjct.action.invalid)</source>
        <translation>la acción es «%1», no «disburse» (rjct.action.invalid)</translation>
    </message>
    <message>
        <source>total_count says %1, the request holds %2 disbursements (rjct.total_count.invalid)</source>
        <translation>total_count indica %1, la solicitud contiene %2 desembolsos (rjct.total_count.invalid)</translation>
    </message>
    <message>
        <source>no transaction id: the batch could never be found again</source>
        <translation>sin identificador de transacción: el lote nunca podría volver a encontrarse</translation>
    </message>
    <message>
        <source>no reference id: the payment could never be reconciled</source>
        <translation>sin identificador de referencia: el pago nunca podría conciliarse</translation>
    </message>
    <message>
        <source>reference id %1 is also disbursement %2: the receiver refuses the second</source>
        <translation>el identificador de referencia %1 es también el desembolso %2: el receptor rechaza el segundo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a financial address: %2</source>
        <translation>«%1» no es una dirección financiera: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation>«%1» no es una moneda ISO 4217</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount with at most two decimals</source>
        <translation>«%1» no es un importe con dos decimales como máximo</translation>
    </message>
    <message>
        <source>%1 is not more than zero</source>
        <translation>%1 no es mayor que cero</translation>
    </message>
</context>
<context>
    <name>G2pConnectSignature</name>
    <message>
        <source>the request is not a G2P Connect envelope (header and message)</source>
        <translation>la solicitud no es un sobre G2P Connect (header y message)</translation>
    </message>
    <message>
        <source>the signature field is missing or not G2P Connect&apos;s (algorithm ed25519, kidId, created, expires, signature)</source>
        <translation>el campo de firma falta o no es el de G2P Connect (algorithm ed25519, kidId, created, expires, signature)</translation>
    </message>
    <message>
        <source>the signature names sender %1, the header %2</source>
        <translation>la firma nombra al remitente %1, la cabecera a %2</translation>
    </message>
    <message>
        <source>the signature is not valid now (created %1, expires %2)</source>
        <translation>la firma no es válida ahora (creada %1, expira %2)</translation>
    </message>
    <message>
        <source>the sender&apos;s public key is not an Ed25519 key in PEM</source>
        <translation>la clave pública del remitente no es una clave Ed25519 en PEM</translation>
    </message>
    <message>
        <source>the signature does not match the header and message with the sender&apos;s key</source>
        <translation>la firma no corresponde a la cabecera y el mensaje con la clave del remitente</translation>
    </message>
</context>
<context>
    <name>HubConnectionTester</name>
    <message>
        <source>no address is set</source>
        <translation>no hay ninguna dirección</translation>
    </message>
    <message>
        <source>bulk processor %1</source>
        <translation>procesador de lotes %1</translation>
    </message>
    <message>
        <source>bulk processor</source>
        <translation>procesador de lotes</translation>
    </message>
    <message>
        <source>does not answer: not running, a wrong address or port, a firewall, or a TLS certificate not trusted (give its CA)</source>
        <translation>no responde: detenido, dirección o puerto erróneos, un cortafuegos, o un certificado TLS no reconocido (indique su autoridad de certificación)</translation>
    </message>
    <message>
        <source>operations app %1</source>
        <translation>aplicación de operaciones %1</translation>
    </message>
    <message>
        <source>operations app</source>
        <translation>aplicación de operaciones</translation>
    </message>
    <message>
        <source>answers for tenant %1</source>
        <translation>responde para el inquilino %1</translation>
    </message>
    <message>
        <source>G2P Connect receiver %1</source>
        <translation>receptor G2P Connect %1</translation>
    </message>
    <message>
        <source>G2P Connect receiver</source>
        <translation>receptor G2P Connect</translation>
    </message>
    <message>
        <source>answers txn/status</source>
        <translation>responde a txn/status</translation>
    </message>
    <message>
        <source>ID-to-account mapper %1</source>
        <translation>correspondencia ID-a-cuenta %1</translation>
    </message>
    <message>
        <source>answers resolve</source>
        <translation>responde a resolve</translation>
    </message>
    <message>
        <source>something answers there, but it has no batch endpoint (HTTP 404, not found): check the address and its path</source>
        <translation>algo responde ahí, pero no tiene el punto de entrada de lotes (HTTP 404, no encontrado): compruebe la dirección y su ruta</translation>
    </message>
    <message>
        <source>it answers with a server error (HTTP %1): ask the hub&apos;s operator</source>
        <translation>responde con un error del servidor (HTTP %1): consulte al operador del hub</translation>
    </message>
    <message>
        <source>it is there and takes batches (HTTP %1 to a test that sends none)</source>
        <translation>está ahí y acepta lotes (HTTP %1 a una prueba que no envía ninguno)</translation>
    </message>
    <message>
        <source>answers with a server error (HTTP %1): it may have no tenant %2, or be unwell; ask the hub&apos;s operator</source>
        <translation>responde con un error del servidor (HTTP %1): quizá no tenga el inquilino %2, o esté fallando; consulte al operador del hub</translation>
    </message>
</context>
<context>
    <name>HubListReader</name>
    <message>
        <source>the hub&apos;s pages of %1 changed size in the middle of the list: PayDesk cannot tell whether it read every row</source>
        <translation>las páginas de %1 del hub cambiaron de tamaño en mitad de la lista: PayDesk no puede saber si leyó cada fila</translation>
    </message>
    <message>
        <source>the hub&apos;s list %1 could not be read to its end (page %2): %3</source>
        <translation>la lista %1 del hub no pudo leerse hasta el final (página %2): %3</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to %1 is not a list (neither &quot;data&quot; nor &quot;content&quot;): PayDesk cannot tell what it holds</source>
        <translation>la respuesta del hub a %1 no es una lista (ni «data» ni «content»): PayDesk no puede saber qué contiene</translation>
    </message>
    <message>
        <source>the hub answered the same page of %1 twice: it does not page as asked, so PayDesk cannot tell whether it read every row</source>
        <translation>el hub respondió dos veces la misma página de %1: no pagina como se le pide, así que PayDesk no puede saber si leyó cada fila</translation>
    </message>
    <message>
        <source>the hub answered page %1 of %2 when asked for page %3</source>
        <translation>el hub respondió la página %1 de %2 cuando se le pidió la página %3</translation>
    </message>
    <message>
        <source>the hub answered more rows of %1 than asked for in the middle of the list</source>
        <translation>el hub respondió más filas de %1 de las pedidas en mitad de la lista</translation>
    </message>
    <message>
        <source>the hub&apos;s list %1 ended at %2 rows although it announced more: PayDesk cannot tell whether it read every row</source>
        <translation>la lista %1 del hub terminó en %2 filas aunque anunciaba más: PayDesk no puede saber si leyó cada fila</translation>
    </message>
    <message>
        <source>the hub&apos;s list %1 did not end after %2 pages</source>
        <translation>la lista %1 del hub no terminó tras %2 páginas</translation>
    </message>
</context>
<context>
    <name>HubLookup</name>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message numerus="yes">
        <source>the receiver listed %n batch(es) or payment(s)</source>
        <translation>
            <numerusform>el receptor listó %n lote o pago</numerusform>
            <numerusform>el receptor listó %n lotes o pagos</numerusform>
        </translation>
    </message>
    <message>
        <source>started from %1 to %2</source>
        <translation>iniciados de %1 a %2</translation>
    </message>
    <message>
        <source>at %1 by its own clock</source>
        <translation>a las %1 según su propio reloj</translation>
    </message>
</context>
<context>
    <name>HubSandbox</name>
    <message>
        <source>the bulk processor&apos;s TLS certificate or key cannot be read</source>
        <translation>no se puede leer el certificado o la clave TLS del procesador de lotes</translation>
    </message>
    <message>
        <source>the bulk processor cannot listen on port %1</source>
        <translation>el procesador de lotes no puede escuchar en el puerto %1</translation>
    </message>
    <message>
        <source>the bulk processor cannot listen on port %1: %2</source>
        <translation>el procesador de lotes no puede escuchar en el puerto %1: %2</translation>
    </message>
    <message>
        <source>the operations app cannot listen on port %1: %2</source>
        <translation>la aplicación de operaciones no puede escuchar en el puerto %1: %2</translation>
    </message>
</context>
<context>
    <name>HubSimulator</name>
    <message>
        <source>it is not a sandbox hub&apos;s state (format %1)</source>
        <translation>no es el estado de un hub de pruebas (formato %1)</translation>
    </message>
    <message>
        <source>the sandbox hub has accepted work already</source>
        <translation>el hub de pruebas ya aceptó trabajo</translation>
    </message>
    <message>
        <source>transfer %1 is out of place</source>
        <translation>la transferencia %1 está fuera de lugar</translation>
    </message>
</context>
<context>
    <name>HubStateFile</name>
    <message>
        <source>cannot read the sandbox hub&apos;s state %1: %2</source>
        <translation>no se puede leer el estado del hub de pruebas %1: %2</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>cannot use the sandbox hub&apos;s state %1: %2</source>
        <translation>no se puede usar el estado del hub de pruebas %1: %2</translation>
    </message>
    <message>
        <source>cannot keep the sandbox hub&apos;s state in %1: %2</source>
        <translation>no se puede guardar el estado del hub de pruebas en %1: %2</translation>
    </message>
</context>
<context>
    <name>HubTenant</name>
    <message>
        <source>&quot;%1&quot; is not NAME, NAME,CERT.pem or NAME,CERT.pem,KEY.pem</source>
        <translation>«%1» no es NOMBRE, NOMBRE,CERT.pem o NOMBRE,CERT.pem,KEY.pem</translation>
    </message>
    <message>
        <source>tenant %1: cannot read %2: %3</source>
        <translation>inquilino %1: no se puede leer %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports a registry CSV. Accepted rows are written in one transaction; rejected rows are written to a file to fix and import again.</source>
        <translation>Importa un CSV de registro. Las filas aceptadas se escriben en una transacción; las rechazadas se escriben en un archivo para corregir e importar de nuevo.</translation>
    </message>
    <message>
        <source>Map a header to a field, e.g. &quot;Beneficiary No=registry_id&quot;.</source>
        <translation>Asociar una cabecera a un campo, p. ej. «Beneficiary No=registry_id».</translation>
    </message>
    <message>
        <source>Where to write rejected rows (default: FILE.rejected.csv).</source>
        <translation>Dónde escribir las filas rechazadas (por defecto: ARCHIVO.rejected.csv).</translation>
    </message>
    <message>
        <source>The registry CSV.</source>
        <translation>El CSV del registro.</translation>
    </message>
    <message>
        <source>import takes exactly one FILE.</source>
        <translation>import admite exactamente un ARCHIVO.</translation>
    </message>
    <message>
        <source>Rejected rows, with their reasons, are in %1.</source>
        <translation>Las filas rechazadas, con sus motivos, están en %1.</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Columnas ignoradas: %1.</translation>
    </message>
    <message>
        <source>Refuse the whole file when a record holds bytes that are not UTF-8 (by default only that record is rejected).</source>
        <translation>Rechazar todo el archivo cuando un registro contiene bytes que no son UTF-8 (por defecto solo se rechaza ese registro).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 filas leídas: %2 nuevas, %3 actualizadas, %4 sin cambios, %5 rechazadas.</translation>
    </message>
    <message>
        <source>%1 rows were imported with a value changed by a documented rule:</source>
        <translation>%1 filas se importaron con un valor cambiado por una regla documentada:</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>línea %1, columna %2 (%3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1 payee accounts of this file are held by more than one registry id (likely duplicates):</source>
        <translation>%1 cuentas de beneficiarios de este archivo pertenecen a más de un identificador del registro (probables duplicados):</translation>
    </message>
</context>
<context>
    <name>KeyFileWidgets</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>%1 exists already: PayDesk does not overwrite a key or certificate</source>
        <translation>%1 ya existe: PayDesk no sobrescribe una clave ni un certificado</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>KeyRequestDialog</name>
    <message>
        <source>Make my key</source>
        <translation>Crear mi clave</translation>
    </message>
    <message>
        <source>Your key signs everything you do in PayDesk. Keep the key file and its passphrase to yourself; give the request file to the administrator, who certifies it on the Officers page. Then sign in with the key.</source>
        <translation>Su clave firma todo lo que hace en PayDesk. Guarde para usted el archivo de clave y su frase de paso; entregue el archivo de solicitud al administrador, que lo certifica en la página Funcionarios. Después inicie sesión con la clave.</translation>
    </message>
    <message>
        <source>Your officer &amp;id:</source>
        <translation>Su &amp;identificador de funcionario:</translation>
    </message>
    <message>
        <source>Your &amp;key file:</source>
        <translation>Su archivo de &amp;clave:</translation>
    </message>
    <message>
        <source>Where to keep your key</source>
        <translation>Dónde guardar su clave</translation>
    </message>
    <message>
        <source>Keys (*.pem)</source>
        <translation>Claves (*.pem)</translation>
    </message>
    <message>
        <source>&amp;Request for the administrator:</source>
        <translation>&amp;Solicitud para el administrador:</translation>
    </message>
    <message>
        <source>Where to write the request</source>
        <translation>Dónde escribir la solicitud</translation>
    </message>
    <message>
        <source>Requests (*.req)</source>
        <translation>Solicitudes (*.req)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>Re&amp;pítala:</translation>
    </message>
    <message>
        <source>&amp;Make the key</source>
        <translation>&amp;Crear la clave</translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation>Rellene todos los campos.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Cannot make the key: %1</source>
        <translation>No se puede crear la clave: %1</translation>
    </message>
</context>
<context>
    <name>LocalSettings</name>
    <message>
        <source>the language moved from ui/language to interface/language</source>
        <translation>el idioma pasó de ui/language a interface/language</translation>
    </message>
    <message>
        <source>the settings are now of version %1</source>
        <translation>los ajustes están ahora en la versión %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL: %2</source>
        <translation>«%1» no es una URL: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL URL carries a password: PayDesk keeps it in the system keychain, not in its settings</source>
        <translation>la URL de PostgreSQL lleva una contraseña: PayDesk la guarda en el llavero del sistema, no en sus ajustes</translation>
    </message>
    <message>
        <source>the PostgreSQL server&apos;s host name is missing</source>
        <translation>falta el nombre de host del servidor PostgreSQL</translation>
    </message>
    <message>
        <source>the PostgreSQL port must be from 1 to 65535</source>
        <translation>el puerto de PostgreSQL debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL database&apos;s name is missing</source>
        <translation>falta el nombre de la base de datos PostgreSQL</translation>
    </message>
    <message>
        <source>the PostgreSQL user is missing</source>
        <translation>falta el usuario de PostgreSQL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full path to a file</source>
        <translation>«%1» no es la ruta completa de un archivo</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>PayDesk cannot read and write %1</source>
        <translation>PayDesk no puede leer y escribir %1</translation>
    </message>
    <message>
        <source>PayDesk cannot create %1: %2 is not a folder it may write in</source>
        <translation>PayDesk no puede crear %1: %2 no es una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <source>the hubs&apos; deadline must be from 1 to 600 seconds</source>
        <translation>el plazo de los hubs debe ser de 1 a 600 segundos</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>no existe el archivo %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>the window locks after 1 to 240 minutes without use, not %1</source>
        <translation>la ventana se bloquea tras 1 a 240 minutos sin uso, no %1</translation>
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
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>File review</source>
        <translation>Revisión de archivos</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>This computer&apos;s settings: the database, the hubs&apos; certificates and deadline, the language (Ctrl+,)</source>
        <translation>Los ajustes de este equipo: la base de datos, los certificados y el plazo de los hubs, el idioma (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>The steps from an empty database to a first payment (F1)</source>
        <translation>Los pasos de una base vacía a un primer pago (F1)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>A send is in progress</source>
        <translation>Hay un envío en curso</translation>
    </message>
    <message>
        <source>PayDesk is sending batches to the hub. Stop sending and close? The batch being posted is finished and recorded first; the rest stay ready.</source>
        <translation>PayDesk está enviando lotes al hub. ¿Detener el envío y cerrar? El lote que se está enviando se termina y se registra primero; los demás siguen listos.</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Funcionarios</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock the window until you sign in again (Ctrl+L)</source>
        <translation>Bloquear la ventana hasta que vuelva a iniciar sesión (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Sesión iniciada: %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Nadie ha iniciado sesión</translation>
    </message>
    <message>
        <source>The window of %1 is locked. Sign in again to go on.</source>
        <translation>La ventana de %1 está bloqueada. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>Sign in with your own key to work in PayDesk: every change is signed by the officer who makes it.</source>
        <translation>Inicie sesión con su propia clave para trabajar en PayDesk: cada cambio lo firma el funcionario que lo hace.</translation>
    </message>
    <message>
        <source>Work is in progress</source>
        <translation>Hay trabajo en curso</translation>
    </message>
    <message>
        <source>PayDesk is still working on something you started. Close anyway? It finishes that work first, then quits.</source>
        <translation>PayDesk aún está trabajando en algo que usted inició. ¿Cerrar de todos modos? Primero termina ese trabajo y luego se cierra.</translation>
    </message>
</context>
<context>
    <name>MakerChecker</name>
    <message>
        <source>%1 is no longer an active officer</source>
        <translation>%1 ya no es un funcionario activo</translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot change anything</source>
        <translation>%1 es observador y no puede cambiar nada</translation>
    </message>
    <message>
        <source>%1 is a checker: preparing is a maker&apos;s work</source>
        <translation>%1 es verificador: preparar es trabajo de un preparador</translation>
    </message>
    <message>
        <source>%1 is a maker: approving is a checker&apos;s work</source>
        <translation>%1 es preparador: aprobar es trabajo de un verificador</translation>
    </message>
    <message>
        <source>%1 submitted this and cannot also approve it</source>
        <translation>%1 envió esto a aprobación y no puede también aprobarlo</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>acción desconocida</translation>
    </message>
    <message>
        <source>%1 is a maker: sending money is a checker&apos;s work</source>
        <translation>%1 es preparador: enviar dinero es trabajo de un verificador</translation>
    </message>
    <message>
        <source>%1 is an administrator: administrators manage officers, not payments</source>
        <translation>%1 es administrador: los administradores gestionan funcionarios, no pagos</translation>
    </message>
</context>
<context>
    <name>MojaloopConnector</name>
    <message>
        <source>The Mojaloop switch did not answer within %1 ms</source>
        <translation>El conmutador Mojaloop no respondió en %1 ms</translation>
    </message>
    <message>
        <source>The Mojaloop connector cannot be reached: %1</source>
        <translation>No se puede contactar con el conector Mojaloop: %1</translation>
    </message>
    <message>
        <source>HTTP %1 from the Mojaloop connector</source>
        <translation>HTTP %1 del conector Mojaloop</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency</source>
        <translation>moneda desconocida</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>el importe está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain decimal amount</source>
        <translation>«%1» no es un importe decimal simple</translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s)</source>
        <translation>
            <numerusform>%1 admite como máximo %n decimal</numerusform>
            <numerusform>%1 admite como máximo %n decimales</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>el importe es demasiado grande</translation>
    </message>
</context>
<context>
    <name>Mt940Parser</name>
    <message>
        <source>a balance reads D or C, a date YYMMDD, an ISO 4217 currency and an amount such as 1000,00: &quot;%1&quot;</source>
        <translation>un saldo se escribe D o C, una fecha AAMMDD, una moneda ISO 4217 y un importe como 1000,00: «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2</source>
        <translation>«%1» no es un importe en %2</translation>
    </message>
    <message>
        <source>a statement line (:61:) reads value date, entry date, D/C/RD/RC, amount, type and reference: &quot;%1&quot;</source>
        <translation>una línea de extracto (:61:) se escribe fecha valor, fecha de asiento, D/C/RD/RC, importe, tipo y referencia: «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a date that does not exist</source>
        <translation>«%1» contiene una fecha que no existe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount above zero in %2</source>
        <translation>«%1» no es un importe mayor que cero en %2</translation>
    </message>
    <message>
        <source>the statement has %1 bytes, more than the %2 PayDesk reads</source>
        <translation>el extracto tiene %1 bytes, más de los %2 que PayDesk lee</translation>
    </message>
    <message>
        <source>line %1 has %2 characters: not an MT940 statement</source>
        <translation>la línea %1 tiene %2 caracteres: no es un extracto MT940</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a tag such as :61:</source>
        <translation>línea %1: «%2» no es una etiqueta como :61:</translation>
    </message>
    <message>
        <source>line %1: text before the first tag: not an MT940 statement</source>
        <translation>línea %1: texto antes de la primera etiqueta: no es un extracto MT940</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>a new statement (:20:) begins before the last one closed (:62F: or :62M:)</source>
        <translation>un nuevo extracto (:20:) empieza antes de cerrar el anterior (:62F: o :62M:)</translation>
    </message>
    <message>
        <source>the tag :%1: comes before any statement (:20:)</source>
        <translation>la etiqueta :%1: viene antes de cualquier extracto (:20:)</translation>
    </message>
    <message>
        <source>a statement line (:61:) comes before the opening balance (:60F:)</source>
        <translation>una línea de extracto (:61:) viene antes del saldo inicial (:60F:)</translation>
    </message>
    <message>
        <source>the statement lacks its account (:25:) or opening balance (:60F:)</source>
        <translation>al extracto le falta su cuenta (:25:) o su saldo inicial (:60F:)</translation>
    </message>
    <message>
        <source>the closing balance is in %1, the opening one in %2</source>
        <translation>el saldo final está en %1, el inicial en %2</translation>
    </message>
    <message>
        <source>the closing balance is %1 %2, but the opening balance and the entries make %3 %2</source>
        <translation>el saldo final es %1 %2, pero el saldo inicial y los movimientos dan %3 %2</translation>
    </message>
    <message>
        <source>the tag :%1: has no place in an MT940 statement</source>
        <translation>la etiqueta :%1: no tiene lugar en un extracto MT940</translation>
    </message>
    <message>
        <source>no statement (:20:) in the file</source>
        <translation>ningún extracto (:20:) en el archivo</translation>
    </message>
    <message>
        <source>the last statement has no closing balance (:62F:)</source>
        <translation>el último extracto no tiene saldo final (:62F:)</translation>
    </message>
</context>
<context>
    <name>OfficerAdministration</name>
    <message>
        <source>the administrator %1 has not signed in with their key</source>
        <translation>el administrador %1 no ha iniciado sesión con su clave</translation>
    </message>
    <message>
        <source>the certificate given is not the administrator %1&apos;s</source>
        <translation>el certificado dado no es el del administrador %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an officer id: %2</source>
        <translation>«%1» no es un identificador de funcionario: %2</translation>
    </message>
    <message>
        <source>cannot install the trust anchor: %1</source>
        <translation>no se puede instalar el ancla de confianza: %1</translation>
    </message>
    <message>
        <source>%1 is not an active administrator: only an administrator manages officers</source>
        <translation>%1 no es un administrador activo: solo un administrador gestiona a los funcionarios</translation>
    </message>
    <message>
        <source>an officer needs a name</source>
        <translation>un funcionario necesita un nombre</translation>
    </message>
    <message>
        <source>there is already an officer %1</source>
        <translation>ya existe un funcionario %1</translation>
    </message>
    <message>
        <source>cannot add the officer: %1</source>
        <translation>no se puede añadir al funcionario: %1</translation>
    </message>
    <message>
        <source>there is no officer %1</source>
        <translation>no existe el funcionario %1</translation>
    </message>
    <message>
        <source>the certificate names %1, not %2</source>
        <translation>el certificado nombra a %1, no a %2</translation>
    </message>
    <message>
        <source>an administrator&apos;s certificate is for administrators only</source>
        <translation>un certificado de administrador es solo para administradores</translation>
    </message>
    <message>
        <source>cannot certify the key: %1</source>
        <translation>no se puede certificar la clave: %1</translation>
    </message>
    <message>
        <source>%1 is already a %2</source>
        <translation>%1 ya es %2</translation>
    </message>
    <message>
        <source>an administrator is made with an administrator&apos;s certificate, not by a change of role</source>
        <translation>un administrador se crea con un certificado de administrador, no con un cambio de rol</translation>
    </message>
    <message>
        <source>there is no active officer %1</source>
        <translation>no existe el funcionario activo %1</translation>
    </message>
    <message>
        <source>an administrator cannot deactivate themself</source>
        <translation>un administrador no puede desactivarse a sí mismo</translation>
    </message>
    <message>
        <source>%1 has no certificate %2</source>
        <translation>%1 no tiene el certificado %2</translation>
    </message>
</context>
<context>
    <name>OfficerCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Set PAYDESK_KEY_PASSPHRASE to the new key&apos;s passphrase (8 characters or more).</source>
        <translation>Defina PAYDESK_KEY_PASSPHRASE con la frase de contraseña de la nueva clave (8 caracteres o más).</translation>
    </message>
    <message>
        <source>%1 exists already: PayDesk does not overwrite a key or certificate.</source>
        <translation>%1 ya existe: PayDesk no sobrescribe una clave ni un certificado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>admin init: the database&apos;s first act. Either PayDesk makes the administrator&apos;s key (--key-out, encrypted with PAYDESK_KEY_PASSPHRASE) and a self-signed CA certificate (--certificate-out) that certifies officers&apos; keys; or --trust names the ministry&apos;s CA certificate, and --certificate and --key the administrator&apos;s certificate it issued and its key.</source>
        <translation>admin init: el primer acto de la base de datos. O bien PayDesk crea la clave del administrador (--key-out, cifrada con PAYDESK_KEY_PASSPHRASE) y un certificado de CA autofirmado (--certificate-out) que certifica las claves de los funcionarios; o bien --trust nombra el certificado de CA del ministerio, y --certificate y --key el certificado que emitió para el administrador y su clave.</translation>
    </message>
    <message>
        <source>The administrator&apos;s officer id.</source>
        <translation>El identificador de funcionario del administrador.</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>El nombre completo del administrador.</translation>
    </message>
    <message>
        <source>Where to write the new key.</source>
        <translation>Dónde escribir la nueva clave.</translation>
    </message>
    <message>
        <source>Where to write the anchor certificate.</source>
        <translation>Dónde escribir el certificado ancla.</translation>
    </message>
    <message>
        <source>How long the anchor is valid (default 10).</source>
        <translation>Cuánto tiempo es válida el ancla (10 por defecto).</translation>
    </message>
    <message>
        <source>The ministry&apos;s CA certificate (PEM).</source>
        <translation>El certificado de CA del ministerio (PEM).</translation>
    </message>
    <message>
        <source>The administrator&apos;s certificate, issued by --trust.</source>
        <translation>El certificado del administrador, emitido por --trust.</translation>
    </message>
    <message>
        <source>The administrator&apos;s private key.</source>
        <translation>La clave privada del administrador.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>admin init needs --id and --name, and either --key-out and --certificate-out, or --trust, --certificate and --key.</source>
        <translation>admin init necesita --id y --name, y o bien --key-out y --certificate-out, o bien --trust, --certificate y --key.</translation>
    </message>
    <message>
        <source>Cannot make the administrator&apos;s key: %1</source>
        <translation>No se puede crear la clave del administrador: %1</translation>
    </message>
    <message>
        <source>Cannot install the anchor: %1</source>
        <translation>No se puede instalar el ancla: %1</translation>
    </message>
    <message>
        <source>%1 administers this database; the anchor&apos;s fingerprint is %2. Give the anchor certificate to auditors: they verify with --trust.</source>
        <translation>%1 administra esta base de datos; la huella del ancla es %2. Entregue el certificado ancla a los auditores: verifican con --trust.</translation>
    </message>
    <message>
        <source>officer request needs --key-out and --request-out.</source>
        <translation>officer request necesita --key-out y --request-out.</translation>
    </message>
    <message>
        <source>Cannot make the key: %1</source>
        <translation>No se puede crear la clave: %1</translation>
    </message>
    <message>
        <source>Key and request written. Keep the key; give %1 to the administrator to certify.</source>
        <translation>Clave y solicitud escritas. Guarde la clave; entregue %1 al administrador para que la certifique.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>No contado: %1</translation>
    </message>
    <message>
        <source>Officers: &quot;request ID&quot; (an officer&apos;s own key and certificate request), and an administrator&apos;s acts, signed with their key: &quot;add ID --name NAME --role maker|checker|viewer&quot;, &quot;certify ID --request REQ&quot; or &quot;--certificate CERT&quot;, &quot;role ID --role ROLE&quot;, &quot;deactivate ID&quot;, &quot;revoke-key ID --certificate FINGERPRINT&quot;; or &quot;list&quot;.</source>
        <translation>Funcionarios: «request ID» (la clave propia de un funcionario y su solicitud de certificado), y los actos de un administrador, firmados con su clave: «add ID --name NOMBRE --role maker|checker|viewer», «certify ID --request REQ» o «--certificate CERT», «role ID --role ROL», «deactivate ID», «revoke-key ID --certificate HUELLA»; o «list».</translation>
    </message>
    <message>
        <source>The officer&apos;s full name.</source>
        <translation>El nombre completo del funcionario.</translation>
    </message>
    <message>
        <source>maker, checker or viewer.</source>
        <translation>maker, checker o viewer.</translation>
    </message>
    <message>
        <source>The officer&apos;s certificate request (PEM).</source>
        <translation>La solicitud de certificado del funcionario (PEM).</translation>
    </message>
    <message>
        <source>certify: a certificate the ministry&apos;s CA issued (PEM); revoke-key: its fingerprint.</source>
        <translation>certify: un certificado emitido por la CA del ministerio (PEM); revoke-key: su huella.</translation>
    </message>
    <message>
        <source>certify: where to write the certificate made.</source>
        <translation>certify: dónde escribir el certificado creado.</translation>
    </message>
    <message>
        <source>certify: how long the certificate is valid (default 365).</source>
        <translation>certify: cuánto tiempo es válido el certificado (365 por defecto).</translation>
    </message>
    <message>
        <source>request: where to write the new key.</source>
        <translation>request: dónde escribir la nueva clave.</translation>
    </message>
    <message>
        <source>request: where to write the request.</source>
        <translation>request: dónde escribir la solicitud.</translation>
    </message>
    <message>
        <source>officer takes request, add, certify, role, deactivate or revoke-key with an ID, or list.</source>
        <translation>officer admite request, add, certify, role, deactivate o revoke-key con un ID, o list.</translation>
    </message>
    <message>
        <source>add needs --name and --role; role needs --role; certify needs --request or --certificate; revoke-key needs --certificate.</source>
        <translation>add necesita --name y --role; role necesita --role; certify necesita --request o --certificate; revoke-key necesita --certificate.</translation>
    </message>
    <message>
        <source>the request is for %1, not %2</source>
        <translation>la solicitud es para %1, no para %2</translation>
    </message>
    <message>
        <source>the anchor is the ministry&apos;s CA: certificates come from it (officer certify ID --certificate CERT)</source>
        <translation>el ancla es la CA del ministerio: los certificados vienen de ella (officer certify ID --certificate CERT)</translation>
    </message>
    <message>
        <source>The key of %1 is certified: certificate %2, valid until %3.</source>
        <translation>La clave de %1 está certificada: certificado %2, válido hasta %3.</translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translation>No se hizo nada: %1</translation>
    </message>
    <message>
        <source>add, on a shared PostgreSQL database: also the officer&apos;s own login, in the group of their role, with a new password printed once. role and deactivate follow an existing login.</source>
        <translation>add, en una base de datos PostgreSQL compartida: también el inicio de sesión propio del funcionario, en el grupo de su rol, con una contraseña nueva mostrada una vez. role y deactivate siguen a un inicio de sesión existente.</translation>
    </message>
    <message>
        <source>The database login %1 is made; its password, shown this once: %2. The officer keeps it in their keychain (PayDesk asks for it at the first start).</source>
        <translation>El inicio de sesión %1 en la base de datos está creado; su contraseña, mostrada solo esta vez: %2. El funcionario la guarda en su llavero (PayDesk la pide en el primer inicio).</translation>
    </message>
</context>
<context>
    <name>OfficerRepository</name>
    <message>
        <source>cannot add the officer: %1</source>
        <translation>no se puede añadir el funcionario: %1</translation>
    </message>
</context>
<context>
    <name>OfficerRole</name>
    <message>
        <source>maker</source>
        <translation>preparador</translation>
    </message>
    <message>
        <source>checker</source>
        <translation>verificador</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>observador</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>OfficerSignIn</name>
    <message>
        <source>there is no officer %1</source>
        <translation>no existe el funcionario %1</translation>
    </message>
    <message>
        <source>%1 is not an active officer: an administrator must add them and certify their key</source>
        <translation>%1 no es un funcionario activo: un administrador debe añadirlo y certificar su clave</translation>
    </message>
    <message>
        <source>no certificate of %1 is for this key: an administrator must certify it first</source>
        <translation>ningún certificado de %1 corresponde a esta clave: un administrador debe certificarla primero</translation>
    </message>
    <message>
        <source>the key of %1 was revoked by an administrator</source>
        <translation>un administrador revocó la clave de %1</translation>
    </message>
    <message>
        <source>no administrator certified this key of %1</source>
        <translation>ningún administrador certificó esta clave de %1</translation>
    </message>
</context>
<context>
    <name>OfficerStandings</name>
    <message>
        <source>entry %1 (%2 by %3 on %4) was changed after it was written</source>
        <translation>la entrada %1 (%2 por %3 el %4) se modificó después de escribirse</translation>
    </message>
    <message>
        <source>entry %1 (%2 by %3 on %4): %5</source>
        <translation>entrada %1 (%2 por %3 el %4): %5</translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation>no está firmada</translation>
    </message>
    <message>
        <source>it is signed with a certificate PayDesk does not hold (%1)</source>
        <translation>está firmada con un certificado que PayDesk no tiene (%1)</translation>
    </message>
    <message>
        <source>it is signed with the certificate of %1, not of %2</source>
        <translation>está firmada con el certificado de %1, no de %2</translation>
    </message>
    <message>
        <source>its signature does not verify with the certificate of %1</source>
        <translation>su firma no se verifica con el certificado de %1</translation>
    </message>
    <message>
        <source>no administrator had certified the key of %1 it is signed with</source>
        <translation>ningún administrador había certificado la clave de %1 con la que está firmada</translation>
    </message>
    <message>
        <source>the key of %1 it is signed with had been revoked</source>
        <translation>la clave de %1 con la que está firmada había sido revocada</translation>
    </message>
    <message>
        <source>%1 was not an active officer then</source>
        <translation>%1 no era entonces un funcionario activo</translation>
    </message>
    <message>
        <source>only an administrator may do this; %1 was a %2</source>
        <translation>solo un administrador puede hacer esto; %1 era %2</translation>
    </message>
    <message>
        <source>%1 was a %2 then, and may change nothing</source>
        <translation>%1 era entonces %2, y no puede cambiar nada</translation>
    </message>
    <message>
        <source>this is a %1&apos;s act, and %2 was a %3 then</source>
        <translation>este es un acto de %1, y %2 era entonces %3</translation>
    </message>
    <message>
        <source>the certificate of %1 is not an administrator&apos;s</source>
        <translation>el certificado de %1 no es de un administrador</translation>
    </message>
    <message>
        <source>the anchor was installed already</source>
        <translation>el ancla ya estaba instalada</translation>
    </message>
    <message>
        <source>there was already an officer %1</source>
        <translation>ya había un funcionario %1</translation>
    </message>
    <message>
        <source>the role granted is not one PayDesk knows</source>
        <translation>el rol asignado no es uno que PayDesk conozca</translation>
    </message>
    <message>
        <source>there was no officer %1</source>
        <translation>no había ningún funcionario %1</translation>
    </message>
    <message>
        <source>the certificate it names is not one of %1&apos;s</source>
        <translation>el certificado que nombra no es uno de los de %1</translation>
    </message>
    <message>
        <source>an administrator&apos;s certificate is for administrators only</source>
        <translation>un certificado de administrador es solo para administradores</translation>
    </message>
    <message>
        <source>an administrator&apos;s act PayDesk does not know</source>
        <translation>un acto de administrador que PayDesk no conoce</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Funcionarios</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>No officers yet: the administrator adds them here.</source>
        <translation>Aún no hay funcionarios: el administrador los añade aquí.</translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation>&amp;Añadir funcionario…</translation>
    </message>
    <message>
        <source>&amp;Certify a request…</source>
        <translation>&amp;Certificar una solicitud…</translation>
    </message>
    <message>
        <source>Add a c&amp;ertificate…</source>
        <translation>Añadir un c&amp;ertificado…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar el &amp;rol…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Deactivate %1? They will not sign in or act again.</source>
        <translation>¿Desactivar a %1? No volverá a iniciar sesión ni a actuar.</translation>
    </message>
    <message>
        <source>Re&amp;voke key</source>
        <translation>Re&amp;vocar clave</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revocar clave</translation>
    </message>
    <message>
        <source>Revoke the keys of %1? They sign in again only once a new key is certified.</source>
        <translation>¿Revocar las claves de %1? Volverá a iniciar sesión solo cuando se certifique una nueva clave.</translation>
    </message>
    <message>
        <source>certified until %1</source>
        <translation>certificada hasta %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>no key certified: cannot sign in</source>
        <translation>ninguna clave certificada: no puede iniciar sesión</translation>
    </message>
    <message>
        <source>Only an administrator adds officers, certifies their keys and grants their roles.</source>
        <translation>Solo un administrador añade funcionarios, certifica sus claves y asigna sus roles.</translation>
    </message>
    <message>
        <source>Not counted, because their signature does not check: %1</source>
        <translation>No contado, porque su firma no se verifica: %1</translation>
    </message>
    <message>
        <source>Choose an officer in the list first.</source>
        <translation>Elija primero un funcionario de la lista.</translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translation>No se hizo nada: %1</translation>
    </message>
    <message>
        <source>the request is for %1, not %2</source>
        <translation>la solicitud es para %1, no para %2</translation>
    </message>
    <message>
        <source>the anchor is a ministry&apos;s CA: its certificates come from it (Add a certificate…)</source>
        <translation>el ancla es la CA de un ministerio: sus certificados vienen de ella (Añadir un certificado…)</translation>
    </message>
    <message>
        <source>The key of %1 is certified, but the certificate could not be written to %2: %3</source>
        <translation>La clave de %1 está certificada, pero el certificado no se pudo escribir en %2: %3</translation>
    </message>
    <message>
        <source>The key of %1 is certified until %2: they can sign in with it.</source>
        <translation>La clave de %1 está certificada hasta el %2: puede iniciar sesión con ella.</translation>
    </message>
    <message>
        <source>The certificate of %1 is taken in: they can sign in with its key.</source>
        <translation>El certificado de %1 se ha incorporado: puede iniciar sesión con su clave.</translation>
    </message>
    <message>
        <source>%1 is a %2 from now on.</source>
        <translation>%1 es %2 a partir de ahora.</translation>
    </message>
    <message>
        <source>%1 is deactivated: they no longer sign in or act.</source>
        <translation>%1 está desactivado: ya no inicia sesión ni actúa.</translation>
    </message>
    <message>
        <source>%1 has no certified key to revoke</source>
        <translation>%1 no tiene ninguna clave certificada que revocar</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked (%2): they sign in again once a new key is certified.</source>
        <translation>Las claves de %1 están revocadas (%2): volverá a iniciar sesión cuando se certifique una nueva clave.</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Añadir un funcionario</translation>
    </message>
    <message>
        <source>Officer &amp;id:</source>
        <translation>&amp;Identificador del funcionario:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>The certificate request %1 made</source>
        <translation>La solicitud de certificado que hizo %1</translation>
    </message>
    <message>
        <source>Certificate requests (*.req *.csr *.pem);;All files (*)</source>
        <translation>Solicitudes de certificado (*.req *.csr *.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Where to keep a copy of the certificate (optional)</source>
        <translation>Dónde guardar una copia del certificado (opcional)</translation>
    </message>
    <message>
        <source>The certificate of %1</source>
        <translation>El certificado de %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Cambiar el rol de %1</translation>
    </message>
    <message>
        <source>%1 is an officer now, as %2. Certify their key next: they make it at the sign-in (Make my key…) and give you its request.</source>
        <translation>%1 es ahora funcionario, como %2. Certifique después su clave: la crea al iniciar sesión (Crear mi clave…) y le entrega su solicitud.</translation>
    </message>
</context>
<context>
    <name>OneShotHttp</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 no es una dirección http:// o https://</translation>
    </message>
    <message>
        <source>cannot open a verified TLS connection to %1:%2: %3</source>
        <translation>no se puede abrir una conexión TLS verificada con %1:%2: %3</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>no se puede conectar con %1:%2: %3</translation>
    </message>
    <message>
        <source>the request to %1 could not be sent whole: %2</source>
        <translation>la solicitud a %1 no se pudo enviar entera: %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>ninguna respuesta de %1 en %2 s</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>%1 answered something that is not HTTP</source>
        <translation>%1 respondió algo que no es HTTP</translation>
    </message>
    <message>
        <source>the answer of %1 was cut short</source>
        <translation>la respuesta de %1 llegó cortada</translation>
    </message>
    <message>
        <source>%1 is plain http to another computer: payment files and passwords would cross the network unencrypted. Use https, or allow plain http in the program&apos;s hub settings if this network is trusted</source>
        <translation>%1 es http simple hacia otro ordenador: los archivos de pago y las contraseñas cruzarían la red sin cifrar. Use https, o permita http simple en los ajustes del hub del programa si esta red es de confianza</translation>
    </message>
</context>
<context>
    <name>OutstandingCommand</name>
    <message>
        <source>Money in the dark: the batches whose payments left PayDesk, or may have, and have no final outcome yet (uncertain batches, and payments still in flight on the hub), oldest first, by age band, with what to do about each.</source>
        <translation>Dinero a oscuras: los lotes cuyos pagos salieron de PayDesk, o pudieron salir, y aún no tienen resultado final (lotes inciertos y pagos aún en curso en el hub), del más antiguo al más reciente, por franja de antigüedad, con qué hacer con cada uno.</translation>
    </message>
    <message>
        <source>Only this cycle.</source>
        <translation>Solo este ciclo.</translation>
    </message>
    <message>
        <source>outstanding takes no argument but --cycle ID.</source>
        <translation>outstanding no admite argumentos salvo --cycle ID.</translation>
    </message>
    <message>
        <source>%1: %2 payments</source>
        <translation>%1: %2 pagos</translation>
    </message>
    <message>
        <source>batch %1 (cycle %2 %3)	%4	%5 payments	%6 %7	%8</source>
        <translation>lote %1 (ciclo %2 %3)	%4	%5 pagos	%6 %7	%8</translation>
    </message>
</context>
<context>
    <name>PaidCycleCombo</name>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
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
        <translation>Pagado frente a derechos, por ciclo (%1)</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Derechos</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Paid against entitled, per cycle</source>
        <translation>Pagado frente a lo debido, por ciclo</translation>
    </message>
</context>
<context>
    <name>PartyId</name>
    <message>
        <source>the identifier is empty</source>
        <translation>el identificador está vacío</translation>
    </message>
    <message>
        <source>the identifier contains a comma, a quote or an invisible character</source>
        <translation>el identificador contiene una coma, una comilla o un carácter invisible</translation>
    </message>
    <message>
        <source>a phone number may only hold digits, spaces, dashes and a leading +</source>
        <translation>un número de teléfono solo puede contener dígitos, espacios, guiones y un + inicial</translation>
    </message>
    <message>
        <source>a phone number has 8 to 15 digits, this one has %1</source>
        <translation>un número de teléfono tiene de 8 a 15 dígitos, este tiene %1</translation>
    </message>
    <message>
        <source>a bank account number may only hold letters A-Z and digits</source>
        <translation>un número de cuenta bancaria solo puede contener letras A-Z y dígitos</translation>
    </message>
    <message>
        <source>a bank account number has 4 to 34 characters, this one has %1</source>
        <translation>un número de cuenta bancaria tiene de 4 a 34 caracteres, este tiene %1</translation>
    </message>
    <message>
        <source>an IBAN may only hold letters A-Z and digits</source>
        <translation>un IBAN solo puede contener letras A-Z y dígitos</translation>
    </message>
    <message>
        <source>an IBAN has 15 to 34 characters, this one has %1</source>
        <translation>un IBAN tiene de 15 a 34 caracteres, este tiene %1</translation>
    </message>
    <message>
        <source>an IBAN starts with a two-letter country code and two check digits</source>
        <translation>un IBAN empieza con un código de país de dos letras y dos dígitos de control</translation>
    </message>
    <message>
        <source>the IBAN check digits do not match (mod-97 check failed)</source>
        <translation>los dígitos de control del IBAN no coinciden (falló la comprobación mod-97)</translation>
    </message>
    <message>
        <source>an email address has one @ with text on both sides</source>
        <translation>una dirección de correo tiene una sola @ con texto a ambos lados</translation>
    </message>
    <message>
        <source>the email address is too long</source>
        <translation>la dirección de correo es demasiado larga</translation>
    </message>
    <message>
        <source>an email address may not hold spaces or &lt;&gt;;() characters</source>
        <translation>una dirección de correo no puede contener espacios ni los caracteres &lt;&gt;;()</translation>
    </message>
    <message>
        <source>the email domain &quot;%1&quot; is not valid</source>
        <translation>el dominio de correo «%1» no es válido</translation>
    </message>
    <message>
        <source>a registry id has at most 64 characters</source>
        <translation>un identificador del registro tiene como máximo 64 caracteres</translation>
    </message>
    <message>
        <source>a registry id may not hold spaces</source>
        <translation>un identificador del registro no puede contener espacios</translation>
    </message>
    <message>
        <source>a financial address has at most 255 characters</source>
        <translation>una dirección financiera tiene como máximo 255 caracteres</translation>
    </message>
    <message>
        <source>a financial address reads type:id or type:id@provider, without spaces</source>
        <translation>una dirección financiera se escribe tipo:id o tipo:id@proveedor, sin espacios</translation>
    </message>
</context>
<context>
    <name>PartyIdType</name>
    <message>
        <source>phone number (MSISDN)</source>
        <translation>número de teléfono (MSISDN)</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>cuenta bancaria</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>registry id, through the ID-to-account mapper</source>
        <translation>identificador del registro, mediante el mapeador ID-cuenta</translation>
    </message>
    <message>
        <source>financial address</source>
        <translation>dirección financiera</translation>
    </message>
</context>
<context>
    <name>PartyLookup</name>
    <message>
        <source>Looking the payees up on the payment network: %1 of %2…</source>
        <translation>Consultando a los beneficiarios en la red de pagos: %1 de %2…</translation>
    </message>
    <message>
        <source>the party lookup answered HTTP %1 without saying why</source>
        <translation>la búsqueda de beneficiarios respondió HTTP %1 sin decir por qué</translation>
    </message>
    <message>
        <source>the payment network does not know this payee (HTTP %1)</source>
        <translation>la red de pagos no conoce a este beneficiario (HTTP %1)</translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s payees: %1</source>
        <translation>no se pueden leer los beneficiarios del ciclo: %1</translation>
    </message>
    <message>
        <source>the program names no party lookup</source>
        <translation>el programa no nombra ninguna búsqueda de beneficiarios</translation>
    </message>
    <message>
        <source>the party lookup at %1 did not answer: %2</source>
        <translation>la búsqueda de beneficiarios en %1 no respondió: %2</translation>
    </message>
    <message>
        <source>cannot keep a party lookup&apos;s answer: %1</source>
        <translation>no se puede guardar la respuesta de una búsqueda de beneficiario: %1</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 payees</source>
        <translation>detenido tras %1 de %2 beneficiarios</translation>
    </message>
    <message>
        <source>the payment network found no account for this payee</source>
        <translation>la red de pagos no encontró ninguna cuenta para este beneficiario</translation>
    </message>
    <message>
        <source>the answer (HTTP %1) is not a party lookup&apos;s</source>
        <translation>la respuesta (HTTP %1) no es la de una búsqueda de beneficiarios</translation>
    </message>
</context>
<context>
    <name>PayeeAddress</name>
    <message>
        <source>not resolved yet: ask the ID-to-account mapper for the cycle&apos;s addresses first</source>
        <translation>aún sin resolver: pida primero las direcciones del ciclo al mapper identificador-cuenta</translation>
    </message>
    <message>
        <source>the ID-to-account mapper did not resolve it: %1</source>
        <translation>el mapper identificador-cuenta no lo resolvió: %1</translation>
    </message>
    <message>
        <source>the registry holds no %1 for this beneficiary</source>
        <translation>el registro no tiene ningún %1 para este beneficiario</translation>
    </message>
</context>
<context>
    <name>PayeeColumnDetector</name>
    <message>
        <source>The column &quot;%1&quot; looks like payee accounts but is not imported; map it if it holds the account to pay (&quot;%1=payee_address&quot;).</source>
        <translation>La columna «%1» parece contener cuentas de beneficiarios pero no se importa; asóciela si contiene la cuenta a pagar («%1=payee_address»).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; looks like payee accounts but is not imported, so every beneficiary would be imported without a payee account; map it (&quot;%1=payee_address&quot;, and its type column to payee_type).</source>
        <translation>La columna «%1» parece contener cuentas de beneficiarios pero no se importa, así que cada beneficiario se importaría sin cuenta; asóciela («%1=payee_address», y su columna de tipo a payee_type).</translation>
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
        <translation>archivos firmados entregados en mano</translation>
    </message>
</context>
<context>
    <name>PaymentHubChannel</name>
    <message>
        <source>Payment Hub EE batches need the tenant&apos;s signing key to be posted</source>
        <translation>los lotes de Payment Hub EE necesitan la clave de firma del inquilino para enviarse</translation>
    </message>
    <message>
        <source>the batch could not be signed: %1</source>
        <translation>el lote no se pudo firmar: %1</translation>
    </message>
    <message>
        <source>Payment Hub EE signs with RSA: the key given is an Ed25519 key</source>
        <translation>Payment Hub EE firma con RSA: la clave dada es una clave Ed25519</translation>
    </message>
</context>
<context>
    <name>PaymentHubClient</name>
    <message>
        <source>the hub refused the batch&apos;s X-SIGNATURE: the tenant&apos;s signing key is not the one the hub knows</source>
        <translation>el hub rechazó la X-SIGNATURE del lote: la clave de firma del inquilino no es la que conoce el hub</translation>
    </message>
    <message>
        <source>the hub could not check the X-SIGNATURE with the certificate it holds for the tenant: the signing key is not the tenant&apos;s, or the signature is missing or malformed</source>
        <translation>el hub no pudo comprobar la X-SIGNATURE con el certificado que tiene del inquilino: la clave de firma no es la del inquilino, o la firma falta o está mal formada</translation>
    </message>
    <message>
        <source>the hub refused the file: %1 (%2)</source>
        <translation>el hub rechazó el archivo: %1 (%2)</translation>
    </message>
    <message>
        <source>the hub refused the upload: %1</source>
        <translation>el hub rechazó el envío: %1</translation>
    </message>
    <message>
        <source>the hub has no payment workflow for this tenant (%1)</source>
        <translation>el hub no tiene flujo de pago para este inquilino (%1)</translation>
    </message>
    <message>
        <source>the hub answered %1: %2</source>
        <translation>el hub respondió %1: %2</translation>
    </message>
    <message>
        <source>no complete answer from the hub: %1</source>
        <translation>ninguna respuesta completa del hub: %1</translation>
    </message>
    <message>
        <source>the batch did not reach the hub: %1</source>
        <translation>el lote no llegó al hub: %1</translation>
    </message>
    <message>
        <source>the hub accepted the batch but its answer names no batch: %1</source>
        <translation>el hub aceptó el lote pero su respuesta no nombra ningún lote: %1</translation>
    </message>
    <message>
        <source>the operations app refused the officer&apos;s credentials (%1)</source>
        <translation>la aplicación de operaciones rechazó las credenciales del funcionario (%1)</translation>
    </message>
    <message>
        <source>cannot get a token from the operations app: %1</source>
        <translation>no se puede obtener un token de la aplicación de operaciones: %1</translation>
    </message>
    <message>
        <source>the operations app answered something that is not JSON at %1: %2</source>
        <translation>la aplicación de operaciones respondió algo que no es JSON en %1: %2</translation>
    </message>
    <message>
        <source>the operations app did not answer: %1</source>
        <translation>la aplicación de operaciones no respondió: %1</translation>
    </message>
    <message>
        <source>something between PayDesk and the hub answered %1 (%2), not the hub itself: the hub may have taken the batch</source>
        <translation>algo entre PayDesk y el hub respondió %1 (%2), no el propio hub: puede que el hub haya tomado el lote</translation>
    </message>
</context>
<context>
    <name>PaymentPreparer</name>
    <message>
        <source>payments are prepared for an approved cycle; this one is %1</source>
        <translation>los pagos se preparan para un ciclo aprobado; este está %1</translation>
    </message>
    <message>
        <source>%1, cycle %2</source>
        <translation>%1, ciclo %2</translation>
    </message>
    <message>
        <source>cannot read the entitlements: %1</source>
        <translation>no se pueden leer los derechos: %1</translation>
    </message>
    <message>
        <source>cannot write a batch: %1</source>
        <translation>no se puede escribir un lote: %1</translation>
    </message>
    <message>
        <source>cannot write payment %1: %2</source>
        <translation>no se puede escribir el pago %1: %2</translation>
    </message>
    <message>
        <source>cannot commit the payments: %1</source>
        <translation>no se pueden confirmar los pagos: %1</translation>
    </message>
    <message>
        <source>cannot close the approved re-issues: %1</source>
        <translation>no se pueden cerrar las reemisiones aprobadas: %1</translation>
    </message>
    <message>
        <source>%1 payments (%2 of them paying again what failed) in %3 ready batches; %4 already had a payment; %5 failed and wait for an approved re-issue; %6 cannot be paid as the registry stands.</source>
        <translation>%1 pagos (%2 de ellos pagan de nuevo lo que falló) en %3 lotes listos; %4 ya tenían un pago; %5 fallaron y esperan una reemisión aprobada; %6 no se pueden pagar con el registro tal como está.</translation>
    </message>
    <message>
        <source>cannot read the approved re-issues: %1</source>
        <translation>no se pueden leer las reemisiones aprobadas: %1</translation>
    </message>
    <message>
        <source>%1 of the payments form the pilot batch, sent first; the rest waits for its results.</source>
        <translation>%1 de los pagos forman el lote piloto, enviado primero; el resto espera sus resultados.</translation>
    </message>
    <message>
        <source>the approval of cycle %1 changed while it was prepared; prepare again</source>
        <translation>la aprobación del ciclo %1 cambió durante la preparación; prepare de nuevo</translation>
    </message>
    <message>
        <source>cannot write the payments: %1</source>
        <translation>no se pueden escribir los pagos: %1</translation>
    </message>
</context>
<context>
    <name>PaymentReconciler</name>
    <message>
        <source>batch %1 has not been sent: nothing to reconcile</source>
        <translation>el lote %1 no se ha enviado: nada que conciliar</translation>
    </message>
    <message>
        <source>batch %1: the hub&apos;s operations API: %2</source>
        <translation>lote %1: la API de operaciones del hub: %2</translation>
    </message>
    <message>
        <source>batch %1: the hub&apos;s transfer rows: %2</source>
        <translation>lote %1: las filas de transferencias del hub: %2</translation>
    </message>
    <message>
        <source>batch %1: the hub&apos;s answer cannot be read: %2</source>
        <translation>lote %1: la respuesta del hub no se puede leer: %2</translation>
    </message>
    <message>
        <source>batch %1: cannot record payment %2: %3</source>
        <translation>lote %1: no se puede registrar el pago %2: %3</translation>
    </message>
    <message>
        <source>batch %1: cannot close it: %2</source>
        <translation>lote %1: no se puede cerrar: %2</translation>
    </message>
    <message>
        <source>batch %1: cannot commit: %2</source>
        <translation>lote %1: no se puede confirmar: %2</translation>
    </message>
    <message>
        <source>batch %1: %2 paid, %3 failed, %4 in flight, %5 not on the hub yet; %6</source>
        <translation>lote %1: %2 pagados, %3 fallidos, %4 en curso, %5 aún no en el hub; %6</translation>
    </message>
    <message>
        <source>complete (%1)</source>
        <translation>completo (%1)</translation>
    </message>
    <message>
        <source>not complete yet</source>
        <translation>aún no completo</translation>
    </message>
    <message>
        <source>batch %1&apos;s file: %2</source>
        <translation>archivo del lote %1: %2</translation>
    </message>
    <message>
        <source>batch %1: the receiver&apos;s statuses: %2</source>
        <translation>lote %1: los estados del receptor: %2</translation>
    </message>
    <message>
        <source>a result file is applied by a checker: %1</source>
        <translation>un archivo de resultados lo aplica un verificador: %1</translation>
    </message>
    <message>
        <source>batch %1: cannot read its payments: %2</source>
        <translation>lote %1: no se pueden leer sus pagos: %2</translation>
    </message>
    <message>
        <source>A checker must look at %1 disputed result(s) (contradicting rows, or another payee or amount than the frozen file) and %2 that contradict what the hub reported final before: none of them was applied (see the audit log, batch.results_disputed).</source>
        <translation>Un verificador debe revisar %1 resultado(s) disputado(s) (filas contradictorias, u otro beneficiario o importe que el archivo congelado) y %2 que contradicen lo que el hub había dado por definitivo: ninguno se aplicó (vea el registro de auditoría, batch.results_disputed).</translation>
    </message>
    <message>
        <source>batch %1: cannot record its payments: %2</source>
        <translation>lote %1: no se pueden registrar sus pagos: %2</translation>
    </message>
</context>
<context>
    <name>PaymentReissue</name>
    <message>
        <source>cannot read the failed payments: %1</source>
        <translation>no se pueden leer los pagos fallidos: %1</translation>
    </message>
    <message>
        <source>failed payments are paid again in an approved or distributed cycle; this one is %1</source>
        <translation>los pagos fallidos se pagan de nuevo en un ciclo aprobado o distribuido; este está %1</translation>
    </message>
    <message>
        <source>payment %1 is not a failed payment of cycle %2 that waits to be paid again (it may be paid again already, or asked for)</source>
        <translation>el pago %1 no es un pago fallido del ciclo %2 a la espera de pagarse de nuevo (quizá ya se pagó de nuevo o ya se pidió)</translation>
    </message>
    <message>
        <source>no failed payment of cycle %1 waits to be paid again</source>
        <translation>ningún pago fallido del ciclo %1 espera pagarse de nuevo</translation>
    </message>
    <message>
        <source>cannot record the request: %1</source>
        <translation>no se puede registrar la solicitud: %1</translation>
    </message>
    <message>
        <source>cannot record payment %1 in the request: %2</source>
        <translation>no se puede registrar el pago %1 en la solicitud: %2</translation>
    </message>
    <message>
        <source>cannot commit the request: %1</source>
        <translation>no se puede confirmar la solicitud: %1</translation>
    </message>
    <message>
        <source>there is no re-issue request %1</source>
        <translation>no existe la solicitud de reemisión %1</translation>
    </message>
    <message>
        <source>re-issue request %1 is %2 already</source>
        <translation>la solicitud de reemisión %1 ya está %2</translation>
    </message>
    <message>
        <source>cannot record the decision: %1</source>
        <translation>no se puede registrar la decisión: %1</translation>
    </message>
    <message>
        <source>someone else decided re-issue request %1 meanwhile</source>
        <translation>otra persona decidió la solicitud de reemisión %1 entretanto</translation>
    </message>
    <message>
        <source>cannot reopen cycle %1: %2</source>
        <translation>no se puede reabrir el ciclo %1: %2</translation>
    </message>
    <message>
        <source>cannot commit the decision: %1</source>
        <translation>no se puede confirmar la decisión: %1</translation>
    </message>
</context>
<context>
    <name>PaymentStatusChart</name>
    <message>
        <source>Payments by state</source>
        <translation>Pagos por estado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>ID de registro</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Beneficiario del pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motivo del fallo</translation>
    </message>
    <message>
        <source>Settled (UTC)</source>
        <translation>Liquidado (UTC)</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún no enviado</translation>
    </message>
</context>
<context>
    <name>PaymentsBrowser</name>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún no enviado</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Cualquier región</translation>
    </message>
    <message>
        <source>Any batch</source>
        <translation>Cualquier lote</translation>
    </message>
    <message>
        <source>Any failure reason</source>
        <translation>Cualquier motivo de fallo</translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation>&amp;Mostrar todo</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Pagos:</translation>
    </message>
    <message>
        <source>%1 payments</source>
        <translation>%1 pagos</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lote %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>No payment to show: nothing was prepared for this cycle yet.</source>
        <translation>Ningún pago que mostrar: aún no se preparó nada para este ciclo.</translation>
    </message>
</context>
<context>
    <name>PheeCsvWriter</name>
    <message>
        <source>payment %1: the amount must be more than zero</source>
        <translation>pago %1: el importe debe ser mayor que cero</translation>
    </message>
    <message>
        <source>payment %1: %2 %3 has a fraction; Payment Hub EE pays whole %3 only</source>
        <translation>pago %1: %2 %3 tiene fracción; Payment Hub EE solo paga %3 enteros</translation>
    </message>
    <message>
        <source>payment %1: the payee has no valid account</source>
        <translation>pago %1: el destinatario no tiene una cuenta válida</translation>
    </message>
    <message>
        <source>payment %1: &quot;%2&quot; holds a comma, quote or line break, which the hub would split</source>
        <translation>pago %1: «%2» contiene una coma, una comilla o un salto de línea, que el hub partiría</translation>
    </message>
</context>
<context>
    <name>PilotRelease</name>
    <message>
        <source>cannot read the pilot of cycle %1: %2</source>
        <translation>no se puede leer el piloto del ciclo %1: %2</translation>
    </message>
    <message>
        <source>batch %1 is %2</source>
        <translation>el lote %1 está %2</translation>
    </message>
    <message>
        <source>cycle %1 has no pilot</source>
        <translation>el ciclo %1 no tiene piloto</translation>
    </message>
    <message>
        <source>cannot read the pilot&apos;s payments: %1</source>
        <translation>no se pueden leer los pagos del piloto: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>the pilot has no final results yet (%1): %2 paid, %3 failed, %4 in flight of %5 payments</source>
        <translation>el piloto aún no tiene resultados finales (%1): %2 pagados, %3 fallidos, %4 en curso de %5 pagos</translation>
    </message>
    <message>
        <source>the pilot failed %1 of %2 payments (%3 %), above the program&apos;s %4 %: the rest of the cycle is stopped. Most common reasons: %5</source>
        <translation>el piloto falló %1 de %2 pagos (%3 %), por encima del %4 % del programa: el resto del ciclo se detiene. Motivos más frecuentes: %5</translation>
    </message>
    <message>
        <source>the pilot paid %1 of %2 payments (%3 % failed, at most %4 % allowed): the rest may go</source>
        <translation>el piloto pagó %1 de %2 pagos (%3 % fallidos, como máximo %4 % permitido): el resto puede salir</translation>
    </message>
</context>
<context>
    <name>PostgresCopy</name>
    <message>
        <source>the database refused to take rows: %1</source>
        <translation>la base de datos se negó a recibir filas: %1</translation>
    </message>
    <message>
        <source>cannot send rows to the database: %1</source>
        <translation>no se pueden enviar filas a la base de datos: %1</translation>
    </message>
    <message>
        <source>the database refused the rows: %1</source>
        <translation>la base de datos rechazó las filas: %1</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>a program needs a name of at most 100 characters</source>
        <translation>un programa necesita un nombre de como máximo 100 caracteres</translation>
    </message>
    <message>
        <source>the program&apos;s currency is not an ISO 4217 code PayDesk knows</source>
        <translation>la moneda del programa no es un código ISO 4217 que PayDesk conozca</translation>
    </message>
    <message>
        <source>entitlement rule: %1</source>
        <translation>regla de derechos: %1</translation>
    </message>
    <message>
        <source>eligibility: %1</source>
        <translation>elegibilidad: %1</translation>
    </message>
    <message>
        <source>the payer account is missing or not valid</source>
        <translation>la cuenta pagadora falta o no es válida</translation>
    </message>
    <message>
        <source>a batch holds from 1 to 100,000 rows</source>
        <translation>un lote contiene de 1 a 100.000 filas</translation>
    </message>
    <message>
        <source>a batch file limit below 1,000 bytes cannot hold a header and a row</source>
        <translation>un límite de archivo de lote inferior a 1.000 bytes no puede contener una cabecera y una fila</translation>
    </message>
    <message>
        <source>the budget must be an amount in %1, more than zero</source>
        <translation>el presupuesto debe ser un importe en %1, mayor que cero</translation>
    </message>
    <message>
        <source>Payment Hub EE needs the tenant (Platform-TenantId) the program pays through</source>
        <translation>Payment Hub EE necesita el inquilino (Platform-TenantId) a través del cual paga el programa</translation>
    </message>
    <message>
        <source>Payment Hub EE&apos;s payment mode must be one of %1 (the hub fails every row of another)</source>
        <translation>el modo de pago de Payment Hub EE debe ser uno de %1 (el hub hace fallar cada fila de otro)</translation>
    </message>
    <message>
        <source>the hub is &quot;sandbox&quot; (PayDesk&apos;s own) or given by its bulk processor and operations URLs</source>
        <translation>el hub es «sandbox» (el de PayDesk) o se indica con las URL de su procesador de lotes y de su aplicación de operaciones</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an http:// or https:// address</source>
        <translation>%1 «%2» no es una dirección http:// o https://</translation>
    </message>
    <message>
        <source>paying by registry id needs the ID-to-account mapper, which comes with the G2P Connect backend</source>
        <translation>pagar por identificador del registro requiere el mapper identificador-cuenta, que viene con el canal G2P Connect</translation>
    </message>
    <message>
        <source>the G2P Connect receiver is &quot;sandbox&quot; (PayDesk&apos;s own) or given by its URL</source>
        <translation>el receptor G2P Connect es «sandbox» (el de PayDesk) o se indica por su URL</translation>
    </message>
    <message>
        <source>paying by registry id needs the ID-to-account mapper&apos;s URL</source>
        <translation>pagar por identificador del registro requiere la URL del mapper identificador-cuenta</translation>
    </message>
</context>
<context>
    <name>ProgramCommand</name>
    <message>
        <source>--currency takes an ISO 4217 code such as USD, KES or XOF</source>
        <translation>--currency admite un código ISO 4217 como USD, KES o XOF</translation>
    </message>
    <message>
        <source>--fixed: %1</source>
        <translation>--fixed: %1</translation>
    </message>
    <message>
        <source>--rule: %1</source>
        <translation>--rule: %1</translation>
    </message>
    <message>
        <source>--household-min, --household-max, --max-batch-rows and --max-file-bytes take whole numbers</source>
        <translation>--household-min, --household-max, --max-batch-rows y --max-file-bytes admiten números enteros</translation>
    </message>
    <message>
        <source>--payer: %1</source>
        <translation>--payer: %1</translation>
    </message>
    <message>
        <source>--budget: %1</source>
        <translation>--budget: %1</translation>
    </message>
    <message>
        <source>See the description.</source>
        <translation>Vea la descripción.</translation>
    </message>
    <message>
        <source>Enrol inactive beneficiaries too.</source>
        <translation>Inscribir también a los beneficiarios inactivos.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>Cannot create the program: %1</source>
        <translation>No se puede crear el programa: %1</translation>
    </message>
    <message>
        <source>Program %1 created.</source>
        <translation>Programa %1 creado.</translation>
    </message>
    <message>
        <source>Cannot enrol: %1</source>
        <translation>No se puede inscribir: %1</translation>
    </message>
    <message>
        <source>%1 enrolled: %2 joined, %3 left.</source>
        <translation>%1 inscrito: %2 entraron, %3 salieron.</translation>
    </message>
    <message>
        <source>--payer-type and --payee-type take msisdn, bank_account, iban, email, registry_id (resolved by the mapper) or fa; --backend takes payment_hub_ee, g2p_connect or file_only</source>
        <translation>--payer-type y --payee-type admiten msisdn, bank_account, iban, email, registry_id (resuelto por el mapeador) o fa; --backend admite payment_hub_ee, g2p_connect o file_only</translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation>No existe el programa %1.</translation>
    </message>
    <message>
        <source>Cannot set the approval tiers: %1</source>
        <translation>No se pueden fijar los tramos de aprobación: %1</translation>
    </message>
    <message>
        <source>%1: one checker approves a cycle of any total.</source>
        <translation>%1: un verificador aprueba un ciclo de cualquier total.</translation>
    </message>
    <message>
        <source>%1: from %2 %3, %4 distinct checker(s)</source>
        <translation>%1: desde %2 %3, %4 verificador(es) distinto(s)</translation>
    </message>
    <message>
        <source>--sign-off takes yes or no, not %1.</source>
        <translation>--sign-off admite yes o no, no %1.</translation>
    </message>
    <message>
        <source>--pilot-payments takes a number of payments, 0 for no pilot.</source>
        <translation>--pilot-payments admite un número de pagos, 0 para ningún piloto.</translation>
    </message>
    <message>
        <source>--pilot-max-failed takes a percentage from 0 to 100.</source>
        <translation>--pilot-max-failed admite un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>Cannot set the release policy: %1</source>
        <translation>No se puede fijar la política de liberación: %1</translation>
    </message>
    <message>
        <source>%1: each batch is sent once its maker signed it off and a checker countersigned it.</source>
        <translation>%1: cada lote se envía cuando su preparador lo ha visado y un verificador lo ha refrendado.</translation>
    </message>
    <message>
        <source>%1: batches are sent without personal sign-off.</source>
        <translation>%1: los lotes se envían sin visado personal.</translation>
    </message>
    <message>
        <source>Each cycle starts with a pilot batch of %1 payments; the rest goes only if at most %2 % of them failed.</source>
        <translation>Cada ciclo empieza con un lote piloto de %1 pagos; el resto solo sale si como máximo el %2 % de ellos falló.</translation>
    </message>
    <message>
        <source>No pilot batch.</source>
        <translation>Sin lote piloto.</translation>
    </message>
    <message>
        <source>ok      %1: %2</source>
        <translation>ok      %1: %2</translation>
    </message>
    <message>
        <source>FAILED  %1: %2</source>
        <translation>FALLO   %1: %2</translation>
    </message>
    <message>
        <source>Programs. create: --name, --currency, the rule (--fixed AMOUNT or --rule JSON such as {&quot;kind&quot;:&quot;per_household_member&quot;,&quot;base&quot;:{&quot;amount&quot;:&quot;20&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;per_member&quot;:{&quot;amount&quot;:&quot;5&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;member_cap&quot;:4}), eligibility (--regions A,B, --household-min/max, --age-min/max, --include-inactive), --payer-type and --payer, --payee-type, --backend with --tenant, --payment-mode and the hub (--hub sandbox for PayDesk&apos;s own sandbox, or --bulk-url, --ops-url and --ops-user, the operations app&apos;s OAuth user) for Payment Hub EE, or --hub sandbox or --bulk-url (the disburse receiver), --mapper-url (the ID-to-account mapper, for --payee-type registry_id; with --mapper-callback-url, the mapper is asked asynchronously and answers to that address), --sender-id, --receiver-id and --signing-key-id (requests signed with Ed25519, the key given to send --key) for G2P Connect; --max-batch-rows, --max-file-bytes, --budget. list: every program. enrol ID: apply the program&apos;s eligibility to the registry. tiers ID [TIERS]: show, or set, how many distinct checkers a cycle needs by its total, as AMOUNT:CHECKERS pairs such as &quot;0:1, 50000:2, 250000:3&quot; (&quot;none&quot;: one checker). release ID: show, or set with --sign-off yes|no (each batch signed off by its maker and countersigned by a checker before it is sent), --pilot-payments N and --pilot-max-failed PERCENT (each cycle starts with a pilot batch of N payments; the rest is released only once the pilot&apos;s results are final and no more than PERCENT of them failed). check ID: test the connection to the program&apos;s hub (each part asked something harmless; the hub options override the program&apos;s addresses); exit code 1 when a part does not answer. password ID: keep the operations-app user&apos;s password, read from standard input, in the system keychain (never in the database); --forget removes it.</source>
        <translation>Programas. create: --name, --currency, la regla (--fixed IMPORTE o --rule JSON como {&quot;kind&quot;:&quot;per_household_member&quot;,&quot;base&quot;:{&quot;amount&quot;:&quot;20&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;per_member&quot;:{&quot;amount&quot;:&quot;5&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;member_cap&quot;:4}), la elegibilidad (--regions A,B, --household-min/max, --age-min/max, --include-inactive), --payer-type y --payer, --payee-type, --backend con --tenant, --payment-mode y el hub (--hub sandbox para el de prueba de PayDesk, o --bulk-url, --ops-url y --ops-user, el usuario OAuth de la aplicación de operaciones) para Payment Hub EE, o --hub sandbox o --bulk-url (el receptor de desembolsos), --mapper-url (el mapeador ID-cuenta, para --payee-type registry_id; con --mapper-callback-url, se consulta al mapeador de forma asíncrona y responde a esa dirección), --sender-id, --receiver-id y --signing-key-id (solicitudes firmadas con Ed25519, la clave dada a send --key) para G2P Connect; --max-batch-rows, --max-file-bytes, --budget. list: todos los programas. enrol ID: aplicar la elegibilidad del programa al registro. tiers ID [TRAMOS]: mostrar o fijar cuántos verificadores distintos necesita un ciclo según su total, como pares IMPORTE:VERIFICADORES tales como «0:1, 50000:2, 250000:3» («none»: un verificador). release ID: mostrar, o fijar con --sign-off yes|no (cada lote visado por su preparador y refrendado por un verificador antes de enviarse), --pilot-payments N y --pilot-max-failed PORCENTAJE (cada ciclo empieza con un lote piloto de N pagos; el resto solo se libera cuando los resultados del piloto son definitivos y como máximo el PORCENTAJE de ellos falló). check ID: probar la conexión con el hub del programa (a cada parte se le pregunta algo inocuo; las opciones del hub sustituyen las direcciones del programa); código de salida 1 si una parte no responde. password ID: guardar la contraseña del usuario de la aplicación de operaciones, leída de la entrada estándar, en el llavero del sistema (nunca en la base de datos); --forget la quita.</translation>
    </message>
    <message>
        <source>With password: remove the password from the system keychain.</source>
        <translation>Con password: quitar la contraseña del llavero del sistema.</translation>
    </message>
    <message>
        <source>program takes create, list, enrol ID, tiers ID [TIERS], release ID, check ID or password ID.</source>
        <translation>program admite create, list, enrol ID, tiers ID [TRAMOS], release ID, check ID o password ID.</translation>
    </message>
    <message>
        <source>Program %1 names no operations-app user: give --hub-user (and --ops-url), or create the program with --ops-user.</source>
        <translation>El programa %1 no indica ningún usuario de la aplicación de operaciones: indique --hub-user (y --ops-url), o cree el programa con --ops-user.</translation>
    </message>
    <message>
        <source>The password was not removed: %1</source>
        <translation>No se quitó la contraseña: %1</translation>
    </message>
    <message>
        <source>The password of %1 at %2 is no longer in the system keychain.</source>
        <translation>La contraseña de %1 en %2 ya no está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>program password reads the password from standard input: none was given.</source>
        <translation>program password lee la contraseña de la entrada estándar: no se dio ninguna.</translation>
    </message>
    <message>
        <source>The password was not kept: %1. PayDesk writes it nowhere else: set PAYDESK_HUB_PASSWORD for each run instead.</source>
        <translation>No se guardó la contraseña: %1. PayDesk no la escribe en ningún otro sitio: defina PAYDESK_HUB_PASSWORD en cada ejecución.</translation>
    </message>
    <message>
        <source>The password of %1 at %2 is in the system keychain.</source>
        <translation>La contraseña de %1 en %2 está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The program&apos;s hub may be reached over plain http on another computer (a trusted network only: payment files and passwords cross it unencrypted).</source>
        <translation>El hub del programa puede alcanzarse por http simple en otro ordenador (solo en una red de confianza: los archivos de pago y las contraseñas la cruzan sin cifrar).</translation>
    </message>
    <message>
        <source>Payment Hub EE: where payees are looked up before approval (a Mojaloop SDK scheme adapter&apos;s outbound API; the findings list those it does not know).</source>
        <translation>Payment Hub EE: dónde se consulta a los beneficiarios antes de la aprobación (la API saliente de un adaptador de esquema Mojaloop SDK; los hallazgos listan a los que no conoce).</translation>
    </message>
</context>
<context>
    <name>ProgramPaymentSection</name>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Ask each part of this hub something harmless and say what answers; nothing is sent.</source>
        <translation>Hacer a cada parte de este hub una pregunta inofensiva y decir qué responde; no se envía nada.</translation>
    </message>
    <message>
        <source>At these addresses</source>
        <translation>En estas direcciones</translation>
    </message>
    <message>
        <source>PayDesk&apos;s sandbox (no real money)</source>
        <translation>El entorno de pruebas de PayDesk (sin dinero real)</translation>
    </message>
    <message>
        <source>Allow plain &amp;http (trusted network only)</source>
        <translation>Permitir &amp;http simple (solo red de confianza)</translation>
    </message>
    <message>
        <source>Without it, PayDesk reaches a hub on another computer only over https: with it, payment files and passwords cross the network unencrypted.</source>
        <translation>Sin esto, PayDesk solo llega a un hub en otro ordenador por https: con esto, los archivos de pago y las contraseñas cruzan la red sin cifrar.</translation>
    </message>
    <message>
        <source>empty: the operations app asks for no token</source>
        <translation>vacío: la aplicación de operaciones no pide token</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in the database</source>
        <translation>guardada en el llavero del sistema, nunca en la base de datos</translation>
    </message>
    <message>
        <source>empty: ask the mapper synchronously</source>
        <translation>vacío: consultar al mapper de forma síncrona</translation>
    </message>
    <message>
        <source>Where the mapper posts its answers when it is asked asynchronously (http://this-computer:8700/callback/mapper)</source>
        <translation>Dónde el mapper envía sus respuestas cuando se le consulta de forma asíncrona (http://este-equipo:8700/callback/mapper)</translation>
    </message>
    <message>
        <source>empty: requests are not signed</source>
        <translation>vacío: las solicitudes no se firman</translation>
    </message>
    <message>
        <source>Payer account type:</source>
        <translation>Tipo de cuenta pagadora:</translation>
    </message>
    <message>
        <source>Payer account:</source>
        <translation>Cuenta pagadora:</translation>
    </message>
    <message>
        <source>Pay beneficiaries by:</source>
        <translation>Pagar a los beneficiarios por:</translation>
    </message>
    <message>
        <source>Payment backend:</source>
        <translation>Canal de pago:</translation>
    </message>
    <message>
        <source>Hub tenant:</source>
        <translation>Inquilino del hub:</translation>
    </message>
    <message>
        <source>Hub payment mode:</source>
        <translation>Modo de pago del hub:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Bulk processor or G2P Connect receiver:</source>
        <translation>Procesador masivo o receptor G2P Connect:</translation>
    </message>
    <message>
        <source>Hub operations app:</source>
        <translation>Aplicación de operaciones del hub:</translation>
    </message>
    <message>
        <source>Operations-app user:</source>
        <translation>Usuario de la aplicación de operaciones:</translation>
    </message>
    <message>
        <source>Its password:</source>
        <translation>Su contraseña:</translation>
    </message>
    <message>
        <source>ID-to-account mapper:</source>
        <translation>Mapper identificador-cuenta:</translation>
    </message>
    <message>
        <source>Mapper answers to:</source>
        <translation>El mapper responde a:</translation>
    </message>
    <message>
        <source>G2P Connect sender id:</source>
        <translation>Identificador de remitente G2P Connect:</translation>
    </message>
    <message>
        <source>Signing key id (Ed25519):</source>
        <translation>Identificador de clave de firma (Ed25519):</translation>
    </message>
    <message>
        <source>Rows per batch, at most:</source>
        <translation>Filas por lote, como máximo:</translation>
    </message>
    <message>
        <source>Batch file bytes, at most:</source>
        <translation>Bytes por archivo de lote, como máximo:</translation>
    </message>
    <message>
        <source>Testing the connection to the hub…</source>
        <translation>Probando la conexión con el hub…</translation>
    </message>
    <message>
        <source>empty: payees are not looked up before approval</source>
        <translation>vacío: no se consulta a los beneficiarios antes de la aprobación</translation>
    </message>
    <message>
        <source>A Mojaloop SDK scheme adapter&apos;s outbound API: before approval, every payee is looked up there (GET /parties) and those it does not know are findings. With PayDesk&apos;s sandbox, any address here has the sandbox answer.</source>
        <translation>La API saliente de un adaptador de esquema Mojaloop SDK: antes de la aprobación, cada beneficiario se consulta ahí (GET /parties) y los que no conoce son hallazgos. Con el entorno de pruebas de PayDesk, cualquier dirección aquí hace responder al entorno de pruebas.</translation>
    </message>
    <message>
        <source>Payee lookup before approval:</source>
        <translation>Consulta de beneficiarios antes de aprobar:</translation>
    </message>
</context>
<context>
    <name>ProgramRepository</name>
    <message>
        <source>there is no program %1</source>
        <translation>no existe el programa %1</translation>
    </message>
    <message>
        <source>there is already a program named %1</source>
        <translation>ya existe un programa llamado %1</translation>
    </message>
    <message>
        <source>cannot save the program: %1</source>
        <translation>no se puede guardar el programa: %1</translation>
    </message>
    <message>
        <source>cannot save the program: no id came back</source>
        <translation>no se puede guardar el programa: no se devolvió ningún identificador</translation>
    </message>
    <message>
        <source>program %1 could not be read: %2</source>
        <translation>no se pudo leer el programa %1: %2</translation>
    </message>
    <message>
        <source>the program of cycle %1 could not be read: %2</source>
        <translation>no se pudo leer el programa del ciclo %1: %2</translation>
    </message>
    <message>
        <source>there is no cycle %1</source>
        <translation>no existe el ciclo %1</translation>
    </message>
</context>
<context>
    <name>ProgramRuleSql</name>
    <message>
        <source>cannot read the registry&apos;s regions: %1</source>
        <translation>no se pueden leer las regiones del registro: %1</translation>
    </message>
    <message>
        <source>the registry has %1 different regions; at most %2 can be told apart</source>
        <translation>el registro tiene %1 regiones distintas; como máximo se pueden distinguir %2</translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>&amp;New program</source>
        <translation>&amp;Nuevo programa</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>&amp;Moneda (ISO 4217):</translation>
    </message>
    <message>
        <source>Entitlement per cycle</source>
        <translation>Derecho por ciclo</translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation>Un importe fijo</translation>
    </message>
    <message>
        <source>A base amount plus an amount per household member</source>
        <translation>Un importe base más un importe por miembro del hogar</translation>
    </message>
    <message>
        <source>An amount per region</source>
        <translation>Un importe por región</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>Base amount:</source>
        <translation>Importe base:</translation>
    </message>
    <message>
        <source>Per household member:</source>
        <translation>Por miembro del hogar:</translation>
    </message>
    <message>
        <source>Members counted at most:</source>
        <translation>Miembros contados como máximo:</translation>
    </message>
    <message>
        <source>One region per line: Northern = 30</source>
        <translation>Una región por línea: Northern = 30</translation>
    </message>
    <message>
        <source>empty: nothing for other regions</source>
        <translation>vacío: nada para las demás regiones</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation>Importes:</translation>
    </message>
    <message>
        <source>Other regions:</source>
        <translation>Otras regiones:</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <source>empty: every region; else Northern, Coastal</source>
        <translation>vacío: todas las regiones; si no, Northern, Coastal</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regiones:</translation>
    </message>
    <message>
        <source>Household size from:</source>
        <translation>Tamaño del hogar desde:</translation>
    </message>
    <message>
        <source>Household size to:</source>
        <translation>Tamaño del hogar hasta:</translation>
    </message>
    <message>
        <source>Age from:</source>
        <translation>Edad desde:</translation>
    </message>
    <message>
        <source>Age to:</source>
        <translation>Edad hasta:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Presupuesto:</translation>
    </message>
    <message>
        <source>&amp;Save program</source>
        <translation>&amp;Guardar el programa</translation>
    </message>
    <message>
        <source>&amp;Enrol from the registry</source>
        <translation>&amp;Inscribir desde el registro</translation>
    </message>
    <message>
        <source>entitlement rule: %1: %2</source>
        <translation>regla de derecho: %1: %2</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>base amount</source>
        <translation>importe base</translation>
    </message>
    <message>
        <source>amount per member</source>
        <translation>importe por miembro</translation>
    </message>
    <message>
        <source>entitlement rule: &quot;%1&quot; is not &quot;Region = amount&quot;</source>
        <translation>regla de derecho: «%1» no es «Región = importe»</translation>
    </message>
    <message>
        <source>other regions</source>
        <translation>otras regiones</translation>
    </message>
    <message>
        <source>payer account: %1</source>
        <translation>cuenta pagadora: %1</translation>
    </message>
    <message>
        <source>budget: %1</source>
        <translation>presupuesto: %1</translation>
    </message>
    <message>
        <source>Choose who is acting (top right) first.</source>
        <translation>Elija primero quién actúa (arriba a la derecha).</translation>
    </message>
    <message>
        <source>Program saved.</source>
        <translation>Programa guardado.</translation>
    </message>
    <message>
        <source>Choose a saved program and who is acting first.</source>
        <translation>Elija primero un programa guardado y quién actúa.</translation>
    </message>
    <message>
        <source>Enrolling… the registry is being read.</source>
        <translation>Inscribiendo… se está leyendo el registro.</translation>
    </message>
    <message>
        <source>%1 enrolled: %2 joined, %3 left.</source>
        <translation>%1 inscrito: %2 entraron, %3 salieron.</translation>
    </message>
    <message>
        <source>Enrolment failed: %1</source>
        <translation>La inscripción falló: %1</translation>
    </message>
    <message>
        <source>%1 is not a currency code</source>
        <translation>%1 no es un código de moneda</translation>
    </message>
    <message>
        <source>The program was not saved: %1</source>
        <translation>El programa no se guardó: %1</translation>
    </message>
    <message>
        <source>Approval and release</source>
        <translation>Aprobación y liberación</translation>
    </message>
    <message>
        <source>e.g. 0:1, 50000:2, 250000:3 (empty: one checker)</source>
        <translation>p. ej. 0:1, 50000:2, 250000:3 (vacío: un verificador)</translation>
    </message>
    <message>
        <source>From each total upwards (in the program&apos;s currency), how many distinct checkers approve a cycle.</source>
        <translation>A partir de cada total (en la moneda del programa), cuántos verificadores distintos aprueban un ciclo.</translation>
    </message>
    <message>
        <source>Each batch is signed off by its maker and countersigned by a checker before it is sent</source>
        <translation>Cada lote lo visa su preparador y lo contrafirma un verificador antes de enviarse</translation>
    </message>
    <message>
        <source>no pilot</source>
        <translation>sin piloto</translation>
    </message>
    <message>
        <source>Approval tiers:</source>
        <translation>Tramos de aprobación:</translation>
    </message>
    <message>
        <source>Pilot payments per cycle:</source>
        <translation>Pagos piloto por ciclo:</translation>
    </message>
    <message>
        <source>Pilot failures allowed, at most:</source>
        <translation>Fallos del piloto admitidos, como máximo:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>The program was not saved: the approval tiers are wrong.</source>
        <translation>El programa no se guardó: los tramos de aprobación son incorrectos.</translation>
    </message>
    <message>
        <source>The program was saved; its approval tiers or release policy were not.</source>
        <translation>El programa se guardó; sus tramos de aprobación o su política de liberación no.</translation>
    </message>
    <message>
        <source>✓ %1: %2</source>
        <translation>✓ %1: %2</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>Not tested: the operations app&apos;s password was not given.</source>
        <translation>No se probó: no se dio la contraseña de la aplicación de operaciones.</translation>
    </message>
    <message>
        <source>No program yet: fill in the form and press Save program.</source>
        <translation>Ningún programa todavía: rellene el formulario y pulse Guardar programa.</translation>
    </message>
    <message>
        <source>That password is forgotten: the next test asks for it again.</source>
        <translation>Esa contraseña se olvidó: la próxima prueba la pedirá de nuevo.</translation>
    </message>
    <message>
        <source>the new program</source>
        <translation>el programa nuevo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Save them first?</source>
        <translation>Los cambios de %1 no están guardados. ¿Guardarlos primero?</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <source>not a PEM public key or certificate</source>
        <translation>no es una clave pública PEM ni un certificado</translation>
    </message>
    <message>
        <source>an officer&apos;s key is Ed25519 or RSA; this one is neither</source>
        <translation>la clave de un agente es Ed25519 o RSA; esta no es ninguna de las dos</translation>
    </message>
    <message>
        <source>an RSA key for signing off needs at least 2048 bits</source>
        <translation>una clave RSA para visar necesita al menos 2048 bits</translation>
    </message>
    <message>
        <source>the signature is not Base64</source>
        <translation>la firma no está en Base64</translation>
    </message>
    <message>
        <source>the signature does not match the signed bytes with this key</source>
        <translation>la firma no coincide con los bytes firmados con esta clave</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Reconciles a cycle&apos;s sent batches with the program&apos;s Payment Hub EE: payments become paid or failed (with the hub&apos;s reason); a batch completes when every payment is final, the cycle is distributed when every batch is. Offline: --batch ID --results FILE applies the hub&apos;s batch detail export or result CSV instead.</source>
        <translation>Concilia los lotes enviados de un ciclo con el Payment Hub EE del programa: los pagos pasan a pagados o fallidos (con el motivo del hub); un lote se completa cuando cada pago es definitivo, el ciclo queda distribuido cuando lo está cada lote. Sin conexión: --batch ID --results ARCHIVO aplica en su lugar la exportación del detalle de lote o el CSV de resultados del hub.</translation>
    </message>
    <message>
        <source>Poll again every S seconds until the cycle is distributed.</source>
        <translation>Volver a consultar cada S segundos hasta que el ciclo esté distribuido.</translation>
    </message>
    <message>
        <source>With --results: the batch the file is about.</source>
        <translation>Con --results: el lote al que se refiere el archivo.</translation>
    </message>
    <message>
        <source>The hub&apos;s batch detail (JSON) or result CSV.</source>
        <translation>El detalle de lote del hub (JSON) o el CSV de resultados.</translation>
    </message>
    <message>
        <source>reconcile takes a cycle id, and --batch with --results together.</source>
        <translation>reconcile admite un identificador de ciclo, y --batch junto con --results.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cycle %1 is distributed: every payment is final.</source>
        <translation>El ciclo %1 está distribuido: cada pago es definitivo.</translation>
    </message>
    <message>
        <source>--watch takes a number of seconds, 1 or more.</source>
        <translation>--watch admite un número de segundos, 1 o más.</translation>
    </message>
    <message>
        <source>Cycle %1 has no batch %2.</source>
        <translation>El ciclo %1 no tiene el lote %2.</translation>
    </message>
    <message>
        <source>Program %1 names no hub to ask: give --bulk-url (and --ops-url for Payment Hub EE).</source>
        <translation>El programa %1 no indica ningún hub al que consultar: indique --bulk-url (y --ops-url para Payment Hub EE).</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún no enviado</translation>
    </message>
    <message>
        <source>Reconcile every 30 s</source>
        <translation>Conciliar cada 30 s</translation>
    </message>
    <message>
        <source>&amp;Reconcile now</source>
        <translation>&amp;Conciliar ahora</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Ciclo:</translation>
    </message>
    <message>
        <source>Choose a cycle and who is acting first.</source>
        <translation>Elija primero un ciclo y quién actúa.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Consultando el hub…</translation>
    </message>
    <message>
        <source>No sent batch is waiting for the hub.</source>
        <translation>Ningún lote enviado espera al hub.</translation>
    </message>
    <message>
        <source>%1 batches asked: %2 now complete, %3 could not be read. %4</source>
        <translation>%1 lotes consultados: %2 ya completos, %3 no se pudieron leer. %4</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Paid vs entitled</source>
        <translation>Pagado / derechos</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>En el tiempo</translation>
    </message>
    <message>
        <source>Failure reasons</source>
        <translation>Motivos de fallo</translation>
    </message>
    <message>
        <source>Save the cycle&apos;s report</source>
        <translation>Guardar el informe del ciclo</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;Every payment, CSV (*.csv)</source>
        <translation>Informe PDF (*.pdf);;Cada pago, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
    <message>
        <source>Cannot save the report: %1</source>
        <translation>No se puede guardar el informe: %1</translation>
    </message>
    <message>
        <source>Apply a result &amp;file…</source>
        <translation>Aplicar un &amp;archivo de resultados…</translation>
    </message>
    <message>
        <source>Offline: the hub&apos;s batch detail export or result CSV, for one sent batch</source>
        <translation>Sin conexión: la exportación del detalle de lote del hub o su CSV de resultados, para un lote enviado</translation>
    </message>
    <message>
        <source>entitled (approved)</source>
        <translation>derechos (aprobados)</translation>
    </message>
    <message>
        <source>Batch %1 (hub %2)</source>
        <translation>Lote %1 (hub %2)</translation>
    </message>
    <message>
        <source>No sent batch of this cycle waits for results.</source>
        <translation>Ningún lote enviado de este ciclo espera resultados.</translation>
    </message>
    <message>
        <source>Apply a result file</source>
        <translation>Aplicar un archivo de resultados</translation>
    </message>
    <message>
        <source>The results are for:</source>
        <translation>Los resultados son para:</translation>
    </message>
    <message>
        <source>The hub&apos;s batch detail export or result CSV</source>
        <translation>La exportación del detalle de lote del hub o su CSV de resultados</translation>
    </message>
    <message>
        <source>Hub results (*.json *.csv);;All files (*)</source>
        <translation>Resultados del hub (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a sent batch of the cycle shown, and who is acting, first.</source>
        <translation>Elija primero un lote enviado del ciclo mostrado y quién actúa.</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>Aplicando %1…</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>This program names no hub to ask.</source>
        <translation>Este programa no indica ningún hub al que preguntar.</translation>
    </message>
    <message>
        <source>Match a bank &amp;statement…</source>
        <translation>Conciliar un &amp;extracto bancario…</translation>
    </message>
    <message>
        <source>The payer account&apos;s statement (MT940 or CSV): what the hub paid against what the bank debited</source>
        <translation>El extracto de la cuenta pagadora (MT940 o CSV): lo que pagó el hub frente a lo que debitó el banco</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>In the dark</source>
        <translation>A oscuras</translation>
    </message>
    <message>
        <source>The payer account&apos;s bank statement</source>
        <translation>El extracto bancario de la cuenta pagadora</translation>
    </message>
    <message>
        <source>Bank statements (*.sta *.mt940 *.txt *.csv);;All files (*)</source>
        <translation>Extractos bancarios (*.sta *.mt940 *.txt *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (incierto)</translation>
    </message>
    <message>
        <source>The hub&apos;s batch %1</source>
        <translation>El lote %1 del hub</translation>
    </message>
    <message>
        <source>In the dark (%1)</source>
        <translation>A oscuras (%1)</translation>
    </message>
    <message>
        <source>Matching %1 against the cycle…</source>
        <translation>Conciliando %1 con el ciclo…</translation>
    </message>
    <message>
        <source>The statement was not matched: %1</source>
        <translation>El extracto no se concilió: %1</translation>
    </message>
    <message>
        <source>The statement agrees with the hub: every paid payment is debited once, nothing else was debited.</source>
        <translation>El extracto concuerda con el hub: cada pago pagado se debitó una vez, nada más se debitó.</translation>
    </message>
    <message>
        <source>The statement and the hub disagree: see the findings.</source>
        <translation>El extracto y el hub no concuerdan: vea los hallazgos.</translation>
    </message>
    <message>
        <source>Nothing was asked: the operations app&apos;s password was not given.</source>
        <translation>No se preguntó nada: no se dio la contraseña de la aplicación de operaciones.</translation>
    </message>
    <message>
        <source>Totals by state and currency</source>
        <translation>Totales por estado y moneda</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>RegionTotalsChart</name>
    <message>
        <source>Entitled per region (%1)</source>
        <translation>Derechos por región (%1)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(sin región)</translation>
    </message>
    <message>
        <source>Entitled per region</source>
        <translation>Debido por región</translation>
    </message>
</context>
<context>
    <name>RegistryColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is not a mapping of the form &quot;Header=field&quot; with a known field</source>
        <translation>«%1» no es una asociación con la forma «Cabecera=campo» con un campo conocido</translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; both hold the field %3; map one of them to another field</source>
        <translation>las columnas «%1» y «%2» contienen ambas el campo %3; asocie una de ellas a otro campo</translation>
    </message>
    <message>
        <source>the file has no registry_id column; map the column that holds the registry id</source>
        <translation>el archivo no tiene columna registry_id; asocie la columna que contiene el identificador del registro</translation>
    </message>
    <message>
        <source>the file has neither a given_name nor a family_name column</source>
        <translation>el archivo no tiene columna given_name ni family_name</translation>
    </message>
</context>
<context>
    <name>RegistryFilePreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1, header row: %2</source>
        <translation>%1, fila de cabecera: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: a registry file starts with a header row</source>
        <translation>%1 está vacío: un archivo del registro empieza con una fila de cabecera</translation>
    </message>
    <message>
        <source>%1, header row, column %2: %3</source>
        <translation>%1, fila de encabezado, columna %2: %3</translation>
    </message>
    <message>
        <source>%1, header row, column %2: invalid encoding (byte %3 is not UTF-8); save the file as UTF-8</source>
        <translation>%1, fila de encabezado, columna %2: codificación no válida (el byte %3 no es UTF-8); guarde el archivo como UTF-8</translation>
    </message>
</context>
<context>
    <name>RegistryImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Guardar filas rechazadas…</translation>
    </message>
    <message>
        <source>Import registry</source>
        <translation>Importar registro</translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation>Archivo del registro</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Registry field</source>
        <translation>Campo del registro</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Registry file:</source>
        <translation>Archivo del registro:</translation>
    </message>
    <message>
        <source>Columns (check that each column feeds the right field):</source>
        <translation>Columnas (compruebe que cada columna alimenta el campo correcto):</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Choose a registry file</source>
        <translation>Elegir un archivo del registro</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorar esta columna)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) found. Press Import to read and check every row.</source>
        <translation>
            <numerusform>Se encontró %n columna. Pulse Importar para leer y comprobar cada fila.</numerusform>
            <numerusform>Se encontraron %n columnas. Pulse Importar para leer y comprobar cada fila.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Importing… %1 rows read</source>
        <translation>Importando… %1 filas leídas</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>No se importó nada. %1</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Columnas ignoradas: %1.</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Its own name</source>
        <translation>Su propio nombre</translation>
    </message>
    <message>
        <source>Guessed from another system&apos;s name: check it</source>
        <translation>Deducido del nombre de otro sistema: compruébelo</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>Elegido por usted</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importa</translation>
    </message>
    <message>
        <source>I have checked the &amp;guessed columns</source>
        <translation>He comprobado las columnas &amp;deducidas</translation>
    </message>
    <message>
        <source>Refuse the whole file if a row is not &amp;UTF-8 (otherwise only that row is rejected)</source>
        <translation>Rechazar todo el archivo si una fila no está en &amp;UTF-8 (si no, solo se rechaza esa fila)</translation>
    </message>
    <message>
        <source>How it was matched</source>
        <translation>Cómo se reconoció</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Check the guessed columns, then tick the box above.</source>
        <translation>Compruebe las columnas deducidas y marque la casilla de arriba.</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 filas leídas: %2 nuevas, %3 actualizadas, %4 sin cambios, %5 rechazadas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported row(s) had a value changed by a documented rule (listed below).</source>
        <translation>
            <numerusform>%Ln fila importada tenía un valor cambiado por una regla documentada (abajo).</numerusform>
            <numerusform>%Ln filas importadas tenían un valor cambiado por una regla documentada (abajo).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 payee accounts of this file are held by more than one registry id (likely duplicates), e.g. %2.</source>
        <translation>%1 cuentas de beneficiarios de este archivo pertenecen a más de un identificador del registro (probables duplicados), p. ej. %2.</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (columna %2)</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>toda la fila</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Imported, changed</source>
        <translation>Importada, cambiada</translation>
    </message>
</context>
<context>
    <name>RegistryImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1, header row: %2</source>
        <translation>%1, fila de cabecera: %2</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>No se puede iniciar una transacción de base de datos: %1</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>No se puede registrar la importación: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation>No se puede preparar la importación: %1</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>No se pueden escribir las filas rechazadas en %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; the registry is unchanged.</source>
        <translation>Se canceló la importación; el registro no ha cambiado.</translation>
    </message>
    <message>
        <source>registry id %1 appears more than once in this file; only its first row was imported</source>
        <translation>el identificador del registro %1 aparece más de una vez en este archivo; solo se importó su primera fila</translation>
    </message>
    <message>
        <source>%1, line %2: the database refused the row: %3</source>
        <translation>%1, línea %2: la base de datos rechazó la fila: %3</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. No se importó nada.</translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation>No se puede confirmar la importación: %1</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5. Nothing was imported.</source>
        <translation>%1, línea %2, columna %3 (%4): %5. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>&amp;Import registry…</source>
        <translation>&amp;Importar registro…</translation>
    </message>
    <message>
        <source>Filter by</source>
        <translation>Filtrar por</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>ID de registro</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texto del filtro</translation>
    </message>
    <message>
        <source>Filter: part of a name (3+ letters), or the start of an ID, region or phone</source>
        <translation>Filtro: parte de un nombre (3 letras o más), o el inicio de un ID, región o teléfono</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation>Cuenta del beneficiario</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Documento nacional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The registry is empty. Import a registry CSV file to begin.</source>
        <translation>El registro está vacío. Importe un archivo CSV de registro para empezar.</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>Leyendo el registro…</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>%1 beneficiaries</source>
        <translation>%1 beneficiarios</translation>
    </message>
    <message>
        <source>%1 of %2 beneficiaries match the filter</source>
        <translation>%1 de %2 beneficiarios coinciden con el filtro</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n member(s)</source>
        <translation>
            <numerusform>%1, %n miembro</numerusform>
            <numerusform>%1, %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the registry again (other officers may have changed a shared database)</source>
        <translation>Volver a leer el registro (otros funcionarios pueden haber cambiado una base compartida)</translation>
    </message>
    <message>
        <source>Only &amp;shared payee accounts</source>
        <translation>Solo cuentas de pago &amp;compartidas</translation>
    </message>
    <message>
        <source>Beneficiaries whose payee account another registry id also holds: likely duplicates</source>
        <translation>Beneficiarios cuya cuenta de pago también pertenece a otro identificador del registro: duplicados probables</translation>
    </message>
    <message>
        <source>Likely duplicate: this account is also registered for %1</source>
        <translation>Duplicado probable: esta cuenta también está registrada para %1</translation>
    </message>
</context>
<context>
    <name>ReissueCommand</name>
    <message>
        <source>Pays failed payments again under four eyes. &quot;request CYCLE_ID&quot;: a maker asks for the cycle&apos;s failed payments (or those named by --payment) to be paid again; &quot;approve REQUEST_ID&quot; or &quot;reject REQUEST_ID --why TEXT&quot;: a checker other than the maker decides; approval reopens a distributed cycle, and the next &quot;batches prepare&quot; gives each payment a new request id. &quot;list CYCLE_ID&quot;: the cycle&apos;s requests.</source>
        <translation>Vuelve a pagar los pagos fallidos bajo doble control. «request CYCLE_ID»: un preparador pide que los pagos fallidos del ciclo (o los indicados con --payment) se paguen de nuevo; «approve REQUEST_ID» o «reject REQUEST_ID --why TEXTO»: decide un verificador distinto del preparador; la aprobación reabre un ciclo distribuido, y el siguiente «batches prepare» da a cada pago un nuevo identificador de solicitud. «list CYCLE_ID»: las solicitudes del ciclo.</translation>
    </message>
    <message>
        <source>With request: a failed payment to pay again (repeatable).</source>
        <translation>Con request: un pago fallido a pagar de nuevo (repetible).</translation>
    </message>
    <message>
        <source>With reject: the reason, kept in the audit log.</source>
        <translation>Con reject: el motivo, guardado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>request, approve, reject or list.</source>
        <translation>request, approve, reject o list.</translation>
    </message>
    <message>
        <source>The cycle (request, list) or the request (approve, reject).</source>
        <translation>El ciclo (request, list) o la solicitud (approve, reject).</translation>
    </message>
    <message>
        <source>reissue takes request, approve, reject or list, and an id.</source>
        <translation>reissue admite request, approve, reject o list, y un identificador.</translation>
    </message>
    <message>
        <source>reject needs --why: the reason is kept in the audit log.</source>
        <translation>reject necesita --why: el motivo se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>--payment takes a payment id, not &quot;%1&quot;.</source>
        <translation>--payment admite un identificador de pago, no «%1».</translation>
    </message>
    <message>
        <source>%1	%2	%3 payments	%4 %5	asked by %6 %7	%8 %9</source>
        <translation>%1	%2	%3 pagos	%4 %5	pedido por %6 %7	%8 %9</translation>
    </message>
    <message>
        <source>Re-issue request %1: %2 failed payments to pay again; a checker other than %3 decides.</source>
        <translation>Solicitud de reemisión %1: %2 pagos fallidos a pagar de nuevo; decide un verificador distinto de %3.</translation>
    </message>
    <message>
        <source>Re-issue request %1 approved: &quot;batches prepare&quot; now pays them again.</source>
        <translation>Solicitud de reemisión %1 aprobada: «batches prepare» ahora los vuelve a pagar.</translation>
    </message>
    <message>
        <source>Re-issue request %1 rejected.</source>
        <translation>Solicitud de reemisión %1 rechazada.</translation>
    </message>
</context>
<context>
    <name>ReissuePanel</name>
    <message>
        <source>Pay &amp;failed payments again…</source>
        <translation>Pagar de nuevo los pagos &amp;fallidos…</translation>
    </message>
    <message>
        <source>&amp;Approve re-issue</source>
        <translation>&amp;Aprobar reemisión</translation>
    </message>
    <message>
        <source>Re&amp;ject re-issue…</source>
        <translation>Re&amp;chazar reemisión…</translation>
    </message>
    <message>
        <source>%1 asked on %2 to pay %3 failed payments again (%4 %5); a checker other than %1 decides.</source>
        <translation>%1 pidió el %2 pagar de nuevo %3 pagos fallidos (%4 %5); decide un verificador distinto de %1.</translation>
    </message>
    <message>
        <source>%1 failed payments are not paid again yet: a maker may ask for it.</source>
        <translation>%1 pagos fallidos aún no se han pagado de nuevo: un preparador puede pedirlo.</translation>
    </message>
    <message>
        <source>Last re-issue request: %1 payments, %2 by %3.</source>
        <translation>Última solicitud de reemisión: %1 pagos, %2 por %3.</translation>
    </message>
    <message>
        <source>No failed payment waits to be paid again.</source>
        <translation>Ningún pago fallido espera pagarse de nuevo.</translation>
    </message>
    <message>
        <source>Choose who is acting first.</source>
        <translation>Elija primero quién actúa.</translation>
    </message>
    <message>
        <source>Re-issue request %1 is waiting for a checker.</source>
        <translation>La solicitud de reemisión %1 espera a un verificador.</translation>
    </message>
    <message>
        <source>Cannot ask for a re-issue: %1</source>
        <translation>No se puede pedir una reemisión: %1</translation>
    </message>
    <message>
        <source>No re-issue request of this cycle waits for a decision.</source>
        <translation>Ninguna solicitud de reemisión de este ciclo espera una decisión.</translation>
    </message>
    <message>
        <source>Cannot decide re-issue request %1: %2</source>
        <translation>No se puede decidir la solicitud de reemisión %1: %2</translation>
    </message>
    <message>
        <source>Re-issue request %1 approved: prepare the cycle&apos;s payments on the Batches page, then send the new batch.</source>
        <translation>Solicitud de reemisión %1 aprobada: prepare los pagos del ciclo en la página Lotes y envíe el nuevo lote.</translation>
    </message>
    <message>
        <source>Re-issue request %1 rejected.</source>
        <translation>Solicitud de reemisión %1 rechazada.</translation>
    </message>
    <message>
        <source>Pay failed payments again</source>
        <translation>Pagar de nuevo los pagos fallidos</translation>
    </message>
    <message>
        <source>Ask for the %1 failed payments of this cycle to be paid again? Each gets a new payment with a new request id once a checker approves.</source>
        <translation>¿Pedir que los %1 pagos fallidos de este ciclo se paguen de nuevo? Cada uno recibe un pago nuevo con un ID de solicitud nuevo cuando un verificador lo apruebe.</translation>
    </message>
    <message>
        <source>Approve the re-issue</source>
        <translation>Aprobar la reemisión</translation>
    </message>
    <message>
        <source>Approve paying them again?</source>
        <translation>¿Aprobar pagarlos de nuevo?</translation>
    </message>
    <message>
        <source>Reject the re-issue</source>
        <translation>Rechazar la reemisión</translation>
    </message>
    <message>
        <source>Why (recorded in the audit log):</source>
        <translation>Por qué (queda en el registro de auditoría):</translation>
    </message>
</context>
<context>
    <name>ReleaseGate</name>
    <message>
        <source>batch %1&apos;s file is no longer the one frozen at preparation (SHA-256 %2, frozen %3): it is not sent</source>
        <translation>el archivo del lote %1 ya no es el congelado en la preparación (SHA-256 %2, congelado %3): no se envía</translation>
    </message>
    <message>
        <source>%1 prepared batch %2 and cannot also send it</source>
        <translation>%1 preparó el lote %2 y no puede también enviarlo</translation>
    </message>
    <message>
        <source>%1 made cycle %2 and cannot also send its batches</source>
        <translation>%1 preparó el ciclo %2 y no puede también enviar sus lotes</translation>
    </message>
    <message>
        <source>cannot read the program of cycle %1: %2</source>
        <translation>no se puede leer el programa del ciclo %1: %2</translation>
    </message>
    <message>
        <source>%1 changed the payer account of %2 and cannot release its next send: another checker must</source>
        <translation>%1 cambió la cuenta pagadora de %2 y no puede liberar su próximo envío: debe hacerlo otro verificador</translation>
    </message>
    <message>
        <source>batch %1 is held: %2</source>
        <translation>el lote %1 está retenido: %2</translation>
    </message>
    <message>
        <source>batch %1 is sent while its cycle is approved; cycle %2 is %3</source>
        <translation>el lote %1 se envía mientras su ciclo está aprobado; el ciclo %2 está %3</translation>
    </message>
    <message>
        <source>batch %1 is sent once its maker signed it off and a checker countersigned it (Sign off… on the Batches page): %2</source>
        <translation>el lote %1 se envía cuando su preparador lo visó y un verificador lo refrendó (Visar… en la página Lotes): %2</translation>
    </message>
</context>
<context>
    <name>ReleasePolicyRepository</name>
    <message>
        <source>cannot read the release policy: %1</source>
        <translation>no se puede leer la política de liberación: %1</translation>
    </message>
    <message>
        <source>a pilot has zero or more payments, and allows 0 to 100 % of them to fail</source>
        <translation>un piloto tiene cero o más pagos, y admite de 0 a 100 % de fallos</translation>
    </message>
    <message>
        <source>cannot save the release policy: %1</source>
        <translation>no se puede guardar la política de liberación: %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>A cycle&apos;s disbursement report: --pdf writes the totals, charts, failed payments, batches and the cycle&apos;s audit trail; --csv writes every payment of the cycle, one row each.</source>
        <translation>El informe de desembolso de un ciclo: --pdf escribe los totales, gráficos, pagos fallidos, lotes y la pista de auditoría del ciclo; --csv escribe cada pago del ciclo, una fila cada uno.</translation>
    </message>
    <message>
        <source>Write the report as PDF to FILE.</source>
        <translation>Escribir el informe en PDF en ARCHIVO.</translation>
    </message>
    <message>
        <source>Write every payment as CSV to FILE.</source>
        <translation>Escribir cada pago en CSV en ARCHIVO.</translation>
    </message>
    <message>
        <source>What to report on: cycle.</source>
        <translation>Sobre qué informar: cycle.</translation>
    </message>
    <message>
        <source>The cycle.</source>
        <translation>El ciclo.</translation>
    </message>
    <message>
        <source>report takes &quot;cycle ID&quot; and --pdf FILE, --csv FILE or both.</source>
        <translation>report admite «cycle ID» y --pdf ARCHIVO, --csv ARCHIVO o ambos.</translation>
    </message>
    <message>
        <source>Report of cycle %1 written to %2.</source>
        <translation>Informe del ciclo %1 escrito en %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Payments of cycle %1 written to %2.</source>
        <translation>Pagos del ciclo %1 escritos en %2.</translation>
    </message>
</context>
<context>
    <name>ResultComparison</name>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>the result file: %1</source>
        <translation>el archivo de resultados: %1</translation>
    </message>
    <message>
        <source>the result file is neither the hub&apos;s batch detail (JSON) nor its result CSV</source>
        <translation>el archivo de resultados no es ni el detalle de lote del hub (JSON) ni su CSV de resultados</translation>
    </message>
    <message>
        <source>the batch file: %1</source>
        <translation>el archivo de lote: %1</translation>
    </message>
    <message>
        <source>the results report it both %1 and %2</source>
        <translation>los resultados lo dan a la vez como %1 y %2</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>disputado</translation>
    </message>
    <message>
        <source>the results name payee %1, the frozen file %2</source>
        <translation>los resultados nombran al beneficiario %1, el archivo congelado %2</translation>
    </message>
    <message>
        <source>the results name amount %1, the frozen file %2</source>
        <translation>los resultados nombran el importe %1, el archivo congelado %2</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>Checked: %1.</source>
        <translation>Comprobado: %1.</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>The evidence pack holds.</source>
        <translation>El paquete de evidencias es íntegro.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problema encontrado.</numerusform>
            <numerusform>%n problemas encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews a Payment Hub EE batch file with no database and no network: rows, totals per currency, and everything the hub would refuse or mangle. A bundle&apos;s manifest and signature (FILE&apos;s .manifest.json and .signature) and the officers&apos; sign-off (.signoff.json) are checked when present; --cert checks the signature. Given a folder, checks an evidence pack (paydesk-cli evidence) instead. Officers&apos; signatures are checked against the administrator&apos;s certificate given with --trust, and count for nothing without it. Exit code 4 when anything is wrong.</source>
        <translation>Revisa un archivo de lote de Payment Hub EE sin base de datos ni red: filas, totales por moneda y todo lo que el hub rechazaría o alteraría. El manifiesto y la firma de un paquete (.manifest.json y .signature del ARCHIVO) y el visado de los funcionarios (.signoff.json) se comprueban si existen; --cert comprueba la firma. Dada una carpeta, comprueba en su lugar un paquete de evidencias (paydesk-cli evidence). Las firmas de los funcionarios se comprueban con el certificado del administrador dado con --trust, y no cuentan sin él. Código de salida 4 si algo está mal.</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate (PEM or base64 DER).</source>
        <translation>El certificado del inquilino (PEM o DER en base64).</translation>
    </message>
    <message>
        <source>The administrator&apos;s certificate (the trust anchor) to check officers&apos; signatures against.</source>
        <translation>El certificado del administrador (el ancla de confianza) con el que comprobar las firmas de los funcionarios.</translation>
    </message>
    <message>
        <source>X-CorrelationID (default: the manifest&apos;s).</source>
        <translation>X-CorrelationID (por defecto: el del manifiesto).</translation>
    </message>
    <message>
        <source>Platform-TenantId (default: the manifest&apos;s).</source>
        <translation>Platform-TenantId (por defecto: el del manifiesto).</translation>
    </message>
    <message>
        <source>The hub&apos;s file size limit.</source>
        <translation>El tamaño máximo de archivo del hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s batch detail export (JSON) or result CSV, to list paid, failed and missing payments.</source>
        <translation>La exportación del detalle de lote del hub (JSON) o su CSV de resultados, para listar los pagos pagados, fallidos y faltantes.</translation>
    </message>
    <message>
        <source>Also write the review as CSV.</source>
        <translation>Escribir también la revisión en CSV.</translation>
    </message>
    <message>
        <source>The batch file.</source>
        <translation>El archivo de lote.</translation>
    </message>
    <message>
        <source>review takes exactly one FILE.</source>
        <translation>review admite exactamente un ARCHIVO.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot review the file: %1</source>
        <translation>No se puede revisar el archivo: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Cannot compare with the results: %1</source>
        <translation>No se puede comparar con los resultados: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 rows, %2 bytes, SHA-256 %3; total %4.</source>
        <translation>%1 filas, %2 bytes, SHA-256 %3; total %4.</translation>
    </message>
    <message>
        <source>  line %1%2: %3</source>
        <translation>  línea %1%2: %3</translation>
    </message>
    <message>
        <source>Signature: %1.</source>
        <translation>Firma: %1.</translation>
    </message>
    <message>
        <source>Manifest: %1.</source>
        <translation>Manifiesto: %1.</translation>
    </message>
    <message>
        <source>Sign-off: %1.</source>
        <translation>Visado: %1.</translation>
    </message>
    <message>
        <source>Against the results: %1 paid, %2 failed, %3 in flight, %4 missing.</source>
        <translation>Frente a los resultados: %1 pagados, %2 fallidos, %3 en curso, %4 faltantes.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>%1 rows; total %2; SHA-256 %3</source>
        <translation>%1 filas; total %2; SHA-256 %3</translation>
    </message>
    <message>
        <source>Batch file review</source>
        <translation>Revisión de archivo de lote</translation>
    </message>
    <message>
        <source>%1 rows, %2 bytes, total %3</source>
        <translation>%1 filas, %2 bytes, total %3</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Signature: %1.</source>
        <translation>Firma: %1.</translation>
    </message>
    <message>
        <source>Manifest: %1.</source>
        <translation>Manifiesto: %1.</translation>
    </message>
    <message>
        <source>Nothing the hub would refuse</source>
        <translation>Nada que el hub rechazaría</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Against the hub&apos;s results</source>
        <translation>Frente a los resultados del hub</translation>
    </message>
    <message>
        <source>%1 paid, %2 failed, %3 in flight, %4 missing; %5 result rows match no payment</source>
        <translation>%1 pagados, %2 fallidos, %3 en curso, %4 faltantes; %5 filas de resultados no corresponden a ningún pago</translation>
    </message>
    <message>
        <source>Sign-off: %1.</source>
        <translation>Visado: %1.</translation>
    </message>
    <message>
        <source>Nothing the hub would refuse.</source>
        <translation>Nada que el hub rechazaría.</translation>
    </message>
    <message>
        <source>the signature does not hold</source>
        <translation>la firma no es válida</translation>
    </message>
    <message>
        <source>the file is not the one its manifest describes</source>
        <translation>el archivo no es el que describe su manifiesto</translation>
    </message>
    <message>
        <source>the sign-off does not hold</source>
        <translation>el visado no es válido</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the rows</source>
        <translation>
            <numerusform>%n problema en las filas</numerusform>
            <numerusform>%n problemas en las filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: %1.</source>
        <translation>
            <numerusform>%n problema encontrado: %1.</numerusform>
            <numerusform>%n problemas encontrados: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretKeeper</name>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>La contraseña está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain can keep the password (%1): PayDesk keeps it until it closes and writes it nowhere.</source>
        <translation>Ningún llavero del sistema puede guardar la contraseña (%1): PayDesk la guarda hasta cerrarse y no la escribe en ningún sitio.</translation>
    </message>
    <message>
        <source>The password of %1 at the hub&apos;s operations app %2:</source>
        <translation>La contraseña de %1 en la aplicación de operaciones del hub %2:</translation>
    </message>
    <message>
        <source>The passphrase of the private key %1:</source>
        <translation>La frase de paso de la clave privada %1:</translation>
    </message>
    <message>
        <source>the key&apos;s passphrase was not given</source>
        <translation>no se dio la frase de paso de la clave</translation>
    </message>
    <message>
        <source>That passphrase does not open the key.</source>
        <translation>Esa frase de paso no abre la clave.</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>&amp;Keep it in the system keychain</source>
        <translation>&amp;Guardar en el llavero del sistema</translation>
    </message>
    <message>
        <source>PayDesk needs a secret</source>
        <translation>PayDesk necesita un secreto</translation>
    </message>
    <message>
        <source>No system keychain can keep it (%1): PayDesk keeps it until it closes, writes it nowhere, and asks again next time.</source>
        <translation>Ningún llavero del sistema puede guardarlo (%1): PayDesk lo guarda hasta cerrarse, no lo escribe en ningún sitio y lo volverá a pedir la próxima vez.</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Sends a cycle&apos;s ready batches to the program&apos;s Payment Hub EE, exactly once: uncertain batches are resolved first. Needs a checker. Without --yes it only shows what would leave.</source>
        <translation>Envía los lotes listos de un ciclo al Payment Hub EE del programa, una sola vez: primero se resuelven los lotes inciertos. Necesita un verificador. Sin --yes solo muestra lo que saldría.</translation>
    </message>
    <message>
        <source>Resolves a cycle&apos;s uncertain (sending) batches against the hub&apos;s operations API.</source>
        <translation>Resuelve los lotes inciertos (en envío) de un ciclo con la API de operaciones del hub.</translation>
    </message>
    <message>
        <source>The tenant&apos;s PEM private key (X-SIGNATURE); resolve needs it only to post again.</source>
        <translation>La clave privada PEM del inquilino (X-SIGNATURE); resolve solo la necesita para volver a enviar.</translation>
    </message>
    <message>
        <source>Only this batch (a refused one is sent again only this way).</source>
        <translation>Solo este lote (un lote rechazado solo se vuelve a enviar así).</translation>
    </message>
    <message>
        <source>The officer confirms the batches, payments and totals shown.</source>
        <translation>El funcionario confirma los lotes, pagos y totales mostrados.</translation>
    </message>
    <message>
        <source>%1 takes a cycle id.</source>
        <translation>%1 admite un identificador de ciclo.</translation>
    </message>
    <message>
        <source>send needs --key, the tenant&apos;s signing key.</source>
        <translation>send necesita --key, la clave de firma del inquilino.</translation>
    </message>
    <message>
        <source>Program %1 pays through PayDesk&apos;s sandbox hub, which runs inside the PayDesk window: give --bulk-url and --ops-url to send from here.</source>
        <translation>El programa %1 paga a través del hub de prueba de PayDesk, que se ejecuta dentro de la ventana de PayDesk: indique --bulk-url y --ops-url para enviar desde aquí.</translation>
    </message>
    <message>
        <source>Program %1 names no hub: give --bulk-url and --ops-url.</source>
        <translation>El programa %1 no indica ningún hub: indique --bulk-url y --ops-url.</translation>
    </message>
    <message>
        <source>--key: %1</source>
        <translation>--key: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: add --yes to confirm.</source>
        <translation>No se envió nada: añada --yes para confirmar.</translation>
    </message>
    <message>
        <source>With --yes: posts again an uncertain batch the hub still does not have after the grace period (same correlation id, same file). Without --yes it shows the evidence of absence.</source>
        <translation>Con --yes: vuelve a enviar un lote incierto que el hub sigue sin tener tras el plazo de gracia (mismo identificador de correlación, mismo archivo). Sin --yes muestra la prueba de la ausencia.</translation>
    </message>
    <message>
        <source>How long the hub may take to show an accepted batch, on the hub&apos;s clock (at least 600, the default).</source>
        <translation>Cuánto puede tardar el hub en mostrar un lote aceptado, según el reloj del hub (al menos 600, el valor por defecto).</translation>
    </message>
    <message>
        <source>With --batch and --yes: the officer confirms that the batch exported for hand-carry was not uploaded anywhere else; it is posted once the hub is shown not to have it.</source>
        <translation>Con --batch y --yes: el funcionario confirma que el lote exportado para entrega en mano no se subió a ningún otro sitio; se envía una vez demostrado que el hub no lo tiene.</translation>
    </message>
    <message>
        <source>--grace-seconds takes a number of seconds, at least %1: a hub may take minutes to show a batch it accepted, and a shorter wait would post it twice.</source>
        <translation>--grace-seconds toma un número de segundos, al menos %1: un hub puede tardar minutos en mostrar un lote que aceptó, y una espera más corta lo enviaría dos veces.</translation>
    </message>
    <message>
        <source>--not-uploaded-elsewhere names one batch: give --batch.</source>
        <translation>--not-uploaded-elsewhere se refiere a un solo lote: indique --batch.</translation>
    </message>
    <message>
        <source>To send to %1 (tenant %2): %3</source>
        <translation>Para enviar a %1 (inquilino %2): %3</translation>
    </message>
    <message>
        <source>The hub does not have the batches above although their grace period is over. If you are sure they were not uploaded in any other way, post them again with --repost --yes (same correlation id, same file).</source>
        <translation>El hub no tiene los lotes de arriba aunque su plazo de gracia ha pasado. Si está seguro de que no se subieron de otra forma, vuelva a enviarlos con --repost --yes (mismo identificador de correlación, mismo archivo).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Browse for %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>A &amp;file on this computer (SQLite)</source>
        <translation>Un &amp;archivo en este equipo (SQLite)</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server shared by several officers</source>
        <translation>Un servidor &amp;PostgreSQL compartido por varios funcionarios</translation>
    </message>
    <message>
        <source>&amp;Test the database</source>
        <translation>&amp;Probar la base de datos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language (from the next start):</source>
        <translation>&amp;Idioma (desde el próximo inicio):</translation>
    </message>
    <message>
        <source>Database (from the next start)</source>
        <translation>Base de datos (desde el próximo inicio)</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in the settings</source>
        <translation>guardada en el llavero del sistema, nunca en los ajustes</translation>
    </message>
    <message>
        <source>the database file</source>
        <translation>el archivo de la base de datos</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Open this database as PayDesk would; an empty one gets PayDesk&apos;s tables.</source>
        <translation>Abrir esta base como lo haría PayDesk; una vacía recibe las tablas de PayDesk.</translation>
    </message>
    <message>
        <source>Hubs (every program&apos;s)</source>
        <translation>Hubs (de todos los programas)</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities only</source>
        <translation>vacío: solo las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates (PEM):</source>
        <translation>Certificados de &amp;CA adicionales (PEM):</translation>
    </message>
    <message>
        <source>the CA certificates</source>
        <translation>los certificados de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Deadline of each exchange:</source>
        <translation>&amp;Plazo de cada intercambio:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Hubs: %1</source>
        <translation>Hubs: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>The password of %1 at the PostgreSQL server %2:</source>
        <translation>La contraseña de %1 en el servidor PostgreSQL %2:</translation>
    </message>
    <message>
        <source>Not tested: the database&apos;s password was not given.</source>
        <translation>No se probó: no se dio la contraseña de la base de datos.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>✓ PayDesk opens %1.</source>
        <translation>✓ PayDesk abre %1.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de la base de datos</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM)</source>
        <translation>Certificados de CA adicionales (PEM)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Database f&amp;ile:</source>
        <translation>Arch&amp;ivo de la base:</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Without a keystroke or click for this long, the window locks and asks for the officer&apos;s key again.</source>
        <translation>Sin pulsar una tecla ni hacer clic durante este tiempo, la ventana se bloquea y vuelve a pedir la clave del funcionario.</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>&amp;Bloquear la ventana tras:</translation>
    </message>
    <message>
        <source>Locking: %1</source>
        <translation>Bloqueo: %1</translation>
    </message>
    <message>
        <source>Saved. The database and the language take effect at the next start; the hubs&apos; and the lock&apos;s at once.</source>
        <translation>Guardado. La base de datos y el idioma surten efecto en el próximo inicio; los hubs y el bloqueo, de inmediato.</translation>
    </message>
    <message>
        <source>This window runs on %1.</source>
        <translation>Esta ventana funciona sobre %1.</translation>
    </message>
    <message>
        <source>This window runs on %1, given when PayDesk started; the choice below is used when it starts without one.</source>
        <translation>Esta ventana funciona sobre %1, indicada al iniciar PayDesk; la elección de abajo se usa cuando se inicia sin ella.</translation>
    </message>
</context>
<context>
    <name>SetupProgress</name>
    <message>
        <source>cannot read how far the setup is: %1</source>
        <translation>no se puede leer el avance de la configuración: %1</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>Prints the X-SIGNATURE Payment Hub EE expects for a batch file: SHA3-256 of &quot;correlation id:tenant:file&quot; (the file as the hub reads it: LF lines, no trailing newline), signed with the RSA key (PKCS#1 v1.5, no DigestInfo), in Base64. With --cert, checks a signature instead.</source>
        <translation>Muestra la X-SIGNATURE que Payment Hub EE espera para un archivo de lote: SHA3-256 de «identificador de correlación:inquilino:archivo» (el archivo tal como lo lee el hub: líneas LF, sin salto de línea final), firmado con la clave RSA (PKCS#1 v1.5, sin DigestInfo), en Base64. Con --cert, comprueba una firma en su lugar.</translation>
    </message>
    <message>
        <source>The batch&apos;s X-CorrelationID.</source>
        <translation>El X-CorrelationID del lote.</translation>
    </message>
    <message>
        <source>The Platform-TenantId.</source>
        <translation>El Platform-TenantId.</translation>
    </message>
    <message>
        <source>PEM private key (PKCS#1 or PKCS#8).</source>
        <translation>Clave privada PEM (PKCS#1 o PKCS#8).</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the key&apos;s passphrase (default: PAYDESK_KEY_PASSPHRASE, else the system keychain).</source>
        <translation>Nombre de la variable de entorno que contiene la frase de paso de la clave (por defecto: PAYDESK_KEY_PASSPHRASE, si no, el llavero del sistema).</translation>
    </message>
    <message>
        <source>Certificate (PEM or base64 DER) to verify --signature with.</source>
        <translation>Certificado (PEM o DER en base64) con el que verificar --signature.</translation>
    </message>
    <message>
        <source>The X-SIGNATURE to verify.</source>
        <translation>La X-SIGNATURE a verificar.</translation>
    </message>
    <message>
        <source>The batch file.</source>
        <translation>El archivo de lote.</translation>
    </message>
    <message>
        <source>sign needs FILE, --correlation-id, --tenant, and either --key, or --cert with --signature.</source>
        <translation>sign necesita ARCHIVO, --correlation-id, --tenant, y --key, o bien --cert con --signature.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The signature does not match: %1.</source>
        <translation>La firma no coincide: %1.</translation>
    </message>
    <message>
        <source>The signature matches.</source>
        <translation>La firma coincide.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Keep the passphrase in this computer&apos;s keychain</source>
        <translation>Guardar la frase de contraseña en el llavero de este equipo</translation>
    </message>
    <message>
        <source>Set up the &amp;administrator…</source>
        <translation>Configurar el &amp;administrador…</translation>
    </message>
    <message>
        <source>Sign in to PayDesk</source>
        <translation>Iniciar sesión en PayDesk</translation>
    </message>
    <message>
        <source>PayDesk is locked</source>
        <translation>PayDesk está bloqueado</translation>
    </message>
    <message>
        <source>Sign in with your own key: every change you make is signed with it, and nobody else can act in your name.</source>
        <translation>Inicie sesión con su propia clave: cada cambio que haga se firma con ella, y nadie más puede actuar en su nombre.</translation>
    </message>
    <message>
        <source>The window locked after a while without use. Sign in again to go on; another officer signs in after you sign out.</source>
        <translation>La ventana se bloqueó tras un tiempo sin uso. Vuelva a iniciar sesión para continuar; otro funcionario inicia sesión después de que usted la cierre.</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <source>Your key file</source>
        <translation>Su archivo de clave</translation>
    </message>
    <message>
        <source>your encrypted key file (.pem)</source>
        <translation>su archivo de clave cifrado (.pem)</translation>
    </message>
    <message>
        <source>The key&apos;s passphrase</source>
        <translation>La frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>empty: the one the keychain keeps for this key</source>
        <translation>vacío: la que el llavero guarda para esta clave</translation>
    </message>
    <message>
        <source>This database has no administrator yet: make the administrator&apos;s key and certificate first.</source>
        <translation>Esta base de datos aún no tiene administrador: cree primero la clave y el certificado del administrador.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Funcionario:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Archivo de &amp;clave:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Nobody administers this database yet. The administrator sets up their key first, then adds the officers and certifies their keys.</source>
        <translation>Nadie administra aún esta base de datos. El administrador configura primero su clave, luego añade a los funcionarios y certifica sus claves.</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Claves (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation>Elija quién es usted.</translation>
    </message>
    <message>
        <source>Choose your key file.</source>
        <translation>Elija su archivo de clave.</translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation>No hay ningún archivo de clave en %1.</translation>
    </message>
    <message>
        <source>%1 is not protected by a passphrase: an officer&apos;s key must be an encrypted PKCS#8 file.</source>
        <translation>%1 no está protegido por una frase de contraseña: la clave de un funcionario debe ser un archivo PKCS#8 cifrado.</translation>
    </message>
    <message>
        <source>Type the key&apos;s passphrase: the keychain keeps none for this key.</source>
        <translation>Escriba la frase de contraseña de la clave: el llavero no guarda ninguna para esta clave.</translation>
    </message>
    <message>
        <source>%1 does not open with this passphrase, or is not a private key.</source>
        <translation>%1 no se abre con esta frase de contraseña, o no es una clave privada.</translation>
    </message>
    <message>
        <source>%1 cannot sign in: %2</source>
        <translation>%1 no puede iniciar sesión: %2</translation>
    </message>
    <message>
        <source>Make my &amp;key…</source>
        <translation>Crear mi &amp;clave…</translation>
    </message>
    <message>
        <source>A new officer makes their key here, and gives its request to the administrator.</source>
        <translation>Un funcionario nuevo crea aquí su clave, y entrega su solicitud al administrador.</translation>
    </message>
    <message>
        <source>Your key is made. Give %1 to the administrator: once they certify it on the Officers page, sign in here with your key.</source>
        <translation>Su clave está creada. Entregue %1 al administrador: cuando la certifique en la página Funcionarios, inicie sesión aquí con su clave.</translation>
    </message>
</context>
<context>
    <name>SignOffVerifier</name>
    <message>
        <source>nobody signed the manifest</source>
        <translation>nadie firmó el manifiesto</translation>
    </message>
    <message>
        <source>the manifest is not the one signed (its SHA-256 is %1, the sign-off names %2)</source>
        <translation>el manifiesto no es el firmado (su SHA-256 es %1, el visado nombra %2)</translation>
    </message>
    <message>
        <source>a checker&apos;s countersignature (%1) with no maker&apos;s sign-off to countersign</source>
        <translation>una contrafirma de verificador (%1) sin visado de preparador que contrafirmar</translation>
    </message>
    <message>
        <source>the maker and the checker are the same officer or hold the same key (%1)</source>
        <translation>el preparador y el verificador son el mismo agente o tienen la misma clave (%1)</translation>
    </message>
    <message>
        <source>signed off and countersigned: %1</source>
        <translation>visado y contrafirmado: %1</translation>
    </message>
    <message>
        <source>signed off, not yet countersigned: %1</source>
        <translation>visado, aún sin contrafirma: %1</translation>
    </message>
    <message>
        <source>the maker&apos;s signature (%1) does not verify: %2</source>
        <translation>la firma del preparador (%1) no se verifica: %2</translation>
    </message>
    <message>
        <source>the checker&apos;s countersignature (%1) does not verify: %2</source>
        <translation>el refrendo del verificador (%1) no se verifica: %2</translation>
    </message>
    <message>
        <source>the certificate is %1&apos;s</source>
        <translation>el certificado es de %1</translation>
    </message>
    <message>
        <source>the maker&apos;s certificate (%1): %2</source>
        <translation>el certificado del preparador (%1): %2</translation>
    </message>
    <message>
        <source>the checker&apos;s certificate (%1): %2</source>
        <translation>el certificado del verificador (%1): %2</translation>
    </message>
    <message>
        <source>the maker&apos;s certificate (%1) is not the one its fingerprint names</source>
        <translation>el certificado del preparador (%1) no es el que nombra su huella</translation>
    </message>
    <message>
        <source>the checker&apos;s certificate (%1) is not the one its fingerprint names</source>
        <translation>el certificado del verificador (%1) no es el que nombra su huella</translation>
    </message>
    <message>
        <source>%1 %2 (certificate %3…, %4)</source>
        <translation>%1 %2 (certificado %3…, %4)</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>not an X.509 certificate in PEM or base64 DER</source>
        <translation>no es un certificado X.509 en PEM o DER base64</translation>
    </message>
    <message>
        <source>the certificate does not hold an RSA public key</source>
        <translation>el certificado no contiene una clave pública RSA</translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>no se puede leer el certificado %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the signature is not base64 of %1 bytes</source>
        <translation>la firma no es base64 de %1 bytes</translation>
    </message>
    <message>
        <source>the signature was not made with this certificate&apos;s key</source>
        <translation>la firma no se hizo con la clave de este certificado</translation>
    </message>
    <message>
        <source>the signature is for other content (the file, correlation id or tenant differ)</source>
        <translation>la firma corresponde a otro contenido (difieren el archivo, el identificador de correlación o el inquilino)</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>not a PEM private key (PKCS#1 or PKCS#8), or the passphrase is wrong: %1</source>
        <translation>no es una clave privada PEM (PKCS#1 o PKCS#8), o la frase de contraseña es incorrecta: %1</translation>
    </message>
    <message>
        <source>cannot read the key %1: %2</source>
        <translation>no se puede leer la clave %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation>la firma falló: %1</translation>
    </message>
    <message>
        <source>the key is neither RSA (Payment Hub EE signs with RSA) nor Ed25519 (G2P Connect)</source>
        <translation>la clave no es ni RSA (Payment Hub EE firma con RSA) ni Ed25519 (G2P Connect)</translation>
    </message>
    <message>
        <source>the key is an Ed25519 key; Payment Hub EE signs with RSA</source>
        <translation>la clave es Ed25519; Payment Hub EE firma con RSA</translation>
    </message>
    <message>
        <source>the key is an RSA key; G2P Connect envelopes are signed with Ed25519</source>
        <translation>la clave es RSA; los sobres G2P Connect se firman con Ed25519</translation>
    </message>
    <message>
        <source>cannot make a key: %1</source>
        <translation>no se puede crear una clave: %1</translation>
    </message>
    <message>
        <source>a key&apos;s passphrase needs at least 8 characters</source>
        <translation>la frase de contraseña de una clave necesita al menos 8 caracteres</translation>
    </message>
    <message>
        <source>cannot encrypt the key: %1</source>
        <translation>no se puede cifrar la clave: %1</translation>
    </message>
    <message>
        <source>an officer&apos;s RSA key needs at least 2048 bits; this one has %1</source>
        <translation>la clave RSA de un funcionario necesita al menos 2048 bits; esta tiene %1</translation>
    </message>
</context>
<context>
    <name>SqliteBulkLoad</name>
    <message>
        <source>cannot prepare the bulk load (%1): %2</source>
        <translation>no se puede preparar la carga masiva (%1): %2</translation>
    </message>
    <message>
        <source>cannot read the schema: %1</source>
        <translation>no se puede leer el esquema: %1</translation>
    </message>
</context>
<context>
    <name>StatementCommand</name>
    <message>
        <source>The payer account&apos;s bank statement (MT940 or CSV) against a cycle: &quot;match CYCLE_ID FILE&quot; lists what the hub says paid but the bank did not debit, debits for payments the hub did not pay, payments debited twice, amounts that differ, reversals, and debits that name nothing of the cycle. Exit code 4 when anything is listed.</source>
        <translation>El extracto bancario de la cuenta pagadora (MT940 o CSV) frente a un ciclo: «match CYCLE_ID ARCHIVO» lista lo que el hub dice que pagó pero el banco no debitó, los débitos de pagos que el hub no pagó, los pagos debitados dos veces, los importes que difieren, las reversiones y los débitos que no nombran nada del ciclo. Código de salida 4 si se lista algo.</translation>
    </message>
    <message>
        <source>match.</source>
        <translation>match.</translation>
    </message>
    <message>
        <source>The cycle.</source>
        <translation>El ciclo.</translation>
    </message>
    <message>
        <source>The statement.</source>
        <translation>El extracto.</translation>
    </message>
    <message>
        <source>statement takes match, a cycle id and a statement file.</source>
        <translation>statement admite match, un identificador de ciclo y un archivo de extracto.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 debits; %2 payments the hub paid are debited; %3 paid but not debited (%4 settled after the statement).</source>
        <translation>%1 débitos; %2 pagos pagados por el hub están debitados; %3 pagados pero no debitados (%4 liquidados después del extracto).</translation>
    </message>
</context>
<context>
    <name>StatementFindingsDialog</name>
    <message>
        <source>Bank statement against the cycle</source>
        <translation>Extracto bancario frente al ciclo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Statement line</source>
        <translation>Línea del extracto</translation>
    </message>
    <message>
        <source>Payment or batch</source>
        <translation>Pago o lote</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>%1: %2 debits; %3 payments the hub paid are debited; %4 paid but not debited (the first %5 listed); %6 paid after the statement&apos;s last day, not looked for.</source>
        <translation>%1: %2 débitos; %3 pagos pagados por el hub están debitados; %4 pagados pero no debitados (los primeros %5 listados); %6 pagados después del último día del extracto, no buscados.</translation>
    </message>
    <message>
        <source>debited, not paid by the hub</source>
        <translation>debitado, no pagado por el hub</translation>
    </message>
    <message>
        <source>debited twice</source>
        <translation>debitado dos veces</translation>
    </message>
    <message>
        <source>amount differs</source>
        <translation>importe distinto</translation>
    </message>
    <message>
        <source>brought back by the bank</source>
        <translation>devuelto por el banco</translation>
    </message>
    <message>
        <source>names nothing of this cycle</source>
        <translation>no nombra nada de este ciclo</translation>
    </message>
    <message>
        <source>paid, not debited</source>
        <translation>pagado, no debitado</translation>
    </message>
</context>
<context>
    <name>StatementMatcher</name>
    <message>
        <source>cannot read the cycle&apos;s payments: %1</source>
        <translation>no se pueden leer los pagos del ciclo: %1</translation>
    </message>
    <message>
        <source>cannot read batch %1&apos;s payments: %2</source>
        <translation>no se pueden leer los pagos del lote %1: %2</translation>
    </message>
    <message>
        <source>the bank brought %1 %2 back for this payment</source>
        <translation>el banco devolvió %1 %2 por este pago</translation>
    </message>
    <message>
        <source>already debited at line %1</source>
        <translation>ya debitado en la línea %1</translation>
    </message>
    <message>
        <source>the bank debited %1 %2, the payment is %3 %4</source>
        <translation>el banco debitó %1 %2, el pago es de %3 %4</translation>
    </message>
    <message>
        <source>the bank debited it, the hub says it is %1</source>
        <translation>el banco lo debitó, el hub dice que está %1</translation>
    </message>
    <message>
        <source>the bank debited %1 %2 for the batch, the hub paid %3 %4 of it</source>
        <translation>el banco debitó %1 %2 por el lote, el hub pagó %3 %4 de él</translation>
    </message>
    <message>
        <source>a payment of this batch was already debited at line %1</source>
        <translation>un pago de este lote ya se debitó en la línea %1</translation>
    </message>
    <message>
        <source>reference and details: %1</source>
        <translation>referencia y detalles: %1</translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s paid payments: %1</source>
        <translation>no se pueden leer los pagos pagados del ciclo: %1</translation>
    </message>
    <message>
        <source>the hub says paid; no debit on the statement</source>
        <translation>el hub dice pagado; ningún débito en el extracto</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>this database already has its trust anchor</source>
        <translation>esta base de datos ya tiene su ancla de confianza</translation>
    </message>
    <message>
        <source>cannot keep the trust anchor: %1</source>
        <translation>no se puede guardar el ancla de confianza: %1</translation>
    </message>
    <message>
        <source>cannot read the trust anchor: %1</source>
        <translation>no se puede leer el ancla de confianza: %1</translation>
    </message>
    <message>
        <source>cannot keep the certificate of %1: %2</source>
        <translation>no se puede guardar el certificado de %1: %2</translation>
    </message>
    <message>
        <source>this database has no administrator yet: set one up first (Set up the administrator… at PayDesk&apos;s sign-in)</source>
        <translation>esta base de datos aún no tiene administrador: configure uno primero (Configurar el administrador… al iniciar sesión en PayDesk)</translation>
    </message>
</context>
<context>
    <name>UnpaidBeneficiaries</name>
    <message>
        <source>cannot count the unpaid beneficiaries: %1</source>
        <translation>no se pueden contar los beneficiarios no pagados: %1</translation>
    </message>
    <message>
        <source>cannot read the unpaid beneficiaries: %1</source>
        <translation>no se pueden leer los beneficiarios no pagados: %1</translation>
    </message>
    <message>
        <source>the payment failed</source>
        <translation>el pago falló</translation>
    </message>
    <message>
        <source>the payment failed: %1</source>
        <translation>el pago falló: %1</translation>
    </message>
    <message>
        <source>a payment is on its way, not settled yet</source>
        <translation>hay un pago en camino, aún no liquidado</translation>
    </message>
    <message>
        <source>no payment prepared yet</source>
        <translation>aún no se ha preparado ningún pago</translation>
    </message>
    <message>
        <source>cannot be paid as the registry stands: %1</source>
        <translation>no se puede pagar tal como está el registro: %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fallidos</translation>
    </message>
    <message>
        <source>%1 on their way</source>
        <translation>%1 en camino</translation>
    </message>
    <message>
        <source>%1 cannot be paid as the registry stands</source>
        <translation>%1 no se pueden pagar tal como está el registro</translation>
    </message>
    <message>
        <source>%1 not prepared yet</source>
        <translation>%1 aún no preparados</translation>
    </message>
    <message>
        <source>%1 unpaid: %2</source>
        <translation>%1 sin pagar: %2</translation>
    </message>
</context>
<context>
    <name>UnresolvedAddressesView</name>
    <message>
        <source>Not paid: registry id</source>
        <translation>No pagado: identificador del registro</translation>
    </message>
    <message>
        <source>Why the mapper gave no address</source>
        <translation>Por qué el mapper no dio dirección</translation>
    </message>
</context>
<context>
    <name>paydesk-hubsim</name>
    <message>
        <source>A sandbox Payment Hub EE on this machine: bulk processor and operations app.</source>
        <translation>Un Payment Hub EE de prueba en esta máquina: procesador de lotes y aplicación de operaciones.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Dirección de escucha.</translation>
    </message>
    <message>
        <source>Bulk processor port (0: any free port).</source>
        <translation>Puerto del procesador de lotes (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Operations app port (0: any free port).</source>
        <translation>Puerto de la aplicación de operaciones (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>A tenant: NAME, NAME,CERT.pem (uploads checked), or NAME,CERT.pem,KEY.pem (answers signed too). Repeatable.</source>
        <translation>Un inquilino: NOMBRE, NOMBRE,CERT.pem (envíos comprobados) o NOMBRE,CERT.pem,KEY.pem (respuestas también firmadas). Repetible.</translation>
    </message>
    <message>
        <source>A tenant the hub has no workflow for (412).</source>
        <translation>Un inquilino para el que el hub no tiene flujo (412).</translation>
    </message>
    <message>
        <source>Transfers to this payee fail. Repeatable.</source>
        <translation>Las transferencias a este destinatario fallan. Repetible.</translation>
    </message>
    <message>
        <source>Transfers to payees matching this fail.</source>
        <translation>Las transferencias a los destinatarios que coinciden con esto fallan.</translation>
    </message>
    <message>
        <source>Mojaloop error code of those failures.</source>
        <translation>Código de error de Mojaloop de esos fallos.</translation>
    </message>
    <message>
        <source>Share of other transfers that fail at random (0-1).</source>
        <translation>Proporción de las demás transferencias que fallan al azar (0-1).</translation>
    </message>
    <message>
        <source>Seed of the random failures.</source>
        <translation>Semilla de los fallos aleatorios.</translation>
    </message>
    <message>
        <source>Simulated milliseconds per real millisecond.</source>
        <translation>Milisegundos simulados por milisegundo real.</translation>
    </message>
    <message>
        <source>Largest batch file accepted (csv.size).</source>
        <translation>Archivo de lote más grande aceptado (csv.size).</translation>
    </message>
    <message>
        <source>Faults from the start, as POST /sim/faults takes them: {&quot;latencyMs&quot;:500,&quot;dropAfterAccept&quot;:1,&quot;serverErrors&quot;:0,&quot;preconditionFailures&quot;:0,&quot;visibilityLagMs&quot;:2000,&quot;staleCounters&quot;:false}</source>
        <translation>Fallos desde el inicio, tal como los admite POST /sim/faults: {&quot;latencyMs&quot;:500,&quot;dropAfterAccept&quot;:1,&quot;serverErrors&quot;:0,&quot;preconditionFailures&quot;:0,&quot;visibilityLagMs&quot;:2000,&quot;staleCounters&quot;:false}</translation>
    </message>
    <message>
        <source>The bulk processor speaks HTTPS with this certificate (PEM).</source>
        <translation>El procesador de lotes habla HTTPS con este certificado (PEM).</translation>
    </message>
    <message>
        <source>The private key of --tls-cert (PEM).</source>
        <translation>La clave privada de --tls-cert (PEM).</translation>
    </message>
    <message>
        <source>The operations API needs a token from /oauth/token.</source>
        <translation>La API de operaciones necesita un token de /oauth/token.</translation>
    </message>
    <message>
        <source>--fail-pattern: %1</source>
        <translation>--fail-pattern: %1</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key must name readable PEM files</source>
        <translation>--tls-cert y --tls-key deben indicar archivos PEM legibles</translation>
    </message>
    <message>
        <source>--faults: not a JSON object (%1)</source>
        <translation>--faults: no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>bulk processor: %1</source>
        <translation>procesador de lotes: %1</translation>
    </message>
    <message>
        <source>operations app: %1</source>
        <translation>aplicación de operaciones: %1</translation>
    </message>
    <message>
        <source>Carry MOJALOOP transfers over a real switch: the Mojaloop SDK scheme adapter&apos;s outbound API at URL.</source>
        <translation>Llevar las transferencias MOJALOOP por un conmutador real: la API saliente del adaptador de esquema del SDK de Mojaloop en la URL.</translation>
    </message>
    <message>
        <source>Transfers in flight on the switch at once.</source>
        <translation>Transferencias en curso en el conmutador a la vez.</translation>
    </message>
    <message>
        <source>A transfer the switch has not ended by then fails.</source>
        <translation>Una transferencia que el conmutador no haya terminado para entonces falla.</translation>
    </message>
    <message>
        <source>--mojaloop-connector takes a URL (http://host:port), --mojaloop-concurrency and --mojaloop-timeout-ms positive numbers</source>
        <translation>--mojaloop-connector admite una URL (http://host:puerto), --mojaloop-concurrency y --mojaloop-timeout-ms números positivos</translation>
    </message>
    <message>
        <source>The G2P Connect mapper&apos;s registry: a JSON object of beneficiary id -&gt; financial address.</source>
        <translation>El registro del mapeador G2P Connect: un objeto JSON de identificador del beneficiario -&gt; dirección financiera.</translation>
    </message>
    <message>
        <source>--mapper: %1 is not a readable JSON object</source>
        <translation>--mapper: %1 no es un objeto JSON legible</translation>
    </message>
    <message>
        <source>A G2P Connect sender whose requests must be signed: SENDER_ID,PUBLIC_KEY.pem (Ed25519). Repeatable.</source>
        <translation>Un emisor G2P Connect cuyas solicitudes deben estar firmadas: SENDER_ID,PUBLIC_KEY.pem (Ed25519). Repetible.</translation>
    </message>
    <message>
        <source>--g2p-sender takes SENDER_ID,PUBLIC_KEY.pem: %1</source>
        <translation>--g2p-sender admite SENDER_ID,PUBLIC_KEY.pem: %1</translation>
    </message>
</context>
</TS>
