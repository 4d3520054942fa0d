<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddressesCommand</name>
    <message>
        <source>Financial addresses from the G2P Connect ID-to-account mapper, for programs that pay by registry id. &quot;resolve CYCLE_ID&quot;: asks the mapper for the cycle&apos;s beneficiaries whose address is missing, unresolved or older than --max-age-days, and keeps each answer with when and from which mapper; &quot;unresolved CYCLE_ID&quot;: those who cannot be paid yet, with the mapper&apos;s reason. They are never batched.</source>
        <translation>العناوين المالية من مطابِق المعرّفات والحسابات في G2P Connect، للبرامج التي تدفع بمعرّف السجل. «resolve CYCLE_ID»: يسأل المطابِق عن مستفيدي الدورة الذين عنوانهم مفقود أو غير محلول أو أقدم من --max-age-days، ويحفظ كل جواب مع وقته ومطابِقه؛ «unresolved CYCLE_ID»: من لا يمكن الدفع لهم بعد، مع سبب المطابِق. لا يدخلون في أي دفعة أبدًا.</translation>
    </message>
    <message>
        <source>Ask again for addresses older than this.</source>
        <translation>اسأل مجددًا عن العناوين الأقدم من هذا.</translation>
    </message>
    <message>
        <source>The mapper (default: the program&apos;s).</source>
        <translation>المطابِق (افتراضيًا: مطابِق البرنامج).</translation>
    </message>
    <message>
        <source>resolve or unresolved.</source>
        <translation>resolve أو unresolved.</translation>
    </message>
    <message>
        <source>The cycle.</source>
        <translation>الدورة.</translation>
    </message>
    <message>
        <source>addresses takes resolve or unresolved, and a cycle id.</source>
        <translation>يأخذ addresses الخيار resolve أو unresolved، ومعرّف دورة.</translation>
    </message>
    <message>
        <source>--max-age-days takes a number of days, 0 or more.</source>
        <translation>يأخذ --max-age-days عددًا من الأيام، صفرًا أو أكثر.</translation>
    </message>
    <message>
        <source>Program %1 names no ID-to-account mapper: give --mapper-url.</source>
        <translation>لا يسمي البرنامج %1 مطابِقًا للمعرّفات والحسابات: أعطِ --mapper-url.</translation>
    </message>
    <message>
        <source>%1 beneficiaries asked of %2: %3 resolved, %4 unresolved; %5 known already.</source>
        <translation>سُئل %2 عن %1 مستفيد: %3 محلول، %4 غير محلول؛ %5 معروف مسبقًا.</translation>
    </message>
</context>
<context>
    <name>AdministratorSetupDialog</name>
    <message>
        <source>Set up the administrator</source>
        <translation>إعداد المسؤول</translation>
    </message>
    <message>
        <source>The administrator adds officers, certifies their keys and grants their roles; they touch no payment. Their key signs the anchor certificate that every officer&apos;s key is checked against: keep the key file safe and give the certificate to auditors.</source>
        <translation>يضيف المسؤول الموظفين ويصادق على مفاتيحهم ويمنحهم أدوارهم؛ ولا يمسّ أي دفعة. يوقّع مفتاحه شهادة الارتكاز التي يُتحقق بها من مفتاح كل موظف: احفظ ملف المفتاح في مكان آمن وسلّم الشهادة إلى المدققين.</translation>
    </message>
    <message>
        <source>Officer &amp;id:</source>
        <translation>معرّف الموظف (&amp;I):</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>الاسم الكامل (&amp;N):</translation>
    </message>
    <message>
        <source>Your &amp;key file:</source>
        <translation>ملف مفتاحك (&amp;K):</translation>
    </message>
    <message>
        <source>Where to keep your key</source>
        <translation>أين يُحفظ مفتاحك</translation>
    </message>
    <message>
        <source>Keys (*.pem)</source>
        <translation>المفاتيح (*.pem)</translation>
    </message>
    <message>
        <source>Anchor &amp;certificate:</source>
        <translation>شهادة الارتكاز (&amp;C):</translation>
    </message>
    <message>
        <source>Where to write the anchor certificate</source>
        <translation>أين تُكتب شهادة الارتكاز</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>الشهادات (*.pem)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>أعدها (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Set up and sign in</source>
        <translation>إعداد وتسجيل الدخول (&amp;S)</translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation>املأ كل الحقول.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Cannot make the key: %1</source>
        <translation>يتعذر إنشاء المفتاح: %1</translation>
    </message>
    <message>
        <source>Cannot set up the administrator: %1</source>
        <translation>يتعذر إعداد المسؤول: %1</translation>
    </message>
</context>
<context>
    <name>AgeingBoard</name>
    <message>
        <source>under an hour</source>
        <translation>أقل من ساعة</translation>
    </message>
    <message>
        <source>1 to 24 hours</source>
        <translation>من ساعة إلى 24 ساعة</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <translation>من يوم إلى 7 أيام</translation>
    </message>
    <message>
        <source>over 7 days</source>
        <translation>أكثر من 7 أيام</translation>
    </message>
    <message>
        <source>cannot read the payments without an outcome: %1</source>
        <translation>تتعذر قراءة المدفوعات التي لا نتيجة لها: %1</translation>
    </message>
    <message>
        <source>escalate: ask the hub&apos;s operator about hub batch %1; reconciling has not brought its outcome in a week</source>
        <translation>صعّد الأمر: اسأل مشغل المحور عن دفعة المحور %1؛ لم تأتِ المطابقة بنتيجتها منذ أسبوع</translation>
    </message>
    <message>
        <source>uncertain: resolve it (&quot;Send to the hub…&quot; on the Batches page); it is posted again only once the hub is known not to have it</source>
        <translation>غير مؤكد: احسمه («إرسال إلى المحور…» في صفحة الدفعات)؛ لا يُعاد إرساله إلا بعد التأكد من أن المحور لا يملكه</translation>
    </message>
    <message>
        <source>in flight on the hub: reconcile to ask it again (Reconcile now, on the Reconciliation page)</source>
        <translation>قيد التنفيذ لدى المحور: طابق لتسأله مجددًا (المطابقة الآن، في صفحة المطابقة)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>--sandbox-mapper: %1 is not a readable JSON object of registry id -&gt; financial address</source>
        <translation>--sandbox-mapper: %1 ليس كائن JSON مقروءًا من معرّف السجل إلى العنوان المالي</translation>
    </message>
    <message>
        <source>PayDesk: beneficiary registry and payments for cash-transfer programs.</source>
        <translation>PayDesk: سجل المستفيدين والمدفوعات لبرامج التحويلات النقدية.</translation>
    </message>
    <message>
        <source>Run a sandbox Payment Hub EE in PayDesk, on free loopback ports: no real money moves.</source>
        <translation>شغّل Payment Hub EE تجريبيًا داخل PayDesk على منافذ محلية حرة: لا تتحرك أموال حقيقية.</translation>
    </message>
    <message>
        <source>A sandbox tenant: NAME,CERT.pem checks its uploads&apos; X-SIGNATURE. Repeatable.</source>
        <translation>مستأجر تجريبي: NAME,CERT.pem يتحقق من X-SIGNATURE لما يُرفع إليه. قابل للتكرار.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-to-account mapper: a JSON object of registry id -&gt; financial address.</source>
        <translation>مطابِق المعرّفات والحسابات التجريبي: كائن JSON من معرّف السجل إلى العنوان المالي.</translation>
    </message>
    <message>
        <source>Save a picture of the window once it is shown, then quit (for guides and installation checks).</source>
        <translation>احفظ صورة للنافذة حين تظهر ثم اخرج (للأدلة وفحوص التثبيت).</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>PayDesk cannot open its database.

%1</source>
        <translation>لا يستطيع PayDesk فتح قاعدة بياناته.

%1</translation>
    </message>
    <message>
        <source>PayDesk cannot start its sandbox Payment Hub EE.

%1</source>
        <translation>لا يستطيع PayDesk تشغيل Payment Hub EE التجريبي.

%1</translation>
    </message>
    <message>
        <source>Sandbox Payment Hub EE: bulk processor %1, operations app %2. No real money moves.</source>
        <translation>Payment Hub EE التجريبي: معالج الدفعات %1، تطبيق العمليات %2. لا تتحرك أموال حقيقية.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL (default: the one chosen in Settings, else %1).</source>
        <translation>ملف SQLite أو عنوان postgresql:// (افتراضيًا: المختار في الإعدادات، وإلا %1).</translation>
    </message>
    <message>
        <source>The password of %1 at the PostgreSQL server %2:</source>
        <translation>كلمة مرور %1 على خادم PostgreSQL %2:</translation>
    </message>
    <message>
        <source>PayDesk cannot open its database: its password was not given.</source>
        <translation>لا يستطيع PayDesk فتح قاعدة بياناته: لم تُعطَ كلمة مرورها.</translation>
    </message>
    <message>
        <source>Where the sandbox keeps what it accepted and paid across restarts (a JSON file; the demo&apos;s is in its folder).</source>
        <translation>المكان الذي تحفظ فيه بيئة التجربة ما قبلته ودفعته بين مرات التشغيل (ملف JSON؛ ملف العرض التجريبي في مجلده).</translation>
    </message>
</context>
<context>
    <name>ApprovalTierRepository</name>
    <message>
        <source>cannot read the approval tiers: %1</source>
        <translation>تتعذر قراءة مستويات الموافقة: %1</translation>
    </message>
    <message>
        <source>cannot change the approval tiers: %1</source>
        <translation>يتعذر تغيير مستويات الموافقة: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalTiers</name>
    <message>
        <source>approval tier &quot;%1&quot;: write AMOUNT:CHECKERS, for example 50000:2%2</source>
        <translation>مستوى الموافقة «%1»: اكتب المبلغ:عدد المدققين، مثلًا 50000:2%2</translation>
    </message>
    <message>
        <source>approval tier from %1: a tier needs 1 to 9 checkers from an amount of zero or more</source>
        <translation>مستوى الموافقة من %1: يحتاج المستوى من 1 إلى 9 مدققين ابتداءً من مبلغ صفر أو أكثر</translation>
    </message>
    <message>
        <source>approval tier from %1 is given twice</source>
        <translation>مستوى الموافقة من %1 مذكور مرتين</translation>
    </message>
    <message>
        <source>approval tier from %1 asks fewer checkers (%2) than a smaller total does (%3)</source>
        <translation>مستوى الموافقة من %1 يطلب مدققين أقل (%2) مما يطلبه إجمالي أصغر (%3)</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoint</name>
    <message>
        <source>not a PayDesk audit checkpoint (it needs entries, head_hash, taken_at, officer and signature)</source>
        <translation>ليست نقطة تدقيق من PayDesk (تحتاج إلى entries وhead_hash وtaken_at وofficer وsignature)</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>%1 has not signed in with their key</source>
        <translation>لم يسجّل %1 الدخول بمفتاحه</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>يتعذر قراءة سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>cannot keep the audit checkpoint: %1</source>
        <translation>يتعذر حفظ نقطة التدقيق: %1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The audit log: &quot;verify&quot; checks its hash chain and, with --trust, every entry&apos;s signature, who signed with which certificate in which role, and the checkpoints (exit code 1 when anything fails); &quot;list&quot; shows the latest entries.</source>
        <translation>سجل التدقيق: «verify» يتحقق من سلسلة التجزئة فيه، ومع --trust من توقيع كل إدخال، ومن وقّع بأي شهادة وبأي دور، ومن نقاط التدقيق (رمز الخروج 1 إذا فشل أي شيء)؛ و«list» يعرض أحدث الإدخالات.</translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation>N قيدًا على الأكثر.</translation>
    </message>
    <message>
        <source>verify: the administrator&apos;s (or ministry&apos;s) CA certificate to trust.</source>
        <translation>verify: شهادة جهة الإصدار الخاصة بالمسؤول (أو بالوزارة) الموثوق بها.</translation>
    </message>
    <message>
        <source>verify: a checkpoint (JSON, as artifacts carry it) the log must still contain; repeatable.</source>
        <translation>verify: نقطة تدقيق (JSON، كما تحملها المخرجات) يجب أن يظل السجل يحتويها؛ قابل للتكرار.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>ما العمل.</translation>
    </message>
    <message>
        <source>audit takes verify or list.</source>
        <translation>يأخذ audit الخيار verify أو list.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of entries.</source>
        <translation>يأخذ --limit عددًا صحيحًا من القيود.</translation>
    </message>
    <message>
        <source>--checkpoint needs --trust: a checkpoint counts only when its signature checks.</source>
        <translation>يحتاج --checkpoint إلى --trust: لا تُحتسب نقطة التدقيق إلا إذا صح توقيعها.</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is intact: %1 entries, each chained to the one before. Signatures were not checked: give --trust CERT.</source>
        <translation>سلسلة سجل التدقيق سليمة: %1 إدخالًا، كل منها مربوط بالذي قبله. لم يُتحقق من التوقيعات: أضف --trust CERT.</translation>
    </message>
    <message>
        <source>The audit log is broken: %1.</source>
        <translation>سجل التدقيق معطوب: %1.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the certificate to trust: %2</source>
        <translation>يتعذر استخدام %1 شهادةً موثوقًا بها: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The audit log is intact and signed: %1 entries (%2 made before signatures, chain-verified only), %3 checkpoints match it.</source>
        <translation>سجل التدقيق سليم وموقّع: %1 إدخالًا (%2 منها قبل التوقيعات، تُحقق منها بالسلسلة فقط)، و%3 نقاط تدقيق تطابقه.</translation>
    </message>
    <message>
        <source>  %1 (%2): %3 entries, certificate %4…</source>
        <translation>  %1 (%2): %3 إدخالًا، الشهادة %4…</translation>
    </message>
    <message>
        <source>The audit log does not stand: %1.</source>
        <translation>سجل التدقيق لا يصمد: %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>تتعذر قراءة سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>cannot append to the audit log: %1</source>
        <translation>تتعذر الإضافة إلى سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation>القيد %1 مفقود (القيد التالي هو %2)</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (an entry was removed or replaced)</source>
        <translation>القيد %1 لا يتبع القيد الذي قبله (حُذف قيد أو استُبدل)</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (%2 by %3 on %4)</source>
        <translation>تغيّر القيد %1 بعد كتابته (%2 من %3 في %4)</translation>
    </message>
    <message>
        <source>%1 has not signed in with their key: PayDesk records an act only when the officer who does it signs it</source>
        <translation>لم يسجّل %1 الدخول بمفتاحه: لا يسجّل PayDesk فعلًا إلا إذا وقّعه الموظف الذي قام به</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Filter by officer, action or subject</source>
        <translation>تصفية حسب الموظف أو الإجراء أو الموضوع</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة التحميل (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>التحقق من السلسلة (&amp;V)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>الموظف</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each chained to the one before.</source>
        <translation>
            <numerusform>سجل التدقيق سليم: لا قيود.</numerusform>
            <numerusform>سجل التدقيق سليم: قيد واحد مرتبط بما قبله.</numerusform>
            <numerusform>سجل التدقيق سليم: قيدان، كلٌّ مرتبط بما قبله.</numerusform>
            <numerusform>سجل التدقيق سليم: %n قيود، كلٌّ مرتبط بما قبله.</numerusform>
            <numerusform>سجل التدقيق سليم: %n قيدًا، كلٌّ مرتبط بما قبله.</numerusform>
            <numerusform>سجل التدقيق سليم: %n قيد، كلٌّ مرتبط بما قبله.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken: %1.</source>
        <translation>سجل التدقيق معطوب: %1.</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>تصفية سجل التدقيق</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>قيود سجل التدقيق</translation>
    </message>
    <message>
        <source>Nothing recorded yet, or nothing matches the filter.</source>
        <translation>لم يُسجَّل شيء بعد، أو لا شيء يطابق التصفية.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>%1 on %2 %3
before: %4
after: %5</source>
        <translation>%1 على %2 %3
قبل: %4
بعد: %5</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>the checkpoint of %1 does not carry the certificate it names</source>
        <translation>نقطة التدقيق الخاصة بـ %1 لا تحمل الشهادة التي تسمّيها</translation>
    </message>
    <message>
        <source>the checkpoint of %1: %2</source>
        <translation>نقطة التدقيق الخاصة بـ %1: %2</translation>
    </message>
    <message>
        <source>the checkpoint said to be signed by %1 on %2 does not verify</source>
        <translation>نقطة التدقيق المفترض أن %1 وقّعها في %2 لا تصح</translation>
    </message>
    <message>
        <source>entry %1 is signed, yet comes before the anchor was installed</source>
        <translation>الإدخال %1 موقّع، لكنه يسبق تثبيت الارتكاز</translation>
    </message>
    <message>
        <source>no trust anchor was ever installed in this log: none of its %1 entries is signed</source>
        <translation>لم يُثبَّت قط ارتكاز ثقة في هذا السجل: لا يحمل أي من إدخالاته الـ %1 توقيعًا</translation>
    </message>
    <message>
        <source>the log has %1 entries, yet %2 signed a checkpoint of %3 entries on %4: entries were removed from its end</source>
        <translation>في السجل %1 إدخالًا، لكن %2 وقّع نقطة تدقيق لـ %3 إدخالًا في %4: حُذفت إدخالات من آخره</translation>
    </message>
    <message>
        <source>entry %1 is not the one %2&apos;s checkpoint of %3 saw: the log was rewritten</source>
        <translation>الإدخال %1 ليس الذي رأته نقطة تدقيق %2 في %3: أُعيدت كتابة السجل</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>cannot read the names the audit log refers to: %1</source>
        <translation>تعذّرت قراءة الأسماء التي يشير إليها سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>a cycle of a program</comment>
        <translation>%1 من %2 {1 ?}</translation>
    </message>
    <message>
        <source>%1 of cycle %2</source>
        <comment>a batch&apos;s number in its cycle</comment>
        <translation>%1 من الدورة %2</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>الدورة %1</translation>
    </message>
    <message>
        <source>program %1</source>
        <translation>البرنامج %1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>الدفعة %1</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a subject&apos;s type and id</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation>أنشأ %1 %2</translation>
    </message>
    <message>
        <source>%1 generated the entitlements of %2</source>
        <translation>ولّد %1 استحقاقات %2</translation>
    </message>
    <message>
        <source>%1 submitted %2 for approval</source>
        <translation>قدّم %1 %2 للموافقة</translation>
    </message>
    <message>
        <source>%1 acknowledged the findings of %2</source>
        <translation>أقرّ %1 بملاحظات %2</translation>
    </message>
    <message>
        <source>%1 approved %2</source>
        <translation>وافق %1 على %2</translation>
    </message>
    <message>
        <source>%1 gave one of the approvals %2 needs</source>
        <translation>منح %1 إحدى الموافقات التي تحتاجها %2</translation>
    </message>
    <message>
        <source>%1 voided the approval of %2</source>
        <translation>ألغى %1 الموافقة على %2</translation>
    </message>
    <message>
        <source>%1 sent %2 back to its maker</source>
        <translation>أعاد %1 %2 إلى مُعدّها</translation>
    </message>
    <message>
        <source>%1 cancelled %2</source>
        <translation>ألغى %1 %2</translation>
    </message>
    <message>
        <source>%1 prepared the payments of %2</source>
        <translation>أعدّ %1 مدفوعات %2</translation>
    </message>
    <message>
        <source>%1 asked the mapper for the addresses of %2</source>
        <translation>طلب %1 من أداة الربط عناوين %2</translation>
    </message>
    <message>
        <source>%1 saw %2 distributed</source>
        <translation>لاحظ %1 أن %2 قد وُزّعت</translation>
    </message>
    <message>
        <source>%1 reopened %2 to pay failed payments again</source>
        <translation>أعاد %1 فتح %2 لدفع المدفوعات الفاشلة مجددًا</translation>
    </message>
    <message>
        <source>%1 matched a bank statement against %2</source>
        <translation>طابق %1 كشف حساب مصرفي مع %2</translation>
    </message>
    <message>
        <source>%1 asked to pay failed payments of %2 again</source>
        <translation>طلب %1 دفع مدفوعات فاشلة من %2 مجددًا</translation>
    </message>
    <message>
        <source>%1 approved paying failed payments of %2 again</source>
        <translation>وافق %1 على دفع مدفوعات فاشلة من %2 مجددًا</translation>
    </message>
    <message>
        <source>%1 refused to pay failed payments of %2 again</source>
        <translation>رفض %1 دفع مدفوعات فاشلة من %2 مجددًا</translation>
    </message>
    <message>
        <source>%1 signed off %2</source>
        <translation>صادق %1 على %2</translation>
    </message>
    <message>
        <source>%1 countersigned %2</source>
        <translation>وقّع %1 على %2 توقيعًا مقابلًا</translation>
    </message>
    <message>
        <source>%1 started sending %2</source>
        <translation>بدأ %1 إرسال %2</translation>
    </message>
    <message>
        <source>%1 sent %2 to the hub</source>
        <translation>أرسل %1 %2 إلى المحور</translation>
    </message>
    <message>
        <source>%1 posted %2 again</source>
        <translation>أعاد %1 إرسال %2</translation>
    </message>
    <message>
        <source>%1 saw the hub refuse %2</source>
        <translation>لاحظ %1 أن المحور رفض %2</translation>
    </message>
    <message>
        <source>%1 applied the hub&apos;s results to %2</source>
        <translation>طبّق %1 نتائج المحور على %2</translation>
    </message>
    <message>
        <source>%1 found results for %2 that contradict what is final</source>
        <translation>وجد %1 نتائج لـ %2 تناقض ما هو نهائي</translation>
    </message>
    <message>
        <source>%1 reconciled %2</source>
        <translation>سوّى %1 %2</translation>
    </message>
    <message>
        <source>%1 exported %2 to be carried by hand</source>
        <translation>صدّر %1 %2 لتسليمه يدويًا</translation>
    </message>
    <message>
        <source>%1 confirmed %2 was not uploaded elsewhere</source>
        <translation>أكّد %1 أن %2 لم تُرفع في مكان آخر</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>عدّل %1 %2</translation>
    </message>
    <message>
        <source>%1 enrolled beneficiaries in %2</source>
        <translation>سجّل %1 مستفيدين في %2</translation>
    </message>
    <message>
        <source>%1 set the approval tiers of %2</source>
        <translation>حدّد %1 مستويات الموافقة لـ %2</translation>
    </message>
    <message>
        <source>%1 set the release policy of %2</source>
        <translation>حدّد %1 سياسة الإفراج لـ %2</translation>
    </message>
    <message>
        <source>%1 imported a registry file</source>
        <translation>استورد %1 ملف سجل</translation>
    </message>
    <message>
        <source>%1 added officer %2</source>
        <translation>أضاف %1 الموظف %2</translation>
    </message>
    <message>
        <source>%1 changed the role of %2</source>
        <translation>غيّر %1 دور %2</translation>
    </message>
    <message>
        <source>%1 deactivated %2</source>
        <translation>عطّل %1 %2</translation>
    </message>
    <message>
        <source>%1 certified the key of %2</source>
        <translation>صدّق %1 مفتاح %2</translation>
    </message>
    <message>
        <source>%1 revoked the key of %2</source>
        <translation>ألغى %1 مفتاح %2</translation>
    </message>
    <message>
        <source>%1 installed the administrator&apos;s trust anchor</source>
        <translation>ثبّت %1 مرساة الثقة الخاصة بالمسؤول</translation>
    </message>
    <message>
        <source>%1 did %3 to %2</source>
        <comment>an action with no sentence of its own</comment>
        <translation>نفّذ %1 %3 على %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a figure&apos;s name and value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>موجودة مسبقًا</translation>
    </message>
    <message>
        <source>without an amount</source>
        <translation>دون مبلغ</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>وافق عليه</translation>
    </message>
    <message>
        <source>approvals needed</source>
        <translation>الموافقات المطلوبة</translation>
    </message>
    <message>
        <source>approvals voided before</source>
        <translation>الموافقات الملغاة سابقًا</translation>
    </message>
    <message>
        <source>found</source>
        <translation>المُكتشَف</translation>
    </message>
    <message>
        <source>against</source>
        <translation>مقارنة بـ</translation>
    </message>
    <message>
        <source>cannot be paid</source>
        <translation>لا يمكن الدفع لهم</translation>
    </message>
    <message>
        <source>awaiting a re-issue</source>
        <translation>بانتظار إعادة الإصدار</translation>
    </message>
    <message>
        <source>paid again</source>
        <translation>دُفعت مجددًا</translation>
    </message>
    <message>
        <source>pilot payments</source>
        <translation>المدفوعات التجريبية</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>الصفوف المقروءة</translation>
    </message>
    <message>
        <source>added</source>
        <translation>أُضيفت</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>حُدّثت</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>رُفضت</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>المسجّلون</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغيّرت</translation>
    </message>
    <message>
        <source>correlation id</source>
        <translation>معرّف الارتباط</translation>
    </message>
    <message>
        <source>hub batch</source>
        <translation>دفعة المحور</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>المحاولة</translation>
    </message>
    <message>
        <source>mapper</source>
        <translation>أداة الربط</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>المسؤول عنهم</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>المحلولة</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>غير المحلولة</translation>
    </message>
    <message>
        <source>known already</source>
        <translation>المعروفة مسبقًا</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>توقّف</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>how</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>المستويات</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
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
        <translation>تحقّق %1 من مستفيدي %2 لدى شبكة الدفع</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>غير موجودين</translation>
    </message>
    <message>
        <source>asked of</source>
        <translation>سُئل</translation>
    </message>
</context>
<context>
    <name>BankStatementFile</name>
    <message>
        <source>MT940 statement, %1</source>
        <translation>كشف حساب MT940، %1</translation>
    </message>
    <message>
        <source>CSV statement, %1</source>
        <translation>كشف حساب CSV، %1</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Folder to export into.</source>
        <translation>المجلد الذي يُصدَّر إليه.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>ما العمل.</translation>
    </message>
    <message>
        <source>batches takes prepare, list, export or sign, and an id.</source>
        <translation>يأخذ batches الخيار prepare أو list أو export أو sign، ومعرّفًا.</translation>
    </message>
    <message>
        <source>batches export needs --out DIR.</source>
        <translation>يحتاج batches export إلى --out DIR.</translation>
    </message>
    <message>
        <source>Cannot prepare the payments: %1</source>
        <translation>يتعذر تحضير المدفوعات: %1</translation>
    </message>
    <message>
        <source>Cannot sign batch %1: %2</source>
        <translation>يتعذر توقيع الدفعة %1: %2</translation>
    </message>
    <message>
        <source>Batch %1: %2.</source>
        <translation>الدفعة %1: %2.</translation>
    </message>
    <message>
        <source>Cannot export batch %1: %2</source>
        <translation>يتعذر تصدير الدفعة %1: %2</translation>
    </message>
    <message>
        <source>Batch %1 exported to %2.</source>
        <translation>صُدّرت الدفعة %1 إلى %2.</translation>
    </message>
    <message>
        <source>export: the bundle will be uploaded to the hub by hand; the batch is handed over.</source>
        <translation>export: ستُرفع الحزمة إلى المحور يدويًا؛ وتصبح الدفعة مُسلَّمة باليد.</translation>
    </message>
    <message>
        <source>Batch %1 is now handed over: PayDesk sends it only with send --batch %1 --not-uploaded-elsewhere --yes, once the hub is shown not to have it.</source>
        <translation>أصبحت الدفعة %1 مُسلَّمة باليد: لا يرسلها PayDesk إلا عبر send --batch %1 --not-uploaded-elsewhere --yes، بعد أن يثبت أن المحور لا يملكها.</translation>
    </message>
    <message>
        <source>Payment batches. prepare CYCLE_ID: one payment per approved entitlement, cut into batches whose files are frozen. list CYCLE_ID: the batches. export BATCH_ID --out DIR [--key KEY.pem]: the batch&apos;s CSV, its X-SIGNATURE (with the key), a manifest and the officers&apos; sign-off, for review, or with --hand-carry to be uploaded by hand (the batch is then handed over: PayDesk sends it only once an officer confirms it was not uploaded elsewhere). sign BATCH_ID: the acting officer signs the batch&apos;s manifest with their own key (--officer-key, certified by the administrator): a maker signs it off, a checker countersigns.</source>
        <translation>دفعات الدفع. prepare CYCLE_ID: دفعة مالية لكل استحقاق معتمد، مقسمة إلى دفعات تُجمَّد ملفاتها. list CYCLE_ID: الدفعات. export BATCH_ID --out DIR [--key KEY.pem]: ملف CSV للدفعة وX-SIGNATURE الخاص بها (مع المفتاح) وبيان واعتماد الموظفين، للمراجعة، أو مع --hand-carry لرفعها يدويًا (فتصبح الدفعة مُسلَّمة باليد: لا يرسلها PayDesk إلا بعد أن يؤكد موظف أنها لم تُرفع في مكان آخر). sign BATCH_ID: يوقّع الموظف المتصرف بيان الدفعة بمفتاحه الخاص (--officer-key، المصادق عليه من المسؤول): يعتمدها المعدّ ويصادق عليها المدقق.</translation>
    </message>
    <message>
        <source>export: the tenant&apos;s PEM private key, to sign the file.</source>
        <translation>export: المفتاح الخاص PEM للمستأجر، لتوقيع الملف.</translation>
    </message>
</context>
<context>
    <name>BatchFileReviewer</name>
    <message>
        <source>the file has %1 bytes; the hub accepts at most %2</source>
        <translation>حجم الملف %1 بايت؛ يقبل المحور %2 على الأكثر</translation>
    </message>
    <message>
        <source>a blank line: the hub stops reading the file there</source>
        <translation>سطر فارغ: يتوقف المحور عن قراءة الملف عنده</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>the hub does not know the column &quot;%1&quot; and refuses the file</source>
        <translation>لا يعرف المحور العمود «%1» ويرفض الملف</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>العمود %1 مفقود</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 حقول بينما في الترويسة %2</translation>
    </message>
    <message>
        <source>a comma or quote inside the field: the hub splits the line there</source>
        <translation>فاصلة أو علامة اقتباس داخل الحقل: يقسم المحور السطر عندها</translation>
    </message>
    <message>
        <source>no request id: the payment could never be reconciled</source>
        <translation>لا معرّف طلب: لا يمكن مطابقة الدفعة أبدًا</translation>
    </message>
    <message>
        <source>request id %1 is also on line %2</source>
        <translation>معرّف الطلب %1 موجود أيضًا في السطر %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation>«%1» ليست عملة ISO 4217</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>%1 is not more than zero</source>
        <translation>%1 ليس أكبر من الصفر</translation>
    </message>
    <message>
        <source>%1 is not a whole number; the hub parses amounts as whole numbers</source>
        <translation>%1 ليس عددًا صحيحًا؛ يقرأ المحور المبالغ أعدادًا صحيحة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier type the hub knows</source>
        <translation>«%1» ليس نوع معرّف يعرفه المحور</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2: %3</source>
        <translation>«%1» ليس %2 صالحًا: %3</translation>
    </message>
    <message>
        <source>same payee, amount and currency as line %1: the hub drops this row as a duplicate</source>
        <translation>المستفيد والمبلغ والعملة نفسها كما في السطر %1: يسقط المحور هذا السطر كمكرر</translation>
    </message>
    <message>
        <source>mixed payment modes (%1): the hub uses the first row&apos;s for everything</source>
        <translation>أنماط دفع مختلطة (%1): يستخدم المحور نمط السطر الأول للجميع</translation>
    </message>
    <message>
        <source>the signature matches the certificate</source>
        <translation>التوقيع يطابق الشهادة</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is not the manifest&apos;s: the file was changed</source>
        <translation>بصمة SHA-256 للملف ليست بصمة البيان: تغيّر الملف</translation>
    </message>
    <message>
        <source>the manifest says %1 rows, the file has %2</source>
        <translation>يذكر البيان %1 سطرًا، وفي الملف %2</translation>
    </message>
    <message>
        <source>the manifest says %1 %2, the file adds up to %3 %2</source>
        <translation>يذكر البيان %1 %2، ومجموع الملف %3 %2</translation>
    </message>
    <message>
        <source>the file is the one the manifest describes</source>
        <translation>الملف هو الذي يصفه البيان</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes: not a batch file</source>
        <translation>حجم %1 هو %2 بايت: ليس ملف دفعة</translation>
    </message>
    <message>
        <source>who signed cannot be checked without the administrator&apos;s certificate to trust (--trust)</source>
        <translation>لا يمكن التحقق ممن وقّع دون شهادة المسؤول الموثوق بها (--trust)</translation>
    </message>
    <message>
        <source>the certificate to trust: %1</source>
        <translation>الشهادة الموثوق بها: %1</translation>
    </message>
    <message>
        <source>the bundle carries no grants (its .trust.json): whether its signers held their roles cannot be checked</source>
        <translation>لا تحمل الحزمة أي منح للأدوار (ملف ‎.trust.json‎ الخاص بها): لا يمكن التحقق من أن موقّعيها كانوا يشغلون أدوارهم</translation>
    </message>
    <message>
        <source>a grant the bundle carries does not stand: %1</source>
        <translation>منحة تحملها الحزمة غير صحيحة: %1</translation>
    </message>
    <message>
        <source>%1 was not an active %2 when they signed off (%3)</source>
        <translation>لم يكن %1 ‏%2 نشطًا عند اعتماده (%3)</translation>
    </message>
    <message>
        <source>the certificate %1 signed off with was not certified for them then, or was revoked</source>
        <translation>الشهادة التي اعتمد بها %1 لم تكن مصدَّقة له حينها، أو أُلغيت</translation>
    </message>
</context>
<context>
    <name>BatchFileRows</name>
    <message>
        <source>it is empty</source>
        <translation>إنه فارغ</translation>
    </message>
    <message>
        <source>it lacks request_id, payee_identifier, amount or currency</source>
        <translation>ينقصه request_id أو payee_identifier أو amount أو currency</translation>
    </message>
    <message>
        <source>it is not JSON: %1 at byte %2</source>
        <translation>ليس JSON: %1 عند البايت %2</translation>
    </message>
    <message>
        <source>it is JSON, but not a G2P Connect disburse request (no message.disbursements)</source>
        <translation>إنه JSON، لكنه ليس طلب صرف G2P Connect (لا message.disbursements)</translation>
    </message>
    <message>
        <source>it holds no payment</source>
        <translation>لا يحتوي على أي دفعة مالية</translation>
    </message>
</context>
<context>
    <name>BatchManifest</name>
    <message>
        <source>there is no ready batch %1</source>
        <translation>لا توجد دفعة جاهزة %1</translation>
    </message>
</context>
<context>
    <name>BatchPlanner</name>
    <message>
        <source>payment %1 alone does not fit in a %2-byte batch file</source>
        <translation>الدفعة المالية %1 وحدها لا تتسع في ملف دفعة من %2 بايت</translation>
    </message>
    <message>
        <source>planning was stopped</source>
        <translation>أُوقف التخطيط</translation>
    </message>
</context>
<context>
    <name>BatchRepository</name>
    <message>
        <source>batch %1 could not be read: %2</source>
        <translation>تعذّرت قراءة الدفعة %1: %2</translation>
    </message>
    <message>
        <source>there is no batch %1</source>
        <translation>لا توجد دفعة %1</translation>
    </message>
</context>
<context>
    <name>BatchRowsView</name>
    <message>
        <source>Payments of the chosen batch</source>
        <translation>مدفوعات الدفعة المختارة</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>معرّف الطلب</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>النمط</translation>
    </message>
    <message>
        <source>Payer&apos;s kind of account</source>
        <translation>نوع حساب الدافع</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>الدافع</translation>
    </message>
    <message>
        <source>Payee&apos;s kind of account</source>
        <translation>نوع حساب المستفيد</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Payee&apos;s financial address</source>
        <translation>العنوان المالي للمستفيد</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>في الملف: %1</translation>
    </message>
</context>
<context>
    <name>BatchSender</name>
    <message>
        <source>batch %1 is %2: only ready batches are sent</source>
        <translation>الدفعة %1 في حالة %2: لا تُرسل إلا الدفعات الجاهزة</translation>
    </message>
    <message>
        <source>batch %1 cannot be posted: %2</source>
        <translation>تتعذر إرسال الدفعة %1: %2</translation>
    </message>
    <message>
        <source>cannot mark batch %1 as sending: %2</source>
        <translation>يتعذر وسم الدفعة %1 بأنها قيد الإرسال: %2</translation>
    </message>
    <message>
        <source>batch %1 is being sent by another officer or process</source>
        <translation>يرسل موظف أو عملية أخرى الدفعة %1</translation>
    </message>
    <message>
        <source>the hub took batch %1 as %2, but PayDesk could not record it (%3): it stays uncertain until resolved</source>
        <translation>أخذ المحور الدفعة %1 باسم %2، لكن PayDesk لم يستطع تسجيل ذلك (%3): تبقى غير مؤكدة حتى تُحسم</translation>
    </message>
    <message>
        <source>batch %1 sent: the hub&apos;s batch %2</source>
        <translation>أُرسلت الدفعة %1: دفعة المحور %2</translation>
    </message>
    <message>
        <source>batch %1 found on the hub as %2: sent</source>
        <translation>وُجدت الدفعة %1 في المحور باسم %2: مُرسلة</translation>
    </message>
    <message>
        <source>batch %1 was refused (%2), but PayDesk could not record it: %3</source>
        <translation>رُفضت الدفعة %1 (%2)، لكن PayDesk لم يستطع تسجيل ذلك: %3</translation>
    </message>
    <message>
        <source>batch %1 refused, nothing was paid: %2</source>
        <translation>رُفضت الدفعة %1، لم يُدفع شيء: %2</translation>
    </message>
    <message>
        <source>batch %1 is uncertain: %2</source>
        <translation>الدفعة %1 غير مؤكدة: %2</translation>
    </message>
    <message>
        <source>batch %1 is not waiting to be resolved</source>
        <translation>الدفعة %1 لا تنتظر الحسم</translation>
    </message>
    <message>
        <source>the hub could not say whether it has the batch: %1</source>
        <translation>لم يستطع المحور أن يقول إن كانت الدفعة لديه: %1</translation>
    </message>
    <message>
        <source>the database refused the change without saying why</source>
        <translation>رفضت قاعدة البيانات التغيير دون ذكر السبب</translation>
    </message>
    <message>
        <source>batch %1 was exported for hand-carry: it is sent from here only after an officer confirms it was not uploaded anywhere else, and the hub is then shown not to have it</source>
        <translation>صُدِّرت الدفعة %1 للتسليم باليد: لا تُرسل من هنا إلا بعد أن يؤكد موظف أنها لم تُرفع في أي مكان آخر، ويثبت أن المحور لا يملكها</translation>
    </message>
    <message>
        <source>batch %1 is not sent: batch %2 of the same cycle is uncertain, and nothing more of the cycle leaves until it is resolved</source>
        <translation>لم تُرسل الدفعة %1: الدفعة %2 من الدورة نفسها غير مؤكدة، ولا يخرج شيء آخر من الدورة حتى تُحسم</translation>
    </message>
    <message>
        <source>batch %1 is not sent: PayDesk cannot read whether another batch of its cycle is uncertain</source>
        <translation>لم تُرسل الدفعة %1: لا يستطيع PayDesk أن يقرأ إن كانت دفعة أخرى من دورتها غير مؤكدة</translation>
    </message>
    <message>
        <source>batch %1 was not posted: the hub could not say whether it already has it (%2)</source>
        <translation>لم تُرسل الدفعة %1: لم يستطع المحور أن يقول إن كان يملكها مسبقًا (%2)</translation>
    </message>
    <message>
        <source>batch %1 stays handed over: %2</source>
        <translation>تبقى الدفعة %1 مُسلَّمة باليد: %2</translation>
    </message>
    <message>
        <source>another officer or process changed it first</source>
        <translation>غيّرها موظف أو عملية أخرى أولًا</translation>
    </message>
    <message>
        <source>batch %1 sent: the hub&apos;s batch %2 (recorded by another officer or process)</source>
        <translation>أُرسلت الدفعة %1: دفعة المحور %2 (سجّلها موظف أو عملية أخرى)</translation>
    </message>
    <message>
        <source>the batch changed state meanwhile (%1)</source>
        <translation>تغيّرت حالة الدفعة في الأثناء (%1)</translation>
    </message>
    <message>
        <source>batch %1 was already on the hub as %2 (sent before, from a copy of this database or by hand): recorded as sent, not posted again</source>
        <translation>كانت الدفعة %1 على المحور مسبقًا باسم %2 (أُرسلت من قبل، من نسخة من قاعدة البيانات هذه أو يدويًا): سُجّلت مُرسلة، ولم تُرسل ثانية</translation>
    </message>
    <message>
        <source>not on the hub, but the hub&apos;s answers carry no time (Date header), so PayDesk cannot tell whether it may still appear: ask the hub&apos;s operators whether batch %1 (correlation id %2) arrived</source>
        <translation>ليست على المحور، لكن ردود المحور لا تحمل وقتًا (ترويسة Date)، فلا يستطيع PayDesk أن يعرف إن كانت قد تظهر بعد: اسأل مشغّلي المحور إن وصلت الدفعة %1 (معرّف الارتباط %2)</translation>
    </message>
    <message>
        <source>not on the hub; its grace period of %1 s starts now, by the hub&apos;s clock</source>
        <translation>ليست على المحور؛ تبدأ مهلتها البالغة %1 ث الآن، بحسب ساعة المحور</translation>
    </message>
    <message>
        <source>not on the hub yet; it may still appear (%1 s of the %2 s grace period have passed by the hub&apos;s clock)</source>
        <translation>ليست على المحور بعد؛ قد تظهر لاحقًا (مضت %1 ث من مهلة %2 ث بحسب ساعة المحور)</translation>
    </message>
    <message>
        <source>not on the hub %1 s after it was posted, by the hub&apos;s clock (%2): it can be posted again, with the same correlation id and file, once an officer confirms</source>
        <translation>ليست على المحور بعد %1 ث من إرسالها، بحسب ساعة المحور (%2): يمكن إرسالها ثانية، بمعرّف الارتباط نفسه والملف نفسه، متى أكّد ذلك موظف</translation>
    </message>
</context>
<context>
    <name>BatchSignOff</name>
    <message>
        <source>%1 signs nothing: only active makers sign off and checkers countersign</source>
        <translation>%1 لا يوقّع شيئًا: وحدهم المعدّون النشطون يعتمدون والمدققون يصادقون</translation>
    </message>
    <message>
        <source>the maker&apos;s sign-off of batch %1 does not check: %2</source>
        <translation>اعتماد المعدّ للدفعة %1 لا يصح: %2</translation>
    </message>
    <message>
        <source>batch %1 has no maker&apos;s sign-off to countersign yet</source>
        <translation>الدفعة %1 ليس لها اعتماد من المعدّ لتتم المصادقة عليه بعد</translation>
    </message>
    <message>
        <source>%1 signed batch %2 off and cannot also countersign it</source>
        <translation>اعتمد %1 الدفعة %2 ولا يمكنه أيضًا المصادقة عليها</translation>
    </message>
    <message>
        <source>%1 holds the same key as the maker who signed batch %2 off: a countersignature needs another key</source>
        <translation>يحمل %1 المفتاح نفسه الذي اعتمد به المعدّ الدفعة %2: تحتاج المصادقة إلى مفتاح آخر</translation>
    </message>
    <message>
        <source>cannot record the signature: %1</source>
        <translation>يتعذر تسجيل التوقيع: %1</translation>
    </message>
    <message>
        <source>cannot read the sign-off of batch %1: %2</source>
        <translation>تتعذر قراءة اعتماد الدفعة %1: %2</translation>
    </message>
    <message>
        <source>batch %1 is already signed off by its maker (%2)</source>
        <translation>الدفعة %1 معتمدة بالفعل من معدّها (%2)</translation>
    </message>
    <message>
        <source>batch %1 is already countersigned by a checker (%2)</source>
        <translation>الدفعة %1 مصادق عليها بالفعل من مدقق (%2)</translation>
    </message>
    <message>
        <source>batch %1 is not waiting to be sent: only a ready (or handed-over) batch is signed off</source>
        <translation>الدفعة %1 لا تنتظر الإرسال: لا تُعتمد إلا دفعة جاهزة (أو مُسلَّمة باليد)</translation>
    </message>
    <message>
        <source>%1 has not signed in with their key</source>
        <translation>لم يسجّل %1 الدخول بمفتاحه</translation>
    </message>
</context>
<context>
    <name>BatchState</name>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>ready to send</source>
        <translation>جاهزة للإرسال</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>completed with failures</source>
        <translation>مكتملة مع إخفاقات</translation>
    </message>
    <message>
        <source>refused by the hub</source>
        <translation>رفضها المحور</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>سُلّمت يدويًا</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Batches of the cycle</source>
        <translation>دفعات الدورة</translation>
    </message>
    <message>
        <source>No batch for this cycle: once a checker approved it, a maker presses Prepare payments.</source>
        <translation>لا دفعات لهذه الدورة: بعد أن يوافق عليها مدقق، يضغط المعدّ «تحضير المدفوعات».</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>النمط</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>الإطلاق</translation>
    </message>
    <message>
        <source>Hub batch / what to do</source>
        <translation>دفعة المحور / ما العمل</translation>
    </message>
    <message>
        <source>%1, %2, batch %3</source>
        <translation>%1، %2، الدفعة %3</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>الدفعة %1</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>معرّف الارتباط: %1</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>تجريبية</translation>
    </message>
    <message>
        <source>signed off by %1</source>
        <translation>اعتمدها %1</translation>
    </message>
    <message>
        <source>countersigned by %1</source>
        <translation>صادق عليها %1</translation>
    </message>
    <message>
        <source>Uncertain: the hub may have it. Send again to find out (it is looked up on the hub, never posted twice); after the grace period it can be posted again once you confirm. %1</source>
        <translation>غير مؤكدة: قد تكون لدى المحور. أرسل مجددًا لتعرف (يُبحث عنها في المحور ولا تُرسل مرتين أبدًا)؛ بعد مهلة السماح يمكن إرسالها مجددًا بعد تأكيدك. %1</translation>
    </message>
    <message>
        <source>Refused, nothing was paid: %1</source>
        <translation>مرفوضة، لم يُدفع شيء: %1</translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <source>&amp;Prepare payments</source>
        <translation>تحضير المدفوعات (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>تصدير الحزمة (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Send to the hub…</source>
        <translation>إرسال إلى المحور (&amp;S)…</translation>
    </message>
    <message>
        <source>Resolve uncertain batches, then send the ready ones to the program&apos;s hub (a checker&apos;s work).</source>
        <translation>حسم الدفعات غير المؤكدة، ثم إرسال الجاهزة إلى محور البرنامج (عمل المدقق).</translation>
    </message>
    <message>
        <source>Sign &amp;off…</source>
        <translation>اعتماد (&amp;O)…</translation>
    </message>
    <message>
        <source>Sign the selected batch&apos;s manifest with your own key: a maker signs it off, a checker countersigns.</source>
        <translation>وقّع بيان الدفعة المحددة بمفتاحك الخاص: يعتمدها المعدّ ويصادق عليها المدقق.</translation>
    </message>
    <message>
        <source>E&amp;vidence pack…</source>
        <translation>حزمة الأدلة (&amp;V)…</translation>
    </message>
    <message>
        <source>Write the cycle&apos;s evidence pack for auditors into a new folder.</source>
        <translation>اكتب حزمة أدلة الدورة للمدققين في مجلد جديد.</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>الدورة:</translation>
    </message>
    <message>
        <source>A new folder for the evidence pack</source>
        <translation>مجلد جديد لحزمة الأدلة</translation>
    </message>
    <message>
        <source>Choose an approved cycle and who is acting first.</source>
        <translation>اختر أولًا دورة معتمدة ومن يتصرف.</translation>
    </message>
    <message>
        <source>This program asks the sandbox&apos;s mapper for addresses: start PayDesk with --sandbox.</source>
        <translation>يسأل هذا البرنامج مطابِق البيئة التجريبية عن العناوين: شغّل PayDesk مع --sandbox.</translation>
    </message>
    <message>
        <source>This program pays by registry id but names no ID-to-account mapper.</source>
        <translation>يدفع هذا البرنامج بمعرّف السجل لكنه لا يسمي مطابِقًا للمعرّفات والحسابات.</translation>
    </message>
    <message>
        <source>Asking the ID-to-account mapper for the beneficiaries&apos; addresses…</source>
        <translation>جارٍ سؤال مطابِق المعرّفات والحسابات عن عناوين المستفيدين…</translation>
    </message>
    <message>
        <source>Preparing payments and freezing their batch files…</source>
        <translation>جارٍ تحضير المدفوعات وتجميد ملفات دفعاتها…</translation>
    </message>
    <message>
        <source>No payments were prepared: %1</source>
        <translation>لم تُحضّر أي مدفوعات: %1</translation>
    </message>
    <message>
        <source>The mapper was asked for %1 addresses: %2 resolved, %3 unresolved (%4 known already). %5</source>
        <translation>سُئل المطابِق عن %1 عنوانًا: %2 محلول، %3 غير محلول (%4 معروف مسبقًا). %5</translation>
    </message>
    <message>
        <source>Choose a batch first.</source>
        <translation>اختر دفعة أولًا.</translation>
    </message>
    <message>
        <source>The bundle was not exported: %1</source>
        <translation>لم تُصدَّر الحزمة: %1</translation>
    </message>
    <message>
        <source>Exported to %1 (.csv, .manifest.json%2).</source>
        <translation>صُدّرت إلى %1 (.csv، .manifest.json%2).</translation>
    </message>
    <message>
        <source>Choose a batch and who is acting first.</source>
        <translation>اختر أولًا دفعة ومن يتصرف.</translation>
    </message>
    <message>
        <source>Batch %1 was not signed: %2</source>
        <translation>لم تُوقَّع الدفعة %1: %2</translation>
    </message>
    <message>
        <source>Batch %1: %2.</source>
        <translation>الدفعة %1: %2.</translation>
    </message>
    <message>
        <source>Choose a cycle and who is acting first.</source>
        <translation>اختر أولًا دورة ومن يتصرف.</translation>
    </message>
    <message>
        <source>Writing the evidence pack of the cycle…</source>
        <translation>جارٍ كتابة حزمة أدلة الدورة…</translation>
    </message>
    <message>
        <source>The evidence pack was not written: %1</source>
        <translation>لم تُكتب حزمة الأدلة: %1</translation>
    </message>
    <message>
        <source>Export the batch into</source>
        <translation>تصدير الدفعة إلى</translation>
    </message>
    <message>
        <source>The tenant&apos;s private key, to sign (cancel: unsigned)</source>
        <translation>المفتاح الخاص للمستأجر، للتوقيع (إلغاء: دون توقيع)</translation>
    </message>
    <message>
        <source>PEM keys (*.pem);;All files (*)</source>
        <translation>مفاتيح PEM (*.pem);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>This program pays through the sandbox hub: start PayDesk with --sandbox.</source>
        <translation>يدفع هذا البرنامج عبر المحور التجريبي: شغّل PayDesk مع --sandbox.</translation>
    </message>
    <message>
        <source>This program names no hub: set the addresses of its payment backend.</source>
        <translation>لا يسمي هذا البرنامج أي محور: اضبط عناوين نظام الدفع الخاص به.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>لم يُرسل شيء: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 uncertain, %3 refused.</source>
        <translation>%1 مُرسلة، %2 غير مؤكدة، %3 مرفوضة.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) of this cycle are uncertain: a checker must resolve them (Send to the hub) before anything else is sent.</source>
        <translation>
            <numerusform>لا دفعات غير مؤكدة في هذه الدورة.</numerusform>
            <numerusform>دفعة واحدة من هذه الدورة غير مؤكدة: على المدقق حسمها (إرسال إلى المحور) قبل إرسال أي شيء آخر.</numerusform>
            <numerusform>دفعتان من هذه الدورة غير مؤكدتين: على المدقق حسمهما (إرسال إلى المحور) قبل إرسال أي شيء آخر.</numerusform>
            <numerusform>%n دفعات من هذه الدورة غير مؤكدة: على المدقق حسمها (إرسال إلى المحور) قبل إرسال أي شيء آخر.</numerusform>
            <numerusform>%n دفعة من هذه الدورة غير مؤكدة: على المدقق حسمها (إرسال إلى المحور) قبل إرسال أي شيء آخر.</numerusform>
            <numerusform>%n دفعة من هذه الدورة غير مؤكدة: على المدقق حسمها (إرسال إلى المحور) قبل إرسال أي شيء آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending money is a checker&apos;s work: act as a checker (top right).</source>
        <translation>إرسال الأموال عمل المدقق: تصرّف بصفتك مدققًا (أعلى اليمين).</translation>
    </message>
    <message>
        <source>The tenant&apos;s private key, to sign (X-SIGNATURE)</source>
        <translation>المفتاح الخاص للمستأجر، للتوقيع (X-SIGNATURE)</translation>
    </message>
    <message>
        <source>The program&apos;s Ed25519 private key, to sign its G2P Connect requests</source>
        <translation>مفتاح Ed25519 الخاص بالبرنامج، لتوقيع طلبات G2P Connect</translation>
    </message>
    <message>
        <source>Send to Payment Hub EE</source>
        <translation>إرسال إلى Payment Hub EE</translation>
    </message>
    <message>
        <source>Send through G2P Connect</source>
        <translation>إرسال عبر G2P Connect</translation>
    </message>
    <message>
        <source>Send to the hub now? %1

Once sent, payments cannot be called back.</source>
        <translation>الإرسال إلى المحور الآن؟ %1

بعد الإرسال لا يمكن استرجاع المدفوعات.</translation>
    </message>
    <message>
        <source>Nothing was sent: the operations app&apos;s password was not given.</source>
        <translation>لم يُرسل شيء: لم تُعطَ كلمة مرور تطبيق العمليات.</translation>
    </message>
    <message>
        <source>The batch is now handed over: PayDesk will not send it unless you confirm it was not uploaded elsewhere.</source>
        <translation>أصبحت الدفعة مُسلَّمة باليد: لن يرسلها PayDesk ما لم تؤكد أنها لم تُرفع في مكان آخر.</translation>
    </message>
    <message>
        <source>Export the batch</source>
        <translation>تصدير الدفعة</translation>
    </message>
    <message>
        <source>Will this bundle be uploaded to the hub by hand?

Yes: the batch is handed over, and PayDesk will not send it unless an officer confirms it was not uploaded elsewhere. No: the bundle is for review only.</source>
        <translation>هل ستُرفع هذه الحزمة إلى المحور يدويًا؟

نعم: تصبح الدفعة مُسلَّمة باليد، ولن يرسلها PayDesk ما لم يؤكد موظف أنها لم تُرفع في مكان آخر. لا: الحزمة للمراجعة فقط.</translation>
    </message>
    <message>
        <source>Stopping: the batch being posted is finished and recorded, nothing more is sent…</source>
        <translation>جارٍ الإيقاف: تُستكمل الدفعة الجاري إرسالها وتُسجَّل، ولا يُرسل شيء آخر…</translation>
    </message>
    <message>
        <source>Looking up the uncertain batches on the hub…</source>
        <translation>جارٍ البحث عن الدفعات غير المؤكدة على المحور…</translation>
    </message>
    <message>
        <source>Post batch %1 again?</source>
        <translation>إرسال الدفعة %1 ثانية؟</translation>
    </message>
    <message>
        <source>Batch %1 was posted but the hub does not show it, although its grace period is over: %2.

Post it again only if you are sure it was not uploaded in any other way. It is posted with the same correlation id and the same file.</source>
        <translation>أُرسلت الدفعة %1 لكن المحور لا يُظهرها، مع أن مهلتها انقضت: %2.

لا تُرسلها ثانية إلا إن كنت متأكدًا أنها لم تُرفع بطريقة أخرى. تُرسل بمعرّف الارتباط نفسه والملف نفسه.</translation>
    </message>
    <message>
        <source>Evidence pack written to %1; an auditor checks it on the File review page.</source>
        <translation>كُتبت حزمة الأدلة في %1؛ يتحقق منها المدقق في صفحة مراجعة الملفات.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إيقاف (&amp;T)</translation>
    </message>
    <message>
        <source>Stop safely: a batch being posted is finished and recorded first.</source>
        <translation>إيقاف آمن: تُستكمل أولًا الدفعة الجاري إرسالها وتُسجَّل.</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>جارٍ الإيقاف عند النقطة الآمنة التالية…</translation>
    </message>
    <message>
        <source>Batch %1 of %2: %3 %4 of %5 sent so far.</source>
        <translation>الدفعة %1 من %2: %3 أُرسل حتى الآن %4 من %5.</translation>
    </message>
    <message>
        <source>Nothing to send: no batch of this cycle is ready or uncertain.</source>
        <translation>لا شيء للإرسال: لا توجد دفعة جاهزة أو غير مؤكدة في هذه الدورة.</translation>
    </message>
</context>
<context>
    <name>BeneficiariesCommand</name>
    <message>
        <source>Lists beneficiaries of the registry.</source>
        <translation>يسرد مستفيدي السجل.</translation>
    </message>
    <message>
        <source>Text to look for.</source>
        <translation>النص المطلوب البحث عنه.</translation>
    </message>
    <message>
        <source>What --filter matches: name, id, region or phone.</source>
        <translation>ما يطابقه --filter: name أو id أو region أو phone.</translation>
    </message>
    <message>
        <source>Order: id, name, region or phone.</source>
        <translation>الترتيب: id أو name أو region أو phone.</translation>
    </message>
    <message>
        <source>Descending order.</source>
        <translation>ترتيب تنازلي.</translation>
    </message>
    <message>
        <source>Only beneficiaries enrolled in this program.</source>
        <translation>فقط المستفيدون المسجلون في هذا البرنامج.</translation>
    </message>
    <message>
        <source>Only beneficiaries whose payee account another registry id holds too.</source>
        <translation>فقط المستفيدون الذين يملك معرّف سجل آخر حساب دفعهم أيضًا.</translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation>N سطرًا على الأكثر.</translation>
    </message>
    <message>
        <source>Skip the first N rows.</source>
        <translation>تخطَّ أول N سطرًا.</translation>
    </message>
    <message>
        <source>Phone numbers, payee accounts and national ids masked but for their last four characters.</source>
        <translation>أرقام الهواتف وحسابات الدفع والأرقام الوطنية مُقنّعة عدا آخر أربعة أحرف.</translation>
    </message>
    <message>
        <source>--by takes name, id, region or phone, not &quot;%1&quot;.</source>
        <translation>يأخذ --by الخيار name أو id أو region أو phone، لا «%1».</translation>
    </message>
    <message>
        <source>--sort takes id, name, region or phone, not &quot;%1&quot;.</source>
        <translation>يأخذ --sort الخيار id أو name أو region أو phone، لا «%1».</translation>
    </message>
    <message>
        <source>--limit and --offset take whole numbers of rows.</source>
        <translation>يأخذ --limit و--offset أعدادًا صحيحة من الأسطر.</translation>
    </message>
    <message>
        <source>Cannot read the registry: %1</source>
        <translation>تتعذر قراءة السجل: %1</translation>
    </message>
    <message>
        <source>%1 of %2 matching beneficiaries shown.</source>
        <translation>عُرض %1 من %2 مستفيدًا مطابقًا.</translation>
    </message>
    <message>
        <source>Write the rows as a registry CSV (every matching row unless --limit is given), safe to open in a spreadsheet: a value a spreadsheet would run as a formula starts with an apostrophe.</source>
        <translation>كتابة الصفوف كملف CSV للسجل (كل الصفوف المطابقة ما لم يُعطَ ‎--limit)، آمنًا للفتح في جدول بيانات: القيمة التي قد ينفذها جدول البيانات كصيغة تبدأ بفاصلة عليا.</translation>
    </message>
</context>
<context>
    <name>BeneficiaryRowValidator</name>
    <message>
        <source>holds a control or invisible formatting character (U+%1)</source>
        <translation>يحتوي على محرف تحكم أو تنسيق غير مرئي (U+%1)</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>في السطر %1 حقلًا لكن في الترويسة %2</translation>
    </message>
    <message>
        <source>a beneficiary needs a given name or a family name</source>
        <translation>يحتاج المستفيد إلى اسم أول أو اسم عائلة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender (use F, M, O or leave it empty)</source>
        <translation>«%1» ليس جنسًا (استخدم F أو M أو O أو اتركه فارغًا)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>«%1» ليس تاريخًا بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 في المستقبل</translation>
    </message>
    <message>
        <source>%1 is before 1900</source>
        <translation>%1 قبل عام 1900</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a household size from 1 to %2</source>
        <translation>«%1» ليس حجم أسرة من 1 إلى %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes/no, true/false or 1/0</source>
        <translation>«%1» ليس نعم/لا أو true/false أو 1/0</translation>
    </message>
    <message>
        <source>a payee type is given but no payee address</source>
        <translation>نوع المستفيد معطى لكن لا عنوان دفع</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payee type (msisdn, bank_account, iban, email or registry_id)</source>
        <translation>«%1» ليس نوع مستفيد (msisdn أو bank_account أو iban أو email أو registry_id)</translation>
    </message>
    <message>
        <source>invalid encoding: byte %1 of the field (0x%2) is not UTF-8; save the file as UTF-8</source>
        <translation>ترميز غير صالح: البايت %1 من الحقل (0x%2) ليس UTF-8؛ احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2</source>
        <translation>طويل جدًا: %1 حرفًا، والحد الأقصى %2</translation>
    </message>
    <message>
        <source>the value held line breaks; each was turned into a space</source>
        <translation>احتوت القيمة على فواصل أسطر؛ حُوِّل كل منها إلى مسافة</translation>
    </message>
    <message>
        <source>a payee address is given but no payee type</source>
        <translation>عنوان المستفيد مُعطى لكن دون نوعه</translation>
    </message>
</context>
<context>
    <name>BeneficiaryTableModel</name>
    <message>
        <source>Cannot read the registry: %1</source>
        <translation>تتعذر قراءة السجل: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المديرية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Payee type</source>
        <translation>نوع المستفيد</translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation>حساب المستفيد</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>cannot create %1</source>
        <translation>يتعذر إنشاء %1</translation>
    </message>
    <message>
        <source>cannot write the bundle: %1</source>
        <translation>تتعذر كتابة الحزمة: %1</translation>
    </message>
    <message>
        <source>cannot mark batch %1 as handed over: %2</source>
        <translation>تعذّر وسم الدفعة %1 بأنها مُسلَّمة باليد: %2</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>not a PEM X.509 certificate</source>
        <translation>ليست شهادة X.509 بصيغة PEM</translation>
    </message>
    <message>
        <source>the trusted certificate %1 is not a certificate authority</source>
        <translation>الشهادة الموثوق بها %1 ليست جهة إصدار شهادات</translation>
    </message>
    <message>
        <source>the certificate of %1 was not issued by %2</source>
        <translation>شهادة %1 لم تصدرها %2</translation>
    </message>
    <message>
        <source>the certificate of %1 does not carry a valid signature of %2</source>
        <translation>شهادة %1 لا تحمل توقيعًا صحيحًا من %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is valid from %2 to %3, not on %4</source>
        <translation>شهادة %1 صالحة من %2 إلى %3، لا في %4</translation>
    </message>
    <message>
        <source>the trusted certificate %1 is not valid on %2</source>
        <translation>الشهادة الموثوق بها %1 غير صالحة في %2</translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <source>cannot make the administrator&apos;s certificate</source>
        <translation>يتعذر إنشاء شهادة المسؤول</translation>
    </message>
    <message>
        <source>cannot certify the key of %1</source>
        <translation>تتعذر المصادقة على مفتاح %1</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <source>cannot make the certificate request</source>
        <translation>يتعذر إنشاء طلب الشهادة</translation>
    </message>
    <message>
        <source>not a PEM certificate request</source>
        <translation>ليس طلب شهادة بصيغة PEM</translation>
    </message>
    <message>
        <source>the certificate request is not signed by the key it carries</source>
        <translation>طلب الشهادة غير موقّع بالمفتاح الذي يحمله</translation>
    </message>
    <message>
        <source>the certificate request names no officer (common name)</source>
        <translation>طلب الشهادة لا يسمّي أي موظف (الاسم الشائع)</translation>
    </message>
    <message>
        <source>the certificate request&apos;s key: %1</source>
        <translation>مفتاح طلب الشهادة: %1</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>أمر غير معروف «%1».</translation>
    </message>
    <message>
        <source>write a synthetic registry CSV</source>
        <translation>كتابة ملف CSV لسجل اصطناعي</translation>
    </message>
    <message>
        <source>import a registry CSV into the database</source>
        <translation>استيراد ملف CSV للسجل إلى قاعدة البيانات</translation>
    </message>
    <message>
        <source>list beneficiaries</source>
        <translation>سرد المستفيدين</translation>
    </message>
    <message>
        <source>check the audit log: its chain, and with --trust CERT every signature and checkpoint</source>
        <translation>التحقق من سجل التدقيق: سلسلته، ومع --trust CERT كل توقيع ونقطة تدقيق</translation>
    </message>
    <message>
        <source>show the latest audit log entries</source>
        <translation>عرض أحدث قيود سجل التدقيق</translation>
    </message>
    <message>
        <source>the administrator&apos;s key and anchor certificate (or the ministry&apos;s CA)</source>
        <translation>مفتاح المسؤول وشهادة الارتكاز (أو جهة الإصدار الخاصة بالوزارة)</translation>
    </message>
    <message>
        <source>an officer&apos;s own key and certificate request</source>
        <translation>المفتاح الخاص بالموظف وطلب شهادته</translation>
    </message>
    <message>
        <source>add an officer (maker, checker or viewer): an administrator&apos;s signed act</source>
        <translation>إضافة موظف (معدّ أو مدقق أو مطّلع): فعل موقّع من المسؤول</translation>
    </message>
    <message>
        <source>certify an officer&apos;s key; also role, deactivate, revoke-key</source>
        <translation>المصادقة على مفتاح موظف؛ وأيضًا role وdeactivate وrevoke-key</translation>
    </message>
    <message>
        <source>list the officers, with the roles administrators&apos; signed acts gave them</source>
        <translation>سرد الموظفين، بالأدوار التي منحتها لهم أفعال المسؤولين الموقّعة</translation>
    </message>
    <message>
        <source>create, list and enrol programs</source>
        <translation>إنشاء البرامج وسردها والتسجيل فيها</translation>
    </message>
    <message>
        <source>apply a program&apos;s eligibility to the registry (program enrol)</source>
        <translation>تطبيق أهلية برنامج على السجل (program enrol)</translation>
    </message>
    <message>
        <source>create, generate, submit, approve, send back, cancel and list cycles</source>
        <translation>إنشاء الدورات وتوليدها وتقديمها والموافقة عليها وإعادتها وإلغاؤها وسردها</translation>
    </message>
    <message>
        <source>list a cycle&apos;s entitlements (cycle entitlements)</source>
        <translation>سرد استحقاقات دورة (cycle entitlements)</translation>
    </message>
    <message>
        <source>ask the ID-to-account mapper for a cycle&apos;s financial addresses (G2P Connect)</source>
        <translation>سؤال مطابِق المعرّفات والحسابات عن العناوين المالية لدورة (G2P Connect)</translation>
    </message>
    <message>
        <source>prepare a cycle&apos;s payments into frozen batches, list them, export a bundle</source>
        <translation>تحضير مدفوعات دورة في دفعات مجمدة، وسردها، وتصدير حزمة</translation>
    </message>
    <message>
        <source>send a cycle&apos;s ready batches to Payment Hub EE or G2P Connect, exactly once (a checker)</source>
        <translation>إرسال الدفعات الجاهزة لدورة إلى Payment Hub EE أو G2P Connect مرة واحدة فقط (مدقق)</translation>
    </message>
    <message>
        <source>resolve a cycle&apos;s uncertain batches by asking the hub whether it has them</source>
        <translation>حسم الدفعات غير المؤكدة لدورة بسؤال المحور إن كانت لديه</translation>
    </message>
    <message>
        <source>what the hub really paid: payments paid or failed, batches and the cycle completed</source>
        <translation>ما دفعه المحور فعلًا: مدفوعات مدفوعة أو فاشلة، دفعات ودورة مكتملة</translation>
    </message>
    <message>
        <source>before approval: joined, left, amount jumps, changed or shared accounts, paid elsewhere</source>
        <translation>قبل الموافقة: من انضم، من غادر، قفزات المبالغ، حسابات متغيرة أو مشتركة، مدفوع في مكان آخر</translation>
    </message>
    <message>
        <source>money in the dark: batches sent without a final outcome, aged, with what to do</source>
        <translation>أموال في الظلام: دفعات مُرسلة بلا نتيجة نهائية، حسب العمر، مع ما العمل</translation>
    </message>
    <message>
        <source>pay failed payments again: a maker requests, a checker approves or rejects</source>
        <translation>إعادة دفع المدفوعات الفاشلة: يطلب المعدّ، ويوافق المدقق أو يرفض</translation>
    </message>
    <message>
        <source>a cycle&apos;s disbursement report, as PDF (--pdf) and every payment as CSV (--csv)</source>
        <translation>تقرير صرف دورة، بصيغة PDF (--pdf) وكل دفعة مالية بصيغة CSV (--csv)</translation>
    </message>
    <message>
        <source>an evidence pack of a cycle or batch, sealed, for auditors (checked by review)</source>
        <translation>حزمة أدلة لدورة أو دفعة، مختومة، للمدققين (يتحقق منها review)</translation>
    </message>
    <message>
        <source>the payer account&apos;s bank statement (MT940, CSV) against a cycle: three-way</source>
        <translation>مطابقة كشف حساب الدافع المصرفي (MT940، CSV) مع دورة: مطابقة ثلاثية</translation>
    </message>
    <message>
        <source>print a batch file&apos;s Payment Hub EE X-SIGNATURE</source>
        <translation>طباعة X-SIGNATURE الخاص بـ Payment Hub EE لملف دفعة</translation>
    </message>
    <message>
        <source>review a batch file offline: figures and what the hub would refuse</source>
        <translation>مراجعة ملف دفعة دون اتصال: الأرقام وما سيرفضه المحور</translation>
    </message>
    <message>
        <source>check an evidence pack offline</source>
        <translation>التحقق من حزمة أدلة دون اتصال</translation>
    </message>
    <message>
        <source>Usage: paydesk-cli COMMAND [OPTIONS]</source>
        <translation>الاستخدام: paydesk-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Run paydesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation>شغّل paydesk-cli COMMAND --help لخيارات الأمر.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 wrong command line, 3 imported with rejected rows,
4 the reviewed file or statement has findings, 5 a batch is uncertain (resolve it).</source>
        <translation>رموز الخروج: 0 نجاح، 1 فشل، 2 سطر أوامر خاطئ، 3 استيراد مع أسطر مرفوضة،
4 للملف المراجَع أو الكشف ملاحظات، 5 دفعة غير مؤكدة (احسمها).</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>SQLite file or postgresql:// URL (default: %1).</source>
        <translation>ملف SQLite أو عنوان postgresql:// (افتراضيًا: %1).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>اطبع JSON للبرامج النصية.</translation>
    </message>
    <message>
        <source>The officer acting (default: %1); see paydesk-cli officer.</source>
        <translation>الموظف المتصرف (افتراضيًا: %1)؛ راجع paydesk-cli officer.</translation>
    </message>
    <message>
        <source>Run paydesk-cli --help for the commands.</source>
        <translation>شغّل paydesk-cli --help لرؤية الأوامر.</translation>
    </message>
    <message>
        <source>--timeout-ms takes a number of milliseconds, 100 or more.</source>
        <translation>يأخذ --timeout-ms عددًا من الملي ثانية، 100 أو أكثر.</translation>
    </message>
    <message>
        <source>The hub&apos;s bulk processor (default: the program&apos;s).</source>
        <translation>معالج دفعات المحور (افتراضيًا: معالج البرنامج).</translation>
    </message>
    <message>
        <source>The hub&apos;s operations app (default: the program&apos;s).</source>
        <translation>تطبيق عمليات المحور (افتراضيًا: تطبيق البرنامج).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a hub with a private CA.</source>
        <translation>شهادات سلطة إضافية (PEM) لمحور بسلطة شهادات خاصة.</translation>
    </message>
    <message>
        <source>Deadline of each exchange with the hub.</source>
        <translation>المهلة القصوى لكل تبادل مع المحور.</translation>
    </message>
    <message>
        <source>Operations-app user (OAuth password grant), instead of the program&apos;s; the password from PAYDESK_HUB_PASSWORD or the system keychain.</source>
        <translation>مستخدم تطبيق العمليات (OAuth بكلمة المرور)، بدلًا من مستخدم البرنامج؛ كلمة المرور من PAYDESK_HUB_PASSWORD أو من سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>No password for %1 at %2: PAYDESK_HUB_PASSWORD is not set and the system keychain has none (%3). paydesk-cli program password ID keeps one in the keychain.</source>
        <translation>لا كلمة مرور لـ %1 على %2: لم يُضبط PAYDESK_HUB_PASSWORD وليس في سلسلة مفاتيح النظام أي كلمة (%3). يحفظ paydesk-cli program password ID كلمة مرور في سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>nothing kept for this user</source>
        <translation>لا شيء محفوظ لهذا المستخدم</translation>
    </message>
    <message>
        <source>%1 has a passphrase: set PAYDESK_KEY_PASSPHRASE (the system keychain has none for it: %2)</source>
        <translation>للمفتاح %1 عبارة مرور: اضبط PAYDESK_KEY_PASSPHRASE (ليس في سلسلة مفاتيح النظام أي عبارة له: %2)</translation>
    </message>
    <message>
        <source>nothing kept</source>
        <translation>لا شيء محفوظ</translation>
    </message>
    <message>
        <source>The acting officer&apos;s private key (encrypted PKCS#8 PEM; default: PAYDESK_OFFICER_KEY); its passphrase from PAYDESK_KEY_PASSPHRASE or the system keychain.</source>
        <translation>المفتاح الخاص للموظف المتصرف (PEM PKCS#8 مشفر؛ الافتراضي: PAYDESK_OFFICER_KEY)؛ وعبارة مروره من PAYDESK_KEY_PASSPHRASE أو من سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Acting as %1 needs their key: give --officer-key FILE (or PAYDESK_OFFICER_KEY). Nothing was done.</source>
        <translation>التصرف باسم %1 يحتاج إلى مفتاحه: أضف --officer-key FILE (أو PAYDESK_OFFICER_KEY). لم يُنفَّذ شيء.</translation>
    </message>
    <message>
        <source>%1 is not protected by a passphrase: an officer&apos;s key must be an encrypted PKCS#8 file. Nothing was done.</source>
        <translation>%1 غير محمي بعبارة مرور: يجب أن يكون مفتاح الموظف ملف PKCS#8 مشفرًا. لم يُنفَّذ شيء.</translation>
    </message>
    <message>
        <source>%1 cannot act: %2. Nothing was done.</source>
        <translation>لا يستطيع %1 التصرف: %2. لم يُنفَّذ شيء.</translation>
    </message>
</context>
<context>
    <name>CompletionsChart</name>
    <message>
        <source>Payments settled over time</source>
        <translation>المدفوعات المسوّاة عبر الزمن</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فاشل</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>the system keychain did not answer within %1 s</source>
        <translation>لم تُجب سلسلة مفاتيح النظام خلال %1 ثانية</translation>
    </message>
    <message>
        <source>this computer has no system keychain PayDesk can use (%1)</source>
        <translation>لا توجد على هذا الحاسوب سلسلة مفاتيح نظام يستطيع PayDesk استخدامها (%1)</translation>
    </message>
    <message>
        <source>the system keychain refused access: %1</source>
        <translation>رفضت سلسلة مفاتيح النظام الوصول: %1</translation>
    </message>
    <message>
        <source>the system keychain cannot be used: %1</source>
        <translation>لا يمكن استخدام سلسلة مفاتيح النظام: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file cannot be read</source>
        <translation>يتعذر قراءة الملف</translation>
    </message>
    <message>
        <source>the file is encoded as UTF-16; save it as UTF-8 and import it again</source>
        <translation>الملف مرمّز بـ UTF-16؛ احفظه بـ UTF-8 واستورده مجددًا</translation>
    </message>
    <message>
        <source>line %1, column %2: a field is longer than %3 bytes (is a closing quote missing?)</source>
        <translation>السطر %1، العمود %2: حقل أطول من %3 بايت (هل تنقص علامة اقتباس ختامية؟)</translation>
    </message>
    <message>
        <source>line %1, column %2: a quoted field opened on this line is never closed</source>
        <translation>السطر %1، العمود %2: حقل مقتبس فُتح في هذا السطر ولم يُغلق أبدًا</translation>
    </message>
    <message>
        <source>line %1, column %2: a quote inside an unquoted field (quote the whole field)</source>
        <translation>السطر %1، العمود %2: علامة اقتباس داخل حقل غير مقتبس (اقتبس الحقل كله)</translation>
    </message>
    <message>
        <source>line %1, column %2: text after the closing quote of a field</source>
        <translation>السطر %1، العمود %2: نص بعد علامة الاقتباس الختامية لحقل</translation>
    </message>
    <message>
        <source>too long: more than %1 bytes</source>
        <translation>طويل جدًا: أكثر من %1 بايت</translation>
    </message>
    <message>
        <source>line %1, column %2: a quoted field opened on this line is never closed and swallows the lines after it, which read like records (line %3); add the missing quote</source>
        <translation>السطر %1، العمود %2: حقل بين علامتي تنصيص فُتح في هذا السطر ولم يُغلق أبدًا فابتلع الأسطر التالية التي تُقرأ كسجلات (السطر %3)؛ أضف علامة التنصيص الناقصة</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>حقل بين علامتي تنصيص فُتح في السطر %1 لم يُغلق أبدًا</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>علامة تنصيص داخل حقل غير منصَّص (ضع الحقل كله بين علامتي تنصيص)</translation>
    </message>
    <message>
        <source>line %1, column %2: the quoted field opened on this line runs to line %3 and swallows lines that read like records (line %4); a quote is missing</source>
        <translation>السطر %1، العمود %2: الحقل المنصَّص المفتوح في هذا السطر يمتد حتى السطر %3 ويبتلع أسطرًا تُقرأ كسجلات (السطر %4)؛ هناك علامة تنصيص ناقصة</translation>
    </message>
    <message>
        <source>line %1, column %2: the quoted field opened on this line closes on line %3 and is followed by text; a quote is missing, so the records after line %1 cannot be told apart</source>
        <translation>السطر %1، العمود %2: الحقل المنصَّص المفتوح في هذا السطر يُغلق في السطر %3 ويتبعه نص؛ هناك علامة تنصيص ناقصة، فلا يمكن تمييز السجلات بعد السطر %1</translation>
    </message>
    <message>
        <source>text after the closing quote (quote the whole field)</source>
        <translation>نص بعد علامة التنصيص الختامية (ضع الحقل كله بين علامتي تنصيص)</translation>
    </message>
</context>
<context>
    <name>CsvStatementParser</name>
    <message>
        <source>the statement is empty</source>
        <translation>كشف الحساب فارغ</translation>
    </message>
    <message>
        <source>line 1: the statement has no &quot;%1&quot; column (it needs date, amount, currency and reference)</source>
        <translation>السطر 1: لا يحتوي كشف الحساب على عمود «%1» (يحتاج إلى التاريخ والمبلغ والعملة والمرجع)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>«%1» ليس تاريخًا (YYYY-MM-DD أو DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation>«%1» ليست عملة ISO 4217</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2: %3</source>
        <translation>«%1» ليس مبلغًا بـ %2: %3</translation>
    </message>
    <message>
        <source>it is zero</source>
        <translation>إنه صفر</translation>
    </message>
    <message>
        <source>the type is &quot;%1&quot;: D for a debit or C for a credit</source>
        <translation>النوع «%1»: D للخصم أو C للإيداع</translation>
    </message>
    <message>
        <source>the statement has no entries</source>
        <translation>لا قيود في كشف الحساب</translation>
    </message>
</context>
<context>
    <name>CycleActionCommand</name>
    <message>
        <source>The cycle.</source>
        <translation>الدورة.</translation>
    </message>
</context>
<context>
    <name>CycleApprovals</name>
    <message>
        <source>cannot read the cycle&apos;s total: %1</source>
        <translation>تتعذر قراءة إجمالي الدورة: %1</translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s approvals: %1</source>
        <translation>تتعذر قراءة موافقات الدورة: %1</translation>
    </message>
    <message>
        <source>cannot record the approval: %1</source>
        <translation>يتعذر تسجيل الموافقة: %1</translation>
    </message>
    <message>
        <source>cannot void the approvals: %1</source>
        <translation>يتعذر إلغاء الموافقات: %1</translation>
    </message>
</context>
<context>
    <name>CycleCommand</name>
    <message>
        <source>Payment cycles. create PROGRAM_ID --name N --start YYYY-MM-DD --end YYYY-MM-DD; generate, submit, approve, send-back or cancel CYCLE_ID; list PROGRAM_ID; entitlements CYCLE_ID [--state S]; approvals CYCLE_ID: who approved it and how many checkers its total needs; pilot CYCLE_ID: the pilot&apos;s results and whether the rest may go. Makers create, generate and submit; checkers other than its maker approve (as many as the program&apos;s tiers ask) or send back.</source>
        <translation>دورات الدفع. create PROGRAM_ID --name N --start YYYY-MM-DD --end YYYY-MM-DD؛ generate أو submit أو approve أو send-back أو cancel CYCLE_ID؛ list PROGRAM_ID؛ entitlements CYCLE_ID [--state S]؛ approvals CYCLE_ID: من وافق عليها وكم مدققًا يحتاج إجماليها؛ pilot CYCLE_ID: نتائج الدفعة التجريبية وهل يمكن للباقي أن يمضي. ينشئ المعدّون ويولّدون ويقدّمون؛ ويوافق مدققون غير معدّها (بقدر ما تطلب مستويات البرنامج) أو يعيدونها.</translation>
    </message>
    <message>
        <source>Cycle name.</source>
        <translation>اسم الدورة.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>اليوم الأول.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>اليوم الأخير.</translation>
    </message>
    <message>
        <source>Only entitlements in this state.</source>
        <translation>فقط الاستحقاقات في هذه الحالة.</translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation>N سطرًا على الأكثر.</translation>
    </message>
    <message>
        <source>Skip N rows.</source>
        <translation>تخطَّ N سطرًا.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>واحد من: %1.</translation>
    </message>
    <message>
        <source>cycle takes an action (%1) and an id.</source>
        <translation>يأخذ cycle إجراءً (%1) ومعرّفًا.</translation>
    </message>
    <message>
        <source>--state takes draft, pending_validation, approved, rejected or cancelled.</source>
        <translation>يأخذ --state القيمة draft أو pending_validation أو approved أو rejected أو cancelled.</translation>
    </message>
    <message>
        <source>Cycle %1 (%2 %3) needs %4 distinct checker(s); approved by: %5.</source>
        <translation>الدورة %1 (%2 %3) تحتاج إلى %4 مدققًا مختلفًا؛ وافق عليها: %5.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>Cycle %1: %2.</source>
        <translation>الدورة %1: %2.</translation>
    </message>
    <message>
        <source>Cannot create the cycle: %1</source>
        <translation>يتعذر إنشاء الدورة: %1</translation>
    </message>
    <message>
        <source>Cycle %1 created.</source>
        <translation>أُنشئت الدورة %1.</translation>
    </message>
    <message>
        <source>Cannot generate the entitlements: %1</source>
        <translation>يتعذر توليد الاستحقاقات: %1</translation>
    </message>
    <message>
        <source>%1 entitlements created (%2 already there, %3 with no amount from the rule).</source>
        <translation>أُنشئ %1 استحقاقًا (%2 موجودة مسبقًا، %3 بلا مبلغ من القاعدة).</translation>
    </message>
    <message>
        <source>Cannot %1 cycle %2: %3</source>
        <translation>يتعذر تنفيذ %1 على الدورة %2: %3</translation>
    </message>
    <message>
        <source>Approval by %1 recorded: %2 of %3 checkers for a total of %4 %5; cycle %6 waits for %7 more.</source>
        <translation>سُجلت موافقة %1: %2 من %3 مدققين لإجمالي %4 %5؛ الدورة %6 تنتظر %7 آخرين.</translation>
    </message>
    <message>
        <source>Cycle %1 is now %2.</source>
        <translation>الدورة %1 الآن %2.</translation>
    </message>
    <message>
        <source>Recorded, but the cycle could not be read again: %1</source>
        <translation>سُجّل الإجراء، لكن تعذّرت قراءة الدورة مرة أخرى: %1</translation>
    </message>
</context>
<context>
    <name>CycleDiff</name>
    <message>
        <source>entitled to %1</source>
        <translation>مستحق لـ %1</translation>
    </message>
    <message>
        <source>was entitled to %1 in %2</source>
        <translation>كان مستحقًا لـ %1 في %2</translation>
    </message>
    <message>
        <source>%1, was %2 in %3</source>
        <translation>%1، كان %2 في %3</translation>
    </message>
    <message>
        <source>paid at %1 last time; now none: %2</source>
        <translation>دُفع إلى %1 في المرة السابقة؛ والآن لا شيء: %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 in cycle %2 of %3</source>
        <translation>%1 في الدورة %2 من %3</translation>
    </message>
    <message>
        <source>cannot compare the cycle (%1): %2</source>
        <translation>تتعذر مقارنة الدورة (%1): %2</translation>
    </message>
    <message>
        <source>cannot read the program&apos;s previous cycle: %1</source>
        <translation>تتعذر قراءة الدورة السابقة للبرنامج: %1</translation>
    </message>
    <message>
        <source>cannot read the names of the beneficiaries found: %1</source>
        <translation>تعذّرت قراءة أسماء المستفيدين المكتشَفين: %1</translation>
    </message>
    <message>
        <source>the payment network does not know this payee: %1</source>
        <translation>لا تعرف شبكة الدفع هذا المستفيد: %1</translation>
    </message>
</context>
<context>
    <name>CycleFinding</name>
    <message>
        <source>joined since the previous cycle</source>
        <translation>انضم منذ الدورة السابقة</translation>
    </message>
    <message>
        <source>left since the previous cycle</source>
        <translation>غادر منذ الدورة السابقة</translation>
    </message>
    <message>
        <source>amount moved beyond the set share</source>
        <translation>تغيّر المبلغ بأكثر من النسبة المحددة</translation>
    </message>
    <message>
        <source>paid at another account last time</source>
        <translation>دُفع إلى حساب آخر في المرة السابقة</translation>
    </message>
    <message>
        <source>account shared by several beneficiaries</source>
        <translation>حساب يشترك فيه عدة مستفيدين</translation>
    </message>
    <message>
        <source>paid by another program in the same period</source>
        <translation>دفع له برنامج آخر في الفترة نفسها</translation>
    </message>
    <message>
        <source>cannot be paid as the registry stands</source>
        <translation>لا يمكن الدفع له بحسب السجل الحالي</translation>
    </message>
</context>
<context>
    <name>CycleFindingsDialog</name>
    <message>
        <source>&amp;Acknowledge these findings</source>
        <translation>الإقرار بهذه الملاحظات (&amp;A)</translation>
    </message>
    <message>
        <source>Before approval</source>
        <translation>قبل الموافقة</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>against cycle %1</source>
        <translation>مقارنةً بالدورة %1</translation>
    </message>
    <message>
        <source>the program&apos;s first cycle, so against no earlier one</source>
        <translation>الدورة الأولى للبرنامج، فلا مقارنة بدورة سابقة</translation>
    </message>
    <message>
        <source>You acknowledged exactly these findings.</source>
        <translation>أقررتَ بهذه الملاحظات بالضبط.</translation>
    </message>
    <message>
        <source>Not acknowledged by you: a checker acknowledges them before approving.</source>
        <translation>لم تقر بها بعد: يقر بها المدقق قبل الموافقة.</translation>
    </message>
    <message>
        <source>Cycle %1, %2. %3.
%4</source>
        <translation>الدورة %1، %2. %3.
%4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Figures or reason</source>
        <translation>الأرقام أو السبب</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>لم يُكتشف شيء</translation>
    </message>
</context>
<context>
    <name>CycleReport</name>
    <message>
        <source>cannot read the failed payments: %1</source>
        <translation>تتعذر قراءة المدفوعات الفاشلة: %1</translation>
    </message>
    <message>
        <source>cannot read the batches: %1</source>
        <translation>تتعذر قراءة الدفعات: %1</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>تتعذر قراءة سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>cannot read the payments: %1</source>
        <translation>تتعذر قراءة المدفوعات: %1</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>تتعذر كتابة التقرير: %1</translation>
    </message>
</context>
<context>
    <name>CycleReportPdf</name>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>لم يُرسل بعد</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <source>Disbursement report: %1, %2</source>
        <translation>تقرير الصرف: %1، %2</translation>
    </message>
    <message>
        <source>cannot draw the report into %1</source>
        <translation>يتعذر رسم التقرير في %1</translation>
    </message>
    <message>
        <source>Disbursement report</source>
        <translation>تقرير الصرف</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>البرنامج: %1</translation>
    </message>
    <message>
        <source>Cycle: %1 (%2 to %3), %4</source>
        <translation>الدورة: %1 (من %2 إلى %3)، %4</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>أعدّه %1 في %2</translation>
    </message>
    <message>
        <source>Totals (%1)</source>
        <translation>الإجماليات (%1)</translation>
    </message>
    <message>
        <source>Entitled (approved)</source>
        <translation>المستحق (المعتمد)</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>المستحق</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>المبلغ (%1)</translation>
    </message>
    <message>
        <source>Paid against entitled (%1)</source>
        <translation>المدفوع مقابل المستحق (%1)</translation>
    </message>
    <message>
        <source>Payments by state</source>
        <translation>المدفوعات حسب الحالة</translation>
    </message>
    <message>
        <source>Payments settled over time</source>
        <translation>المدفوعات المسوّاة عبر الزمن</translation>
    </message>
    <message>
        <source>Why payments failed</source>
        <translation>لماذا فشلت المدفوعات</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(لم يُذكر سبب)</translation>
    </message>
    <message>
        <source>Failed payments: %1</source>
        <translation>المدفوعات الفاشلة: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>معرّف الطلب</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Paid again</source>
        <translation>دُفع مجددًا</translation>
    </message>
    <message>
        <source>…and %1 more: the payments CSV lists every one.</source>
        <translation>…و%1 أخرى: يسرد ملف CSV للمدفوعات كل واحدة منها.</translation>
    </message>
    <message>
        <source>Batches: %1</source>
        <translation>الدفعات: %1</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>معرّف الارتباط</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>أرسلها</translation>
    </message>
    <message>
        <source>Hub batch</source>
        <translation>دفعة المحور</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>…and %1 more batches.</source>
        <translation>…و%1 دفعة أخرى.</translation>
    </message>
    <message>
        <source>Audit trail of the cycle</source>
        <translation>سجل تدقيق الدورة</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>cannot finish the report %1</source>
        <translation>يتعذر إكمال التقرير %1</translation>
    </message>
    <message>
        <source>Audit log checkpoint: %1 entries, head %2…, signed by %3 on %4</source>
        <translation>نقطة تدقيق السجل: %1 إدخالًا، الرأس %2…، وقّعها %3 في %4</translation>
    </message>
    <message>
        <source>Every entitled beneficiary was paid</source>
        <translation>دُفع لكل مستفيد مستحق</translation>
    </message>
    <message>
        <source>Not paid: %1</source>
        <translation>لم يُدفع لهم: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Why not paid</source>
        <translation>سبب عدم الدفع</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…و%1 أخرى.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
</context>
<context>
    <name>CycleSeal</name>
    <message>
        <source>cannot read the cycle&apos;s entitlements: %1</source>
        <translation>تتعذر قراءة استحقاقات الدورة: %1</translation>
    </message>
    <message>
        <source>the entitlements (who is paid, or how much)</source>
        <translation>الاستحقاقات (من يُدفع له أو كم)</translation>
    </message>
    <message>
        <source>the payee accounts</source>
        <translation>حسابات المستفيدين</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
</context>
<context>
    <name>CycleSender</name>
    <message>
        <source>No batch to send.</source>
        <translation>لا دفعة للإرسال.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) to send (%1), </source>
        <translation>
            <numerusform>لا دفعات للإرسال (%1)، </numerusform>
            <numerusform>دفعة واحدة للإرسال (%1)، </numerusform>
            <numerusform>دفعتان للإرسال (%1)، </numerusform>
            <numerusform>%n دفعات للإرسال (%1)، </numerusform>
            <numerusform>%n دفعة للإرسال (%1)، </numerusform>
            <numerusform>%n دفعة للإرسال (%1)، </numerusform>
        </translation>
    </message>
    <message>
        <source>total %1.</source>
        <translation>المجموع %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain batch(es) (%1) are looked up on the hub first; while one stays uncertain nothing else is sent.</source>
        <translation>
            <numerusform>لا دفعات غير مؤكدة (%1).</numerusform>
            <numerusform>يُبحث أولًا عن دفعة غير مؤكدة واحدة (%1) على المحور؛ وما دامت غير مؤكدة لا يُرسل شيء آخر.</numerusform>
            <numerusform>يُبحث أولًا عن دفعتين غير مؤكدتين (%1) على المحور؛ وما دامت إحداهما غير مؤكدة لا يُرسل شيء آخر.</numerusform>
            <numerusform>يُبحث أولًا عن %n دفعات غير مؤكدة (%1) على المحور؛ وما دامت إحداها غير مؤكدة لا يُرسل شيء آخر.</numerusform>
            <numerusform>يُبحث أولًا عن %n دفعة غير مؤكدة (%1) على المحور؛ وما دامت إحداها غير مؤكدة لا يُرسل شيء آخر.</numerusform>
            <numerusform>يُبحث أولًا عن %n دفعة غير مؤكدة (%1) على المحور؛ وما دامت إحداها غير مؤكدة لا يُرسل شيء آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before every uncertain batch was looked up</source>
        <translation>أُوقف قبل البحث عن كل دفعة غير مؤكدة</translation>
    </message>
    <message>
        <source>nothing else was sent: this cycle has an uncertain batch, and sends nothing more until it is resolved</source>
        <translation>لم يُرسل شيء آخر: في هذه الدورة دفعة غير مؤكدة، ولا تُرسل شيئًا آخر حتى تُحسم</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>لم يُرسل شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>stopped by the officer: %n confirmed batch(es) were not sent</source>
        <translation>
            <numerusform>أوقفه الموظف: لم تبقَ دفعات مؤكدة غير مرسلة</numerusform>
            <numerusform>أوقفه الموظف: لم تُرسل دفعة مؤكدة واحدة</numerusform>
            <numerusform>أوقفه الموظف: لم تُرسل دفعتان مؤكدتان</numerusform>
            <numerusform>أوقفه الموظف: لم تُرسل %n دفعات مؤكدة</numerusform>
            <numerusform>أوقفه الموظف: لم تُرسل %n دفعة مؤكدة</numerusform>
            <numerusform>أوقفه الموظف: لم تُرسل %n دفعة مؤكدة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 payment(s), </source>
        <translation>%1 دفعة، </translation>
    </message>
</context>
<context>
    <name>CycleService</name>
    <message>
        <source>a cycle needs a name and a period whose end is not before its start</source>
        <translation>تحتاج الدورة إلى اسم وفترة لا تسبق نهايتُها بدايتَها</translation>
    </message>
    <message>
        <source>cannot create the cycle (is the name taken in this program?): %1</source>
        <translation>يتعذر إنشاء الدورة (هل الاسم مستخدم في هذا البرنامج؟): %1</translation>
    </message>
    <message>
        <source>there is no cycle %1</source>
        <translation>لا توجد دورة %1</translation>
    </message>
    <message>
        <source>entitlements are generated in a draft cycle; this one is %1</source>
        <translation>تُولَّد الاستحقاقات في دورة مسودة؛ وهذه الدورة %1</translation>
    </message>
    <message>
        <source>cannot read the enrolment: %1</source>
        <translation>تتعذر قراءة التسجيل: %1</translation>
    </message>
    <message>
        <source>Generation was cancelled; the cycle is unchanged.</source>
        <translation>أُلغي التوليد؛ الدورة لم تتغير.</translation>
    </message>
    <message>
        <source>cannot commit the entitlements: %1</source>
        <translation>يتعذر تثبيت الاستحقاقات: %1</translation>
    </message>
    <message>
        <source>cannot change the cycle: %1</source>
        <translation>يتعذر تغيير الدورة: %1</translation>
    </message>
    <message>
        <source>someone else changed this cycle meanwhile; look at it again</source>
        <translation>غيّر شخص آخر هذه الدورة في الأثناء؛ انظر إليها مجددًا</translation>
    </message>
    <message>
        <source>cannot change the entitlements: %1</source>
        <translation>يتعذر تغيير الاستحقاقات: %1</translation>
    </message>
    <message>
        <source>the cycle has no draft entitlements to submit; generate them first</source>
        <translation>ليس في الدورة استحقاقات مسودة لتقديمها؛ ولّدها أولًا</translation>
    </message>
    <message>
        <source>cannot read the program&apos;s budget: %1</source>
        <translation>تتعذر قراءة ميزانية البرنامج: %1</translation>
    </message>
    <message>
        <source>the budget cannot cover this cycle: it needs %1 %4, %2 %4 of the budget remains, %3 %4 short</source>
        <translation>لا تغطي الميزانية هذه الدورة: تحتاج إلى %1 %4، والمتبقي من الميزانية %2 %4، والنقص %3 %4</translation>
    </message>
    <message>
        <source>%1 made this cycle and cannot also approve it</source>
        <translation>أنشأ %1 هذه الدورة ولا يمكنه أيضًا الموافقة عليها</translation>
    </message>
    <message>
        <source>the cycle changed before it was fully approved</source>
        <translation>تغيرت الدورة قبل اكتمال الموافقة عليها</translation>
    </message>
    <message>
        <source>%1 has already approved this cycle; it waits for %2 more checker(s)</source>
        <translation>وافق %1 على هذه الدورة بالفعل؛ وهي تنتظر %2 مدققًا آخر</translation>
    </message>
    <message>
        <source>cycle %1 is %2, not approved</source>
        <translation>الدورة %1 في حالة %2، وليست معتمدة</translation>
    </message>
    <message>
        <source>%1 changed after the approval</source>
        <translation>تغيّرت %1 بعد الموافقة</translation>
    </message>
    <message>
        <source>the approval of cycle %1 no longer holds (%2), and voiding it failed: %3</source>
        <translation>موافقة الدورة %1 لم تعد قائمة (%2)، وفشل إلغاؤها: %3</translation>
    </message>
    <message>
        <source>the approval of cycle %1 is void: %2; the cycle is back to approve</source>
        <translation>موافقة الدورة %1 ملغاة: %2؛ عادت الدورة إلى انتظار الموافقة</translation>
    </message>
    <message>
        <source>cycle %1 could not be read: %2</source>
        <translation>تعذّرت قراءة الدورة %1: %2</translation>
    </message>
    <message>
        <source>%1 has not acknowledged the cycle&apos;s %2 findings as they stand: look at them and acknowledge them first (Findings… on the Cycles page)</source>
        <translation>لم يُقرّ %1 بملاحظات الدورة البالغة %2 كما هي الآن: راجعها وأقرّ بها أولًا (الملاحظات… في صفحة الدورات)</translation>
    </message>
    <message>
        <source>cannot read the registry: %1</source>
        <translation>تتعذر قراءة السجل: %1</translation>
    </message>
</context>
<context>
    <name>CycleState</name>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>موافق عليها</translation>
    </message>
    <message>
        <source>distributed</source>
        <translation>موزّعة</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
</context>
<context>
    <name>CycleTransition</name>
    <message>
        <source>the cycle is already %1</source>
        <translation>الدورة %1 بالفعل</translation>
    </message>
    <message>
        <source>the cycle is %1: nothing more can happen to it</source>
        <translation>الدورة %1: لا يمكن أن يحدث لها شيء آخر</translation>
    </message>
    <message>
        <source>the cycle is %1 and cannot become %2</source>
        <translation>الدورة %1 ولا يمكن أن تصبح %2</translation>
    </message>
</context>
<context>
    <name>CyclesPage</name>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 من %2%3</translation>
    </message>
    <message>
        <source>&amp;Generate entitlements</source>
        <translation>توليد الاستحقاقات (&amp;G)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>الاستحقاقات</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>New cycle&apos;s name, e.g. 2027-01</source>
        <translation>اسم الدورة الجديدة، مثلًا 2027-01</translation>
    </message>
    <message>
        <source>&amp;Create cycle</source>
        <translation>إنشاء دورة (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>تقديم للموافقة (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>موافقة (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject (back to draft)</source>
        <translation>رفض (إعادة إلى المسودة) (&amp;R)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel cycle</source>
        <translation>إلغاء الدورة (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Findings…</source>
        <translation>الملاحظات (&amp;F)…</translation>
    </message>
    <message>
        <source>Before approval: who joined or left, amount jumps, changed or shared accounts, payments by other programs</source>
        <translation>قبل الموافقة: من انضم أو غادر، قفزات المبالغ، الحسابات المتغيرة أو المشتركة، مدفوعات برامج أخرى</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Choose a program and who is acting (top right) first.</source>
        <translation>اختر أولًا برنامجًا ومن يتصرف (أعلى اليمين).</translation>
    </message>
    <message>
        <source>The cycle was not created: %1</source>
        <translation>لم تُنشأ الدورة: %1</translation>
    </message>
    <message>
        <source>Cycle %1 created as a draft. Generate its entitlements next.</source>
        <translation>أُنشئت الدورة %1 مسودةً. ولّد استحقاقاتها بعد ذلك.</translation>
    </message>
    <message>
        <source>Wait until the current step is done.</source>
        <translation>انتظر حتى تنتهي الخطوة الجارية.</translation>
    </message>
    <message>
        <source>Choose a cycle and who is acting first.</source>
        <translation>اختر أولًا دورة ومن يتصرف.</translation>
    </message>
    <message>
        <source>Generating entitlements…</source>
        <translation>جارٍ توليد الاستحقاقات…</translation>
    </message>
    <message>
        <source>No entitlements were generated: %1</source>
        <translation>لم تُولَّد أي استحقاقات: %1</translation>
    </message>
    <message>
        <source>%1 entitlements created (%2 were there already, %3 got no amount from the rule).</source>
        <translation>أُنشئ %1 استحقاقًا (%2 كانت موجودة، %3 لم تعطها القاعدة مبلغًا).</translation>
    </message>
    <message>
        <source>Acknowledging the findings…</source>
        <translation>جارٍ الإقرار بالملاحظات…</translation>
    </message>
    <message>
        <source>Comparing the cycle with the program&apos;s previous one…</source>
        <translation>جارٍ مقارنة الدورة بالدورة السابقة للبرنامج…</translation>
    </message>
    <message>
        <source>No findings to show: %1</source>
        <translation>لا ملاحظات للعرض: %1</translation>
    </message>
    <message>
        <source>%1 findings for cycle %2.</source>
        <translation>%1 ملاحظة للدورة %2.</translation>
    </message>
    <message>
        <source>Working on cycle %1…</source>
        <translation>جارٍ العمل على الدورة %1…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>Approval by %1 recorded (%2 of %3 checkers for %4 %5): cycle %6 waits for %7 more.</source>
        <translation>سُجلت موافقة %1 (%2 من %3 مدققين لمبلغ %4 %5): الدورة %6 تنتظر %7 آخرين.</translation>
    </message>
    <message>
        <source>Cycle %1 is now %2.</source>
        <translation>الدورة %1 الآن %2.</translation>
    </message>
    <message>
        <source>Cycles of the program</source>
        <translation>دورات البرنامج</translation>
    </message>
    <message>
        <source>No cycle yet: a maker names one below and presses Create cycle (a program comes first).</source>
        <translation>لا دورات بعد: يسمي المعدّ دورة في الأسفل ويضغط «إنشاء دورة» (البرنامج أولًا).</translation>
    </message>
    <message>
        <source>New cycle&apos;s name</source>
        <translation>اسم الدورة الجديدة</translation>
    </message>
    <message>
        <source>New cycle&apos;s first day</source>
        <translation>اليوم الأول للدورة الجديدة</translation>
    </message>
    <message>
        <source>New cycle&apos;s last day</source>
        <translation>اليوم الأخير للدورة الجديدة</translation>
    </message>
    <message>
        <source>Entitlements of the chosen cycle</source>
        <translation>استحقاقات الدورة المختارة</translation>
    </message>
    <message>
        <source>Recorded, but the cycle could not be read again: %1</source>
        <translation>سُجّل الإجراء، لكن تعذّرت قراءة الدورة مرة أخرى: %1</translation>
    </message>
    <message>
        <source>%1, %2 unpaid</source>
        <translation>%1، %2 لم يُدفع لهم</translation>
    </message>
    <message>
        <source>%1 entitled beneficiaries of this cycle were not paid. The cycle report lists who and why; failed payments can be paid again from the Reconciliation page.</source>
        <translation>لم يُدفع لـ %1 من المستفيدين المستحقين في هذه الدورة. يذكر تقرير الدورة من هم ولماذا؛ ويمكن دفع المدفوعات الفاشلة مجددًا من صفحة التسوية.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL of the form postgresql://user@host:port/database</source>
        <translation>«%1» ليس عنوان PostgreSQL بالصيغة postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>يتعذر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>the database driver is not installed (%1)</source>
        <translation>مشغّل قاعدة البيانات غير مثبت (%1)</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>يتعذر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation>يتعذر جعل %1 مقروءًا لمالكه فقط</translation>
    </message>
    <message>
        <source>PAYDESK_DATABASE_KEY is set, but this PayDesk&apos;s SQLite has no SQLCipher: the database would be stored unencrypted, so it is not opened (unset the key to use a plain file, or see docs/privacy.md)</source>
        <translation>ضُبط PAYDESK_DATABASE_KEY، لكن SQLite في PayDesk هذا بلا SQLCipher: ستُخزَّن قاعدة البيانات دون تشفير، لذا لا تُفتح (أزل المفتاح لاستخدام ملف عادي، أو راجع docs/privacy.md)</translation>
    </message>
    <message>
        <source>the database cannot be read with this PAYDESK_DATABASE_KEY: %1</source>
        <translation>لا يمكن قراءة قاعدة البيانات بهذا PAYDESK_DATABASE_KEY: %1</translation>
    </message>
    <message>
        <source>cannot configure the database (%1): %2</source>
        <translation>يتعذر ضبط قاعدة البيانات (%1): %2</translation>
    </message>
</context>
<context>
    <name>DatabaseLogins</name>
    <message>
        <source>the database refused: %1</source>
        <translation>رفضت قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>cannot read the database&apos;s logins: %1</source>
        <translation>تتعذر قراءة حسابات الدخول في قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>a SQLite file has no logins: officers sign in with their keys alone</source>
        <translation>ليس لملف SQLite حسابات دخول: يسجّل الموظفون الدخول بمفاتيحهم وحدها</translation>
    </message>
    <message>
        <source>the database already has a login %1</source>
        <translation>لقاعدة البيانات بالفعل حساب دخول %1</translation>
    </message>
    <message>
        <source>cannot prepare the login: %1</source>
        <translation>يتعذر تجهيز حساب الدخول: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseMigrator</name>
    <message>
        <source>cannot create the schema_version table: %1</source>
        <translation>يتعذر إنشاء الجدول schema_version: %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this PayDesk knows (%2); update PayDesk</source>
        <translation>إصدار مخطط قاعدة البيانات %1، أحدث مما يعرفه PayDesk هذا (%2)؛ حدّث PayDesk</translation>
    </message>
    <message>
        <source>cannot read the migration %1</source>
        <translation>تتعذر قراءة الترحيل %1</translation>
    </message>
    <message>
        <source>cannot start a transaction for migration %1: %2</source>
        <translation>يتعذر بدء معاملة للترحيل %1: %2</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>فشل الترحيل %1: %2</translation>
    </message>
    <message>
        <source>cannot record migration %1: %2</source>
        <translation>يتعذر تسجيل الترحيل %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Writes a deterministic synthetic registry CSV.</source>
        <translation>يكتب ملف CSV لسجل اصطناعي حتمي.</translation>
    </message>
    <message>
        <source>Number of beneficiaries.</source>
        <translation>عدد المستفيدين.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>البذرة العشوائية.</translation>
    </message>
    <message>
        <source>Share of broken rows, 0 to 1.</source>
        <translation>نسبة الأسطر المعطوبة، من 0 إلى 1.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>ملف الإخراج.</translation>
    </message>
    <message>
        <source>--count takes a whole number of rows, not &quot;%1&quot;.</source>
        <translation>يأخذ --count عددًا صحيحًا من الأسطر، لا «%1».</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation>يأخذ --seed عددًا صحيحًا، لا «%1».</translation>
    </message>
    <message>
        <source>--bad-share takes a number from 0 to 1, not &quot;%1&quot;.</source>
        <translation>يأخذ --bad-share عددًا من 0 إلى 1، لا «%1».</translation>
    </message>
    <message>
        <source>demo-data needs --out FILE.</source>
        <translation>يحتاج demo-data إلى --out FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoRegistryGenerator</name>
    <message>
        <source>cannot write: %1</source>
        <translation>تتعذر الكتابة: %1</translation>
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
        <translation>يجب أن يقع مدى حجم الأسرة بين 1 و50، الأصغر أولًا (وهو من %1 إلى %2)</translation>
    </message>
    <message>
        <source>the age range must lie within 0 to 130 years, youngest first</source>
        <translation>يجب أن يقع مدى العمر بين 0 و130 سنة، الأصغر أولًا</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>cannot read the registry: %1</source>
        <translation>تتعذر قراءة السجل: %1</translation>
    </message>
    <message>
        <source>cannot update the enrolment: %1</source>
        <translation>يتعذر تحديث التسجيل: %1</translation>
    </message>
    <message>
        <source>cannot commit the enrolment: %1</source>
        <translation>يتعذر تثبيت التسجيل: %1</translation>
    </message>
</context>
<context>
    <name>EntitlementRule</name>
    <message>
        <source>every beneficiary</source>
        <translation>كل مستفيد</translation>
    </message>
    <message numerus="yes">
        <source>a household of %n member(s)</source>
        <translation>
            <numerusform>أسرة بلا أفراد</numerusform>
            <numerusform>أسرة من فرد واحد</numerusform>
            <numerusform>أسرة من فردين</numerusform>
            <numerusform>أسرة من %n أفراد</numerusform>
            <numerusform>أسرة من %n فردًا</numerusform>
            <numerusform>أسرة من %n فرد</numerusform>
        </translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>المنطقة %1</translation>
    </message>
    <message>
        <source>the other regions</source>
        <translation>المناطق الأخرى</translation>
    </message>
    <message>
        <source>the household cap must be from 1 to %1 members</source>
        <translation>يجب أن يكون سقف الأسرة من 1 إلى %1 فردًا</translation>
    </message>
    <message>
        <source>the amount per member must be zero or more, in %1</source>
        <translation>يجب أن يكون المبلغ لكل فرد صفرًا أو أكثر، بـ %1</translation>
    </message>
    <message>
        <source>the region table is empty</source>
        <translation>جدول المناطق فارغ</translation>
    </message>
    <message>
        <source>region %1 is in the table twice</source>
        <translation>المنطقة %1 موجودة في الجدول مرتين</translation>
    </message>
    <message>
        <source>the amount for %1 is too large</source>
        <translation>المبلغ لـ %1 كبير جدًا</translation>
    </message>
    <message>
        <source>the amount for %1 is in %2, the program pays in %3</source>
        <translation>المبلغ لـ %1 بـ %2، والبرنامج يدفع بـ %3</translation>
    </message>
    <message>
        <source>the amount for %1 must be more than zero</source>
        <translation>يجب أن يكون المبلغ لـ %1 أكبر من الصفر</translation>
    </message>
    <message>
        <source>the amount for %1 would be %2 %3, but the payment backend pays whole %3 only</source>
        <translation>سيكون المبلغ لـ %1 هو %2 %3، لكن نظام الدفع لا يدفع إلا %3 صحيحة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entitlement rule</source>
        <translation>«%1» ليست قاعدة استحقاق</translation>
    </message>
</context>
<context>
    <name>EntitlementState</name>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>موافق عليها</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
</context>
<context>
    <name>EntitlementTableModel</name>
    <message>
        <source>Registry ID</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>EntitlementTransition</name>
    <message>
        <source>the entitlement is already %1</source>
        <translation>الاستحقاق %1 بالفعل</translation>
    </message>
    <message>
        <source>the entitlement is %1 and cannot become %2</source>
        <translation>الاستحقاق %1 ولا يمكن أن يصبح %2</translation>
    </message>
</context>
<context>
    <name>EntitlementWriter</name>
    <message>
        <source>cannot write the entitlements: %1</source>
        <translation>تتعذر كتابة الاستحقاقات: %1</translation>
    </message>
    <message>
        <source>cannot write the entitlements: their total is too large</source>
        <translation>تعذّرت كتابة الاستحقاقات: مجموعها كبير جدًا</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>An evidence pack of a cycle, or of one of its batches (--batch): the batch bundles with their manifests and officers&apos; sign-off, the approvals, the findings and their acknowledgements, the audit entries, the reconciliation, every payment and the PDF report, in a new folder sealed by an index of SHA-256 sums. paydesk-cli review FOLDER checks it with nothing else.</source>
        <translation>حزمة أدلة لدورة، أو لإحدى دفعاتها (--batch): حزم الدفعات مع بياناتها واعتماد الموظفين، والموافقات، والملاحظات والإقرار بها، وقيود التدقيق، والمطابقة، وكل دفعة مالية، وتقرير PDF، في مجلد جديد مختوم بفهرس من بصمات SHA-256. يتحقق منها paydesk-cli review FOLDER دون أي شيء آخر.</translation>
    </message>
    <message>
        <source>The new folder.</source>
        <translation>المجلد الجديد.</translation>
    </message>
    <message>
        <source>Only this batch of the cycle.</source>
        <translation>هذه الدفعة من الدورة فقط.</translation>
    </message>
    <message>
        <source>evidence takes a cycle id and --out DIR (and --batch ID for one batch).</source>
        <translation>يأخذ evidence معرّف دورة و--out DIR (و--batch ID لدفعة واحدة).</translation>
    </message>
    <message>
        <source>Cannot make the evidence pack: %1</source>
        <translation>يتعذر صنع حزمة الأدلة: %1</translation>
    </message>
    <message>
        <source>Evidence pack of cycle %1 written to %2; check it with paydesk-cli review %2.</source>
        <translation>كُتبت حزمة أدلة الدورة %1 في %2؛ تحقق منها بـ paydesk-cli review %2.</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <source>batch %1 is not a batch of cycle %2</source>
        <translation>الدفعة %1 ليست من دفعات الدورة %2</translation>
    </message>
    <message>
        <source>%1 is not empty: an evidence pack goes into a new folder</source>
        <translation>%1 ليس فارغًا: توضع حزمة الأدلة في مجلد جديد</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>يتعذر إنشاء %1</translation>
    </message>
    <message>
        <source>cannot read the approvals: %1</source>
        <translation>تتعذر قراءة الموافقات: %1</translation>
    </message>
    <message>
        <source>cannot read the payments of batch %1: %2</source>
        <translation>تتعذر قراءة مدفوعات الدفعة %1: %2</translation>
    </message>
    <message>
        <source>cannot write the payments: %1</source>
        <translation>تتعذر كتابة المدفوعات: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>EvidencePackVerifier</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>تتعذر قراءته: %1</translation>
    </message>
    <message>
        <source>is not JSON (at byte %1: %2)</source>
        <translation>ليس JSON (عند البايت %1: %2)</translation>
    </message>
    <message>
        <source>%1 is not a PayDesk evidence pack: pack.json %2</source>
        <translation>%1 ليس حزمة أدلة PayDesk: pack.json %2</translation>
    </message>
    <message>
        <source>names no known format</source>
        <translation>لا يسمي صيغة معروفة</translation>
    </message>
    <message>
        <source>is listed but missing or unreadable</source>
        <translation>مُدرج لكنه مفقود أو غير مقروء</translation>
    </message>
    <message>
        <source>is not the file the pack was made with (its SHA-256 differs)</source>
        <translation>ليس الملف الذي صُنعت به الحزمة (تختلف بصمة SHA-256)</translation>
    </message>
    <message>
        <source>was added after the pack was made</source>
        <translation>أُضيف بعد صنع الحزمة</translation>
    </message>
    <message>
        <source>%1 files as listed</source>
        <translation>%1 ملفًا كما هي مُدرجة</translation>
    </message>
    <message>
        <source>entry %1 (%2) does not match its hash or is out of order</source>
        <translation>القيد %1 (%2) لا يطابق بصمته أو خارج الترتيب</translation>
    </message>
    <message>
        <source>%1 audit entries, each matching its hash</source>
        <translation>%1 قيد تدقيق، كلٌّ يطابق بصمته</translation>
    </message>
    <message>
        <source>%1 approved twice</source>
        <translation>وافق %1 مرتين</translation>
    </message>
    <message>
        <source>%1 approved the cycle they made</source>
        <translation>وافق %1 على الدورة التي أنشأها</translation>
    </message>
    <message>
        <source>%1&apos;s approval is not in the audit entries</source>
        <translation>موافقة %1 ليست في قيود التدقيق</translation>
    </message>
    <message>
        <source>%1 distinct checker(s) approved; the tiers ask for %2</source>
        <translation>وافق %1 مدققًا مختلفًا؛ وتطلب المستويات %2</translation>
    </message>
    <message>
        <source>approved by %1 of the %2 checker(s) the total needs</source>
        <translation>وافق عليها %1 من %2 مدققًا يحتاجهم الإجمالي</translation>
    </message>
    <message>
        <source>the acknowledgement by %1 is not the audit entry it names</source>
        <translation>إقرار %1 ليس قيد التدقيق الذي يذكره</translation>
    </message>
    <message>
        <source>has no manifest</source>
        <translation>ليس له بيان</translation>
    </message>
    <message>
        <source>sign-off: %1</source>
        <translation>الاعتماد: %1</translation>
    </message>
    <message>
        <source>missing, and the program requires it</source>
        <translation>مفقود، والبرنامج يشترطه</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) the receiver would refuse</source>
        <translation>
            <numerusform>لا مشكلات سيرفضها المستقبِل</numerusform>
            <numerusform>مشكلة واحدة سيرفضها المستقبِل</numerusform>
            <numerusform>مشكلتان سيرفضهما المستقبِل</numerusform>
            <numerusform>%n مشكلات سيرفضها المستقبِل</numerusform>
            <numerusform>%n مشكلة سيرفضها المستقبِل</numerusform>
            <numerusform>%n مشكلة سيرفضها المستقبِل</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1: %2 payments on record for %3 rows in its file</source>
        <translation>الدفعة %1: %2 دفعة مالية مسجلة مقابل %3 سطرًا في ملفها</translation>
    </message>
    <message>
        <source>%1 batch bundles for %2 batches reconciled</source>
        <translation>%1 حزمة دفعات لـ %2 دفعة مطابَقة</translation>
    </message>
    <message>
        <source>%1 batch bundles reviewed against their manifests and sign-offs</source>
        <translation>%1 حزمة دفعات روجعت مقابل بياناتها واعتماداتها</translation>
    </message>
    <message>
        <source>who signed cannot be checked without the administrator&apos;s certificate to trust (--trust)</source>
        <translation>لا يمكن التحقق ممن وقّع دون شهادة المسؤول الموثوق بها (--trust)</translation>
    </message>
    <message>
        <source>the certificate to trust: %1</source>
        <translation>الشهادة الموثوق بها: %1</translation>
    </message>
    <message>
        <source>has no checkpoint of the log: %1</source>
        <translation>ليس فيها نقطة تدقيق للسجل: %1</translation>
    </message>
    <message>
        <source>entry %1 is newer than the pack&apos;s checkpoint of %2 entries</source>
        <translation>الإدخال %1 أحدث من نقطة تدقيق الحزمة البالغة %2 إدخالًا</translation>
    </message>
    <message>
        <source>%1 of them signed by officers the anchor certified, in the role the act needs; %2 made before signatures</source>
        <translation>%1 منها موقّعة من موظفين صادق عليهم الارتكاز، بالدور الذي يتطلبه الفعل؛ و%2 قبل التوقيعات</translation>
    </message>
</context>
<context>
    <name>FailureReasonText</name>
    <message>
        <source>the payee&apos;s account was not found</source>
        <translation>لم يُعثر على حساب المستفيد</translation>
    </message>
    <message>
        <source>the transfer expired before it completed</source>
        <translation>انتهت صلاحية التحويل قبل اكتماله</translation>
    </message>
    <message>
        <source>a bank along the way had too little money to settle it</source>
        <translation>لم يكن لدى مصرف في الطريق مال كافٍ لتسويته</translation>
    </message>
    <message>
        <source>a bank or the switch could not be reached</source>
        <translation>تعذّر الوصول إلى مصرف أو إلى المحوّل</translation>
    </message>
    <message>
        <source>a server along the way failed</source>
        <translation>فشل خادم في الطريق</translation>
    </message>
    <message>
        <source>the payment&apos;s details were not accepted</source>
        <translation>لم تُقبل تفاصيل الدفعة</translation>
    </message>
    <message>
        <source>something the payment names was not found</source>
        <translation>لم يُعثر على شيء تسمّيه الدفعة</translation>
    </message>
    <message>
        <source>it expired before it completed</source>
        <translation>انتهت صلاحيته قبل اكتماله</translation>
    </message>
    <message>
        <source>the payer&apos;s bank refused it</source>
        <translation>رفضه مصرف الدافع</translation>
    </message>
    <message>
        <source>a limit of the payer&apos;s account was reached</source>
        <translation>بلغ حساب الدافع أحد حدوده</translation>
    </message>
    <message>
        <source>the payer&apos;s account may not send it</source>
        <translation>لا يُسمح لحساب الدافع بإرساله</translation>
    </message>
    <message>
        <source>the payer&apos;s account is blocked</source>
        <translation>حساب الدافع محظور</translation>
    </message>
    <message>
        <source>the payee&apos;s bank or wallet refused it</source>
        <translation>رفضه مصرف المستفيد أو محفظته</translation>
    </message>
    <message>
        <source>a limit of the payee&apos;s account was reached</source>
        <translation>بلغ حساب المستفيد أحد حدوده</translation>
    </message>
    <message>
        <source>the payee&apos;s account may not receive it</source>
        <translation>لا يُسمح لحساب المستفيد باستلامه</translation>
    </message>
    <message>
        <source>the payee&apos;s account is blocked</source>
        <translation>حساب المستفيد محظور</translation>
    </message>
    <message>
        <source>the receiver did not accept the payment&apos;s reference</source>
        <translation>لم يقبل المستلِم مرجع الدفعة</translation>
    </message>
    <message>
        <source>the receiver already had this payment, so it was not paid twice</source>
        <translation>كانت هذه الدفعة لدى المستلِم مسبقًا، فلم تُدفع مرتين</translation>
    </message>
    <message>
        <source>the receiver did not accept the payee&apos;s account</source>
        <translation>لم يقبل المستلِم حساب المستفيد</translation>
    </message>
    <message>
        <source>the receiver did not accept the amount</source>
        <translation>لم يقبل المستلِم المبلغ</translation>
    </message>
    <message>
        <source>the receiver refused it</source>
        <translation>رفضه المستلِم</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <comment>a failure in words, and the code it came with</comment>
        <translation>%1 (الرمز %2)</translation>
    </message>
</context>
<context>
    <name>FailureReasonsChart</name>
    <message>
        <source>Why payments failed (click a bar for its payments)</source>
        <translation>لماذا فشلت المدفوعات (انقر على عمود لرؤية مدفوعاته)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(لم يُذكر سبب)</translation>
    </message>
    <message>
        <source>Why payments failed</source>
        <translation>لماذا فشلت المدفوعات</translation>
    </message>
</context>
<context>
    <name>FileReviewPage</name>
    <message>
        <source>Open a Payment Hub EE batch file, or the CSV of an exported bundle, to review it. Nothing is sent anywhere.</source>
        <translation>افتح ملف دفعة Payment Hub EE، أو ملف CSV لحزمة مُصدّرة، لمراجعته. لا يُرسل شيء إلى أي مكان.</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>فتح ملف (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>النتائج (&amp;R)…</translation>
    </message>
    <message>
        <source>Evidence &amp;pack…</source>
        <translation>حزمة الأدلة (&amp;P)…</translation>
    </message>
    <message>
        <source>Check an evidence pack folder: every file, audit entry, approval, signature and batch in it.</source>
        <translation>افحص مجلد حزمة أدلة: كل ملف وقيد تدقيق وموافقة وتوقيع ودفعة فيه.</translation>
    </message>
    <message>
        <source>E&amp;xport review…</source>
        <translation>تصدير المراجعة (&amp;X)…</translation>
    </message>
    <message>
        <source>optional: the tenant&apos;s certificate, to check the signature</source>
        <translation>اختياري: شهادة المستأجر، للتحقق من التوقيع</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>An evidence pack folder</source>
        <translation>مجلد حزمة أدلة</translation>
    </message>
    <message>
        <source>Checking the evidence pack %1…</source>
        <translation>جارٍ فحص حزمة الأدلة %1…</translation>
    </message>
    <message>
        <source>Evidence pack %1:</source>
        <translation>حزمة الأدلة %1:</translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>فُحص: %1.</translation>
    </message>
    <message>
        <source>The evidence pack holds.</source>
        <translation>حزمة الأدلة سليمة.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>لم توجد مشكلات.</numerusform>
            <numerusform>وُجدت مشكلة واحدة.</numerusform>
            <numerusform>وُجدت مشكلتان.</numerusform>
            <numerusform>وُجدت %n مشكلات.</numerusform>
            <numerusform>وُجدت %n مشكلة.</numerusform>
            <numerusform>وُجدت %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Review a batch file</source>
        <translation>مراجعة ملف دفعة</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate</source>
        <translation>شهادة المستأجر</translation>
    </message>
    <message>
        <source>Open a batch file first, then the hub&apos;s results for it.</source>
        <translation>افتح ملف دفعة أولًا، ثم نتائج المحور له.</translation>
    </message>
    <message>
        <source>The hub&apos;s results for this batch</source>
        <translation>نتائج المحور لهذه الدفعة</translation>
    </message>
    <message>
        <source>Batch detail or result file (*.json *.csv);;All files (*)</source>
        <translation>تفاصيل الدفعة أو ملف النتائج (*.json *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation>تصدير المراجعة</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Batch file review</source>
        <translation>مراجعة ملف الدفعة</translation>
    </message>
    <message>
        <source>%1 cannot be reviewed: %2</source>
        <translation>تتعذر مراجعة %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 bytes, total %4.</source>
        <translation>%1: %2 سطرًا، %3 بايت، الإجمالي %4.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Against the hub&apos;s results: %1 paid, %2 failed, %3 in flight, %4 missing.</source>
        <translation>مقارنةً بنتائج المحور: %1 مدفوع، %2 فاشل، %3 قيد التنفيذ، %4 مفقود.</translation>
    </message>
    <message>
        <source>The results cannot be compared: %1</source>
        <translation>تتعذر مقارنة النتائج: %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate, to check the signature</source>
        <translation>شهادة المستأجر، للتحقق من التوقيع</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>المشكلات الموجودة في الملف</translation>
    </message>
    <message>
        <source>Open a batch file (or an evidence pack) to see here what the hub would refuse.</source>
        <translation>افتح ملف دفعة (أو حزمة أدلة) لترى هنا ما سيرفضه المحور.</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>الشهادة (&amp;C)…</translation>
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
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>الاعتماد</translation>
    </message>
</context>
<context>
    <name>FinancialAddressResolver</name>
    <message>
        <source>the mapper does not know this id</source>
        <translation>لا يعرف المطابِق هذا المعرّف</translation>
    </message>
    <message>
        <source>the mapper holds this id as inactive</source>
        <translation>يحتفظ المطابِق بهذا المعرّف على أنه غير نشط</translation>
    </message>
    <message>
        <source>no account is linked to this id</source>
        <translation>لا حساب مرتبط بهذا المعرّف</translation>
    </message>
    <message>
        <source>the mapper says this id is not valid</source>
        <translation>يقول المطابِق إن هذا المعرّف غير صالح</translation>
    </message>
    <message>
        <source>the mapper gave no financial address (status &quot;%1&quot;)</source>
        <translation>لم يعطِ المطابِق عنوانًا ماليًا (الحالة «%1»)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the mapper&apos;s address &quot;%1&quot; cannot be used: %2</source>
        <translation>لا يمكن استخدام عنوان المطابِق «%1»: %2</translation>
    </message>
    <message>
        <source>program %1 pays beneficiaries at their %2, not through the ID-to-account mapper</source>
        <translation>يدفع البرنامج %1 للمستفيدين على %2 الخاص بهم، لا عبر مطابِق المعرّفات والحسابات</translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s beneficiaries: %1</source>
        <translation>تتعذر قراءة مستفيدي الدورة: %1</translation>
    </message>
    <message>
        <source>the mapper %1: %2</source>
        <translation>المطابِق %1: %2</translation>
    </message>
    <message>
        <source>the mapper&apos;s answer says nothing of this id</source>
        <translation>جواب المطابِق لا يذكر شيئًا عن هذا المعرّف</translation>
    </message>
    <message>
        <source>cannot store the mapper&apos;s answers: %1</source>
        <translation>يتعذر حفظ أجوبة المطابِق: %1</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 beneficiaries</source>
        <translation>توقف بعد %1 من %2 مستفيد</translation>
    </message>
    <message>
        <source>cannot read the unresolved beneficiaries: %1</source>
        <translation>تتعذر قراءة المستفيدين غير المحلولين: %1</translation>
    </message>
    <message>
        <source>not asked of the mapper yet</source>
        <translation>لم يُسأل المطابِق عنه بعد</translation>
    </message>
    <message>
        <source>Asking the ID-to-account mapper: %1 of %2 beneficiaries…</source>
        <translation>جارٍ سؤال مطابِق المعرّفات والحسابات: %1 من %2 مستفيد…</translation>
    </message>
</context>
<context>
    <name>FindingsCommand</name>
    <message>
        <source>The share an amount may move by unnoticed.</source>
        <translation>النسبة التي يمكن أن يتغير بها المبلغ دون تنبيه.</translation>
    </message>
    <message>
        <source>Acknowledge the findings (a checker).</source>
        <translation>الإقرار بالملاحظات (مدقق).</translation>
    </message>
    <message>
        <source>findings takes a cycle id; --jump-share a share above 0 such as 0.5.</source>
        <translation>يأخذ findings معرّف دورة؛ و--jump-share نسبة أكبر من 0 مثل 0.5.</translation>
    </message>
    <message>
        <source>Against cycle %1 (%2):</source>
        <translation>مقارنةً بالدورة %1 (%2):</translation>
    </message>
    <message>
        <source>The program&apos;s first cycle: nothing to compare with.</source>
        <translation>الدورة الأولى للبرنامج: لا شيء للمقارنة.</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>You acknowledged these findings.</source>
        <translation>أقررتَ بهذه الملاحظات.</translation>
    </message>
    <message>
        <source>Not acknowledged by you.</source>
        <translation>لم تقر بها بعد.</translation>
    </message>
    <message>
        <source>What a checker should see before approving a cycle: beneficiaries who joined or left since the program&apos;s previous cycle, amounts that moved by more than --jump-share (0.5: 50 %), payees paid at another account last time, accounts shared by several beneficiaries, beneficiaries the program cannot pay as the registry stands, and beneficiaries paid by another program&apos;s cycle of the same period. --acknowledge: the acting checker acknowledges them, in the audit log.</source>
        <translation>ما يجب أن يراه المدقق قبل الموافقة على دورة: المستفيدون الذين انضموا أو غادروا منذ الدورة السابقة للبرنامج، والمبالغ التي تغيّرت بأكثر من --jump-share (0.5: 50 %)، ومن دُفع لهم في حساب آخر في المرة السابقة، والحسابات المشتركة بين عدة مستفيدين، والمستفيدون الذين لا يستطيع البرنامج الدفع لهم بحسب السجل الحالي، والمستفيدون الذين دُفع لهم من دورة برنامج آخر في الفترة نفسها. --acknowledge: يُقرّ بها المدقق القائم بالعمل، في سجل التدقيق.</translation>
    </message>
    <message>
        <source>The payees were not looked up: %1</source>
        <translation>لم يُتحقق من المستفيدين: %1</translation>
    </message>
    <message>
        <source>Payees looked up on the payment network: %1 asked, %2 not found, %3 known already.</source>
        <translation>المستفيدون الذين تُحقّق منهم لدى شبكة الدفع: سُئل عن %1، ولم يُعثر على %2، و%3 معروفون مسبقًا.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>&amp;Show this guide at start until a program exists</source>
        <translation>إظهار هذا الدليل عند التشغيل حتى يوجد برنامج (&amp;S)</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>From an empty database to a first payment. Each step is marked once it is done.</source>
        <translation>من قاعدة بيانات فارغة إلى أول دفعة. تُعلَّم كل خطوة عند إنجازها.</translation>
    </message>
    <message>
        <source>Registry: import the beneficiaries from a CSV file (now %1).</source>
        <translation>السجل: استورد المستفيدين من ملف CSV (الآن %1).</translation>
    </message>
    <message>
        <source>&amp;Import registry…</source>
        <translation>استيراد السجل (&amp;I)…</translation>
    </message>
    <message>
        <source>Program: its amount, who is eligible, the payer account and the payment hub; then enrol the registry.</source>
        <translation>البرنامج: مبلغه، ومن المؤهل، وحساب الدافع، ومحور الدفع؛ ثم سجّل من السجل.</translation>
    </message>
    <message>
        <source>Go to &amp;Programs</source>
        <translation>الانتقال إلى البرامج (&amp;P)</translation>
    </message>
    <message>
        <source>Cycle: a maker creates it and generates the entitlements; a checker approves it.</source>
        <translation>الدورة: ينشئها المعدّ ويولّد الاستحقاقات؛ ويوافق عليها المدقق.</translation>
    </message>
    <message>
        <source>Go to &amp;Cycles</source>
        <translation>الانتقال إلى الدورات (&amp;C)</translation>
    </message>
    <message>
        <source>Payment: a maker prepares the batches; a checker sends them to the hub.</source>
        <translation>الدفع: يحضّر المعدّ الدفعات؛ ويرسلها المدقق إلى المحور.</translation>
    </message>
    <message>
        <source>Go to &amp;Batches</source>
        <translation>الانتقال إلى الدفعات (&amp;B)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>step %1, to do</source>
        <translation>الخطوة %1، لم تُنجز</translation>
    </message>
    <message>
        <source>Administrator: their key and the anchor certificate that certifies every officer&apos;s key (at the first sign-in: Set up the administrator).</source>
        <translation>المسؤول: مفتاحه وشهادة الارتكاز التي تصادق على مفتاح كل موظف (عند أول تسجيل دخول: إعداد المسؤول).</translation>
    </message>
    <message>
        <source>Go to &amp;Officers</source>
        <translation>انتقل إلى الموظفين (&amp;O)</translation>
    </message>
    <message>
        <source>Officers: at least one maker and one checker (now %1 and %2). Each makes their key at the sign-in (Make my key…); the administrator adds them and certifies the request on the Officers page.</source>
        <translation>الموظفون: مُعدّ واحد ومدقق واحد على الأقل (حاليًا %1 و%2). ينشئ كل منهم مفتاحه عند تسجيل الدخول (إنشاء مفتاحي…)؛ ويضيفهم المسؤول ويصادق على الطلب في صفحة الموظفين.</translation>
    </message>
</context>
<context>
    <name>G2pConnectCallbackServer</name>
    <message>
        <source>cannot listen for the mapper&apos;s answers at %1: %2</source>
        <translation>يتعذر الاستماع لأجوبة المطابِق على %1: %2</translation>
    </message>
</context>
<context>
    <name>G2pConnectChannel</name>
    <message>
        <source>this program signs its G2P Connect requests (key id %1): they need its Ed25519 private key</source>
        <translation>يوقّع هذا البرنامج طلبات G2P Connect (معرّف المفتاح %1): تحتاج إلى مفتاح Ed25519 الخاص به</translation>
    </message>
    <message>
        <source>batch %1&apos;s file cannot be read: %2</source>
        <translation>يتعذر قراءة ملف الدفعة %1: %2</translation>
    </message>
    <message>
        <source>the receiver answered %1 statuses for %2 payments: PayDesk cannot tell whether it has batch %3</source>
        <translation>أجاب المستقبِل بـ %1 حالة لـ %2 دفعة مالية: لا يستطيع PayDesk معرفة ما إذا كانت لديه الدفعة %3</translation>
    </message>
</context>
<context>
    <name>G2pConnectClient</name>
    <message>
        <source>the request could not be signed: %1</source>
        <translation>تعذر توقيع الطلب: %1</translation>
    </message>
    <message>
        <source>no complete answer from %1: %2</source>
        <translation>لا جواب كامل من %1: %2</translation>
    </message>
    <message>
        <source>the request did not reach %1: %2</source>
        <translation>لم يصل الطلب إلى %1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>أجاب %1 بـ HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 answered something that is not a G2P Connect answer: %2</source>
        <translation>أجاب %1 بشيء ليس جوابًا من G2P Connect: %2</translation>
    </message>
    <message>
        <source>the receiver has seen this request before (rjct.message_id.duplicate): PayDesk asks it which payments it holds</source>
        <translation>رأى المستقبِل هذا الطلب من قبل (rjct.message_id.duplicate): يسأله PayDesk عن المدفوعات التي لديه</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the receiver refused the request: %1</source>
        <translation>رفض المستقبِل الطلب: %1</translation>
    </message>
    <message>
        <source>the receiver refused the request: %1 (%2)</source>
        <translation>رفض المستقبِل الطلب: %1 (%2)</translation>
    </message>
    <message>
        <source>the receiver refused the status request: %1</source>
        <translation>رفض المستقبِل طلب الحالة: %1</translation>
    </message>
    <message>
        <source>the mapper refused the request: %1</source>
        <translation>رفض المطابِق الطلب: %1</translation>
    </message>
    <message>
        <source>the mapper did not acknowledge the request (%1): %2 %3</source>
        <translation>لم يُقر المطابِق باستلام الطلب (%1): %2 %3</translation>
    </message>
    <message>
        <source>the mapper acknowledged the request but did not answer at %1 within %2 s</source>
        <translation>أقر المطابِق باستلام الطلب لكنه لم يُجب على %1 خلال %2 ثانية</translation>
    </message>
</context>
<context>
    <name>G2pConnectDisburseWriter</name>
    <message>
        <source>%1 %2 has more decimals than G2P Connect&apos;s two</source>
        <translation>في %1 %2 منازل عشرية أكثر من المنزلتين في G2P Connect</translation>
    </message>
    <message>
        <source>payment %1 has no valid payee or amount</source>
        <translation>الدفعة المالية %1 بلا مستفيد أو مبلغ صالح</translation>
    </message>
    <message>
        <source>payment %1: %2</source>
        <translation>الدفعة المالية %1: %2</translation>
    </message>
</context>
<context>
    <name>G2pConnectRequestReviewer</name>
    <message>
        <source>the request is not a JSON object: %1 at byte %2</source>
        <translation>الطلب ليس كائن JSON: %1 عند البايت %2</translation>
    </message>
    <message>
        <source>the request has no message.disbursements: it is not a G2P Connect disburse request</source>
        <translation>لا يحتوي الطلب على message.disbursements: ليس طلب صرف G2P Connect</translation>
    </message>
    <message>
        <source>the version is not 1.0.0: the receiver refuses it (rjct.version.invalid)</source>
        <translation>الإصدار ليس 1.0.0: يرفضه المستقبِل (rjct.version.invalid)</translation>
    </message>
    <message>
        <source>the header has no %1: the receiver refuses the request</source>
        <translation>لا تحتوي الترويسة على %1: يرفض المستقبِل الطلب</translation>
    </message>
    <message>
        <source>the action is &quot;%1&quot;, not &quot;disburse&quot; (rjct.action.invalid)</source>
        <translation>الإجراء «%1» وليس «disburse» (rjct.action.invalid)</translation>
    </message>
    <message>
        <source>total_count says %1, the request holds %2 disbursements (rjct.total_count.invalid)</source>
        <translation>يذكر total_count الرقم %1، والطلب يحتوي على %2 عملية صرف (rjct.total_count.invalid)</translation>
    </message>
    <message>
        <source>no transaction id: the batch could never be found again</source>
        <translation>لا معرّف معاملة: لا يمكن العثور على الدفعة مجددًا أبدًا</translation>
    </message>
    <message>
        <source>no reference id: the payment could never be reconciled</source>
        <translation>لا معرّف مرجعي: لا يمكن مطابقة الدفعة المالية أبدًا</translation>
    </message>
    <message>
        <source>reference id %1 is also disbursement %2: the receiver refuses the second</source>
        <translation>المعرّف المرجعي %1 هو أيضًا عملية الصرف %2: يرفض المستقبِل الثانية</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a financial address: %2</source>
        <translation>«%1» ليس عنوانًا ماليًا: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation>«%1» ليست عملة ISO 4217</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount with at most two decimals</source>
        <translation>«%1» ليس مبلغًا بمنزلتين عشريتين على الأكثر</translation>
    </message>
    <message>
        <source>%1 is not more than zero</source>
        <translation>%1 ليس أكبر من الصفر</translation>
    </message>
</context>
<context>
    <name>G2pConnectSignature</name>
    <message>
        <source>the request is not a G2P Connect envelope (header and message)</source>
        <translation>الطلب ليس مغلف G2P Connect (ترويسة ورسالة)</translation>
    </message>
    <message>
        <source>the signature field is missing or not G2P Connect&apos;s (algorithm ed25519, kidId, created, expires, signature)</source>
        <translation>حقل التوقيع مفقود أو ليس حقل G2P Connect (algorithm ed25519، kidId، created، expires، signature)</translation>
    </message>
    <message>
        <source>the signature names sender %1, the header %2</source>
        <translation>يذكر التوقيع المرسِل %1، والترويسة %2</translation>
    </message>
    <message>
        <source>the signature is not valid now (created %1, expires %2)</source>
        <translation>التوقيع غير صالح الآن (أُنشئ %1، ينتهي %2)</translation>
    </message>
    <message>
        <source>the sender&apos;s public key is not an Ed25519 key in PEM</source>
        <translation>المفتاح العام للمرسِل ليس مفتاح Ed25519 بصيغة PEM</translation>
    </message>
    <message>
        <source>the signature does not match the header and message with the sender&apos;s key</source>
        <translation>التوقيع لا يطابق الترويسة والرسالة بمفتاح المرسِل</translation>
    </message>
</context>
<context>
    <name>HubConnectionTester</name>
    <message>
        <source>no address is set</source>
        <translation>لم يُضبط أي عنوان</translation>
    </message>
    <message>
        <source>bulk processor %1</source>
        <translation>معالج الدفعات %1</translation>
    </message>
    <message>
        <source>bulk processor</source>
        <translation>معالج الدفعات</translation>
    </message>
    <message>
        <source>does not answer: not running, a wrong address or port, a firewall, or a TLS certificate not trusted (give its CA)</source>
        <translation>لا يجيب: غير مشغَّل، أو عنوان أو منفذ خاطئ، أو جدار حماية، أو شهادة TLS غير موثوقة (أعطِ سلطة الشهادات الخاصة به)</translation>
    </message>
    <message>
        <source>operations app %1</source>
        <translation>تطبيق العمليات %1</translation>
    </message>
    <message>
        <source>operations app</source>
        <translation>تطبيق العمليات</translation>
    </message>
    <message>
        <source>answers for tenant %1</source>
        <translation>يجيب للمستأجر %1</translation>
    </message>
    <message>
        <source>G2P Connect receiver %1</source>
        <translation>مستقبِل G2P Connect %1</translation>
    </message>
    <message>
        <source>G2P Connect receiver</source>
        <translation>مستقبِل G2P Connect</translation>
    </message>
    <message>
        <source>answers txn/status</source>
        <translation>يجيب على txn/status</translation>
    </message>
    <message>
        <source>ID-to-account mapper %1</source>
        <translation>مطابِق المعرّفات والحسابات %1</translation>
    </message>
    <message>
        <source>answers resolve</source>
        <translation>يجيب على resolve</translation>
    </message>
    <message>
        <source>something answers there, but it has no batch endpoint (HTTP 404, not found): check the address and its path</source>
        <translation>هناك ما يجيب، لكن دون نقطة استقبال للدفعات (HTTP 404، غير موجود): تحقّق من العنوان ومساره</translation>
    </message>
    <message>
        <source>it answers with a server error (HTTP %1): ask the hub&apos;s operator</source>
        <translation>يجيب بخطأ في الخادم (HTTP %1): اسأل مشغّل المحور</translation>
    </message>
    <message>
        <source>it is there and takes batches (HTTP %1 to a test that sends none)</source>
        <translation>موجود ويستقبل الدفعات (HTTP %1 لاختبار لا يرسل أي دفعة)</translation>
    </message>
    <message>
        <source>answers with a server error (HTTP %1): it may have no tenant %2, or be unwell; ask the hub&apos;s operator</source>
        <translation>يجيب بخطأ في الخادم (HTTP %1): ربما لا يوجد فيه المستأجر %2، أو به عطل؛ اسأل مشغّل المحور</translation>
    </message>
</context>
<context>
    <name>HubListReader</name>
    <message>
        <source>the hub&apos;s pages of %1 changed size in the middle of the list: PayDesk cannot tell whether it read every row</source>
        <translation>تغيّر حجم صفحات %1 لدى المحور في منتصف القائمة: لا يستطيع PayDesk أن يعرف إن قرأ كل صف</translation>
    </message>
    <message>
        <source>the hub&apos;s list %1 could not be read to its end (page %2): %3</source>
        <translation>تعذّرت قراءة قائمة المحور %1 حتى نهايتها (الصفحة %2): %3</translation>
    </message>
    <message>
        <source>the hub&apos;s answer to %1 is not a list (neither &quot;data&quot; nor &quot;content&quot;): PayDesk cannot tell what it holds</source>
        <translation>ردّ المحور على %1 ليس قائمة (لا «data» ولا «content»): لا يستطيع PayDesk أن يعرف ما لديه</translation>
    </message>
    <message>
        <source>the hub answered the same page of %1 twice: it does not page as asked, so PayDesk cannot tell whether it read every row</source>
        <translation>أجاب المحور الصفحة نفسها من %1 مرتين: لا يقسّم الصفحات كما طُلب، فلا يستطيع PayDesk أن يعرف إن قرأ كل صف</translation>
    </message>
    <message>
        <source>the hub answered page %1 of %2 when asked for page %3</source>
        <translation>أجاب المحور بالصفحة %1 من %2 حين طُلبت الصفحة %3</translation>
    </message>
    <message>
        <source>the hub answered more rows of %1 than asked for in the middle of the list</source>
        <translation>أجاب المحور بصفوف من %1 أكثر مما طُلب في منتصف القائمة</translation>
    </message>
    <message>
        <source>the hub&apos;s list %1 ended at %2 rows although it announced more: PayDesk cannot tell whether it read every row</source>
        <translation>انتهت قائمة المحور %1 عند %2 صفًا مع أنه أعلن أكثر: لا يستطيع PayDesk أن يعرف إن قرأ كل صف</translation>
    </message>
    <message>
        <source>the hub&apos;s list %1 did not end after %2 pages</source>
        <translation>لم تنتهِ قائمة المحور %1 بعد %2 صفحة</translation>
    </message>
</context>
<context>
    <name>HubLookup</name>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>the receiver listed %n batch(es) or payment(s)</source>
        <translation>
            <numerusform>لم يُدرج المستقبِل أي دفعة أو دفعة مالية</numerusform>
            <numerusform>أدرج المستقبِل دفعة أو دفعة مالية واحدة</numerusform>
            <numerusform>أدرج المستقبِل دفعتين أو دفعتين ماليتين</numerusform>
            <numerusform>أدرج المستقبِل %n دفعات أو مدفوعات</numerusform>
            <numerusform>أدرج المستقبِل %n دفعة أو دفعة مالية</numerusform>
            <numerusform>أدرج المستقبِل %n دفعة أو دفعة مالية</numerusform>
        </translation>
    </message>
    <message>
        <source>started from %1 to %2</source>
        <translation>بدأت من %1 إلى %2</translation>
    </message>
    <message>
        <source>at %1 by its own clock</source>
        <translation>في %1 بحسب ساعته</translation>
    </message>
</context>
<context>
    <name>HubSandbox</name>
    <message>
        <source>the bulk processor&apos;s TLS certificate or key cannot be read</source>
        <translation>تتعذر قراءة شهادة TLS لمعالج الدفعات أو مفتاحها</translation>
    </message>
    <message>
        <source>the bulk processor cannot listen on port %1</source>
        <translation>لا يستطيع معالج الدفعات الاستماع على المنفذ %1</translation>
    </message>
    <message>
        <source>the bulk processor cannot listen on port %1: %2</source>
        <translation>لا يستطيع معالج الدفعات الاستماع على المنفذ %1: %2</translation>
    </message>
    <message>
        <source>the operations app cannot listen on port %1: %2</source>
        <translation>لا يستطيع تطبيق العمليات الاستماع على المنفذ %1: %2</translation>
    </message>
</context>
<context>
    <name>HubSimulator</name>
    <message>
        <source>it is not a sandbox hub&apos;s state (format %1)</source>
        <translation>ليس حالة محور تجريبي (التنسيق %1)</translation>
    </message>
    <message>
        <source>the sandbox hub has accepted work already</source>
        <translation>قبل المحور التجريبي عملًا بالفعل</translation>
    </message>
    <message>
        <source>transfer %1 is out of place</source>
        <translation>التحويل %1 في غير موضعه</translation>
    </message>
</context>
<context>
    <name>HubStateFile</name>
    <message>
        <source>cannot read the sandbox hub&apos;s state %1: %2</source>
        <translation>تعذّرت قراءة حالة المحور التجريبي %1: %2</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <source>cannot use the sandbox hub&apos;s state %1: %2</source>
        <translation>تعذّر استخدام حالة المحور التجريبي %1: %2</translation>
    </message>
    <message>
        <source>cannot keep the sandbox hub&apos;s state in %1: %2</source>
        <translation>تعذّر حفظ حالة المحور التجريبي في %1: %2</translation>
    </message>
</context>
<context>
    <name>HubTenant</name>
    <message>
        <source>&quot;%1&quot; is not NAME, NAME,CERT.pem or NAME,CERT.pem,KEY.pem</source>
        <translation>«%1» ليس NAME أو NAME,CERT.pem أو NAME,CERT.pem,KEY.pem</translation>
    </message>
    <message>
        <source>tenant %1: cannot read %2: %3</source>
        <translation>المستأجر %1: تتعذر قراءة %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports a registry CSV. Accepted rows are written in one transaction; rejected rows are written to a file to fix and import again.</source>
        <translation>يستورد ملف CSV للسجل. تُكتب الأسطر المقبولة في معاملة واحدة؛ وتُكتب المرفوضة في ملف لتصحيحها واستيرادها مجددًا.</translation>
    </message>
    <message>
        <source>Map a header to a field, e.g. &quot;Beneficiary No=registry_id&quot;.</source>
        <translation>اربط ترويسة بحقل، مثلًا «Beneficiary No=registry_id».</translation>
    </message>
    <message>
        <source>Where to write rejected rows (default: FILE.rejected.csv).</source>
        <translation>أين تُكتب الأسطر المرفوضة (افتراضيًا: FILE.rejected.csv).</translation>
    </message>
    <message>
        <source>The registry CSV.</source>
        <translation>ملف CSV للسجل.</translation>
    </message>
    <message>
        <source>import takes exactly one FILE.</source>
        <translation>يأخذ import ملفًا واحدًا بالضبط.</translation>
    </message>
    <message>
        <source>Rejected rows, with their reasons, are in %1.</source>
        <translation>الأسطر المرفوضة وأسبابها في %1.</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>أعمدة متجاهلة: %1.</translation>
    </message>
    <message>
        <source>Refuse the whole file when a record holds bytes that are not UTF-8 (by default only that record is rejected).</source>
        <translation>رفض الملف كله عندما يحتوي سجل على بايتات ليست UTF-8 (افتراضيًا يُرفض ذلك السجل وحده).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>قُرئ %1 صفًا: %2 جديدة، %3 محدَّثة، %4 دون تغيير، %5 مرفوضة.</translation>
    </message>
    <message>
        <source>%1 rows were imported with a value changed by a documented rule:</source>
        <translation>استُورد %1 صفًا بقيمة غيّرتها قاعدة موثّقة:</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>السطر %1، العمود %2 (%3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>%1 payee accounts of this file are held by more than one registry id (likely duplicates):</source>
        <translation>%1 من حسابات المستفيدين في هذا الملف يملكها أكثر من معرّف سجل (تكرارات محتملة):</translation>
    </message>
</context>
<context>
    <name>KeyFileWidgets</name>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>%1 exists already: PayDesk does not overwrite a key or certificate</source>
        <translation>%1 موجود بالفعل: لا يكتب PayDesk فوق مفتاح أو شهادة</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>KeyRequestDialog</name>
    <message>
        <source>Make my key</source>
        <translation>إنشاء مفتاحي</translation>
    </message>
    <message>
        <source>Your key signs everything you do in PayDesk. Keep the key file and its passphrase to yourself; give the request file to the administrator, who certifies it on the Officers page. Then sign in with the key.</source>
        <translation>يوقّع مفتاحك كل ما تفعله في PayDesk. احتفظ بملف المفتاح وعبارة مروره لنفسك؛ وأعطِ ملف الطلب للمسؤول الذي يصادق عليه في صفحة الموظفين. ثم سجّل الدخول بالمفتاح.</translation>
    </message>
    <message>
        <source>Your officer &amp;id:</source>
        <translation>معرّف الموظف الخاص بك (&amp;I):</translation>
    </message>
    <message>
        <source>Your &amp;key file:</source>
        <translation>ملف مفتاحك (&amp;K):</translation>
    </message>
    <message>
        <source>Where to keep your key</source>
        <translation>أين يُحفظ مفتاحك</translation>
    </message>
    <message>
        <source>Keys (*.pem)</source>
        <translation>المفاتيح (*.pem)</translation>
    </message>
    <message>
        <source>&amp;Request for the administrator:</source>
        <translation>الطلب المقدَّم للمسؤول (&amp;R):</translation>
    </message>
    <message>
        <source>Where to write the request</source>
        <translation>أين يُكتب الطلب</translation>
    </message>
    <message>
        <source>Requests (*.req)</source>
        <translation>الطلبات (*.req)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>أعدها (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Make the key</source>
        <translation>إنشاء المفتاح (&amp;M)</translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation>املأ كل الحقول.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Cannot make the key: %1</source>
        <translation>يتعذر إنشاء المفتاح: %1</translation>
    </message>
</context>
<context>
    <name>LocalSettings</name>
    <message>
        <source>the language moved from ui/language to interface/language</source>
        <translation>انتقلت اللغة من ui/language إلى interface/language</translation>
    </message>
    <message>
        <source>the settings are now of version %1</source>
        <translation>الإعدادات الآن بالإصدار %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL: %2</source>
        <translation>«%1» ليس عنوان URL: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL URL carries a password: PayDesk keeps it in the system keychain, not in its settings</source>
        <translation>يحمل عنوان PostgreSQL كلمة مرور: يحفظها PayDesk في سلسلة مفاتيح النظام، لا في إعداداته</translation>
    </message>
    <message>
        <source>the PostgreSQL server&apos;s host name is missing</source>
        <translation>اسم مضيف خادم PostgreSQL مفقود</translation>
    </message>
    <message>
        <source>the PostgreSQL port must be from 1 to 65535</source>
        <translation>يجب أن يكون منفذ PostgreSQL من 1 إلى 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL database&apos;s name is missing</source>
        <translation>اسم قاعدة بيانات PostgreSQL مفقود</translation>
    </message>
    <message>
        <source>the PostgreSQL user is missing</source>
        <translation>مستخدم PostgreSQL مفقود</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full path to a file</source>
        <translation>«%1» ليس مسارًا كاملًا لملف</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 مجلد، وليس ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>PayDesk cannot read and write %1</source>
        <translation>لا يستطيع PayDesk قراءة %1 والكتابة فيه</translation>
    </message>
    <message>
        <source>PayDesk cannot create %1: %2 is not a folder it may write in</source>
        <translation>لا يستطيع PayDesk إنشاء %1: %2 ليس مجلدًا يُسمح له بالكتابة فيه</translation>
    </message>
    <message>
        <source>the hubs&apos; deadline must be from 1 to 600 seconds</source>
        <translation>يجب أن تكون مهلة المحاور من 1 إلى 600 ثانية</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>لا يوجد ملف %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>لا يحتوي %1 على أي شهادة PEM</translation>
    </message>
    <message>
        <source>the window locks after 1 to 240 minutes without use, not %1</source>
        <translation>تُقفل النافذة بعد 1 إلى 240 دقيقة دون استخدام، لا %1</translation>
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
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>File review</source>
        <translation>مراجعة الملفات</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات (&amp;S)…</translation>
    </message>
    <message>
        <source>This computer&apos;s settings: the database, the hubs&apos; certificates and deadline, the language (Ctrl+,)</source>
        <translation>إعدادات هذا الحاسوب: قاعدة البيانات، وشهادات المحاور ومهلتها، واللغة (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>البدء (&amp;G)</translation>
    </message>
    <message>
        <source>The steps from an empty database to a first payment (F1)</source>
        <translation>الخطوات من قاعدة بيانات فارغة إلى أول دفعة (F1)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>A send is in progress</source>
        <translation>عملية إرسال جارية</translation>
    </message>
    <message>
        <source>PayDesk is sending batches to the hub. Stop sending and close? The batch being posted is finished and recorded first; the rest stay ready.</source>
        <translation>يرسل PayDesk دفعات إلى المحور. إيقاف الإرسال والإغلاق؟ تُستكمل أولًا الدفعة الجاري إرسالها وتُسجَّل؛ وتبقى البقية جاهزة.</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>مسجّل الدخول</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>تسجيل الدخول (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>قفل (&amp;L)</translation>
    </message>
    <message>
        <source>Lock the window until you sign in again (Ctrl+L)</source>
        <translation>اقفل النافذة حتى تسجّل الدخول من جديد (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخروج (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>تسجيل الدخول (&amp;S)…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>مسجّل الدخول: %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>لم يسجّل أحد الدخول</translation>
    </message>
    <message>
        <source>The window of %1 is locked. Sign in again to go on.</source>
        <translation>نافذة %1 مقفلة. سجّل الدخول من جديد للمتابعة.</translation>
    </message>
    <message>
        <source>Sign in with your own key to work in PayDesk: every change is signed by the officer who makes it.</source>
        <translation>سجّل الدخول بمفتاحك الخاص للعمل في PayDesk: كل تغيير يوقّعه الموظف الذي يجريه.</translation>
    </message>
    <message>
        <source>Work is in progress</source>
        <translation>هناك عمل جارٍ</translation>
    </message>
    <message>
        <source>PayDesk is still working on something you started. Close anyway? It finishes that work first, then quits.</source>
        <translation>لا يزال PayDesk يعمل على شيء بدأته. هل تغلق على أي حال؟ سينهي ذلك العمل أولًا ثم يُغلق.</translation>
    </message>
</context>
<context>
    <name>MakerChecker</name>
    <message>
        <source>%1 is no longer an active officer</source>
        <translation>%1 لم يعد موظفًا نشطًا</translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot change anything</source>
        <translation>%1 مطّلع ولا يستطيع تغيير أي شيء</translation>
    </message>
    <message>
        <source>%1 is a checker: preparing is a maker&apos;s work</source>
        <translation>%1 مدقق: التحضير عمل المعدّ</translation>
    </message>
    <message>
        <source>%1 is a maker: approving is a checker&apos;s work</source>
        <translation>%1 معدّ: الموافقة عمل المدقق</translation>
    </message>
    <message>
        <source>%1 submitted this and cannot also approve it</source>
        <translation>قدّم %1 هذا ولا يمكنه أيضًا الموافقة عليه</translation>
    </message>
    <message>
        <source>%1 is a maker: sending money is a checker&apos;s work</source>
        <translation>%1 معدّ: إرسال الأموال عمل المدقق</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>إجراء غير معروف</translation>
    </message>
    <message>
        <source>%1 is an administrator: administrators manage officers, not payments</source>
        <translation>%1 مسؤول: المسؤولون يديرون الموظفين لا الدفعات</translation>
    </message>
</context>
<context>
    <name>MojaloopConnector</name>
    <message>
        <source>The Mojaloop switch did not answer within %1 ms</source>
        <translation>لم يُجب محوّل Mojaloop خلال %1 ملي ثانية</translation>
    </message>
    <message>
        <source>The Mojaloop connector cannot be reached: %1</source>
        <translation>يتعذر الوصول إلى موصل Mojaloop: %1</translation>
    </message>
    <message>
        <source>HTTP %1 from the Mojaloop connector</source>
        <translation>HTTP %1 من موصل Mojaloop</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown currency</source>
        <translation>عملة غير معروفة</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>المبلغ فارغ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain decimal amount</source>
        <translation>«%1» ليس مبلغًا عشريًا بسيطًا</translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s)</source>
        <translation>
            <numerusform>لا منازل عشرية في %1</numerusform>
            <numerusform>في %1 منزلة عشرية واحدة على الأكثر</numerusform>
            <numerusform>في %1 منزلتان عشريتان على الأكثر</numerusform>
            <numerusform>في %1 %n منازل عشرية على الأكثر</numerusform>
            <numerusform>في %1 %n منزلة عشرية على الأكثر</numerusform>
            <numerusform>في %1 %n منزلة عشرية على الأكثر</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>المبلغ كبير جدًا</translation>
    </message>
</context>
<context>
    <name>Mt940Parser</name>
    <message>
        <source>a balance reads D or C, a date YYMMDD, an ISO 4217 currency and an amount such as 1000,00: &quot;%1&quot;</source>
        <translation>يُكتب الرصيد بـ D أو C، وتاريخ YYMMDD، وعملة ISO 4217، ومبلغ مثل 1000,00: «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2</source>
        <translation>«%1» ليس مبلغًا بـ %2</translation>
    </message>
    <message>
        <source>a statement line (:61:) reads value date, entry date, D/C/RD/RC, amount, type and reference: &quot;%1&quot;</source>
        <translation>يُكتب سطر الكشف (:61:) بتاريخ القيمة وتاريخ القيد وD/C/RD/RC والمبلغ والنوع والمرجع: «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a date that does not exist</source>
        <translation>«%1» يحتوي على تاريخ غير موجود</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount above zero in %2</source>
        <translation>«%1» ليس مبلغًا أكبر من الصفر بـ %2</translation>
    </message>
    <message>
        <source>the statement has %1 bytes, more than the %2 PayDesk reads</source>
        <translation>حجم كشف الحساب %1 بايت، أكثر من %2 التي يقرأها PayDesk</translation>
    </message>
    <message>
        <source>line %1 has %2 characters: not an MT940 statement</source>
        <translation>في السطر %1 %2 حرفًا: ليس كشف حساب MT940</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a tag such as :61:</source>
        <translation>السطر %1: «%2» ليس وسمًا مثل :61:</translation>
    </message>
    <message>
        <source>line %1: text before the first tag: not an MT940 statement</source>
        <translation>السطر %1: نص قبل الوسم الأول: ليس كشف حساب MT940</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>a new statement (:20:) begins before the last one closed (:62F: or :62M:)</source>
        <translation>يبدأ كشف جديد (:20:) قبل إغلاق السابق (:62F: أو :62M:)</translation>
    </message>
    <message>
        <source>the tag :%1: comes before any statement (:20:)</source>
        <translation>الوسم :%1: يأتي قبل أي كشف (:20:)</translation>
    </message>
    <message>
        <source>a statement line (:61:) comes before the opening balance (:60F:)</source>
        <translation>يأتي سطر الكشف (:61:) قبل الرصيد الافتتاحي (:60F:)</translation>
    </message>
    <message>
        <source>the statement lacks its account (:25:) or opening balance (:60F:)</source>
        <translation>ينقص الكشفَ حسابُه (:25:) أو رصيده الافتتاحي (:60F:)</translation>
    </message>
    <message>
        <source>the closing balance is in %1, the opening one in %2</source>
        <translation>الرصيد الختامي بـ %1، والافتتاحي بـ %2</translation>
    </message>
    <message>
        <source>the closing balance is %1 %2, but the opening balance and the entries make %3 %2</source>
        <translation>الرصيد الختامي %1 %2، لكن الرصيد الافتتاحي والقيود تعطي %3 %2</translation>
    </message>
    <message>
        <source>the tag :%1: has no place in an MT940 statement</source>
        <translation>لا مكان للوسم :%1: في كشف MT940</translation>
    </message>
    <message>
        <source>no statement (:20:) in the file</source>
        <translation>لا كشف (:20:) في الملف</translation>
    </message>
    <message>
        <source>the last statement has no closing balance (:62F:)</source>
        <translation>الكشف الأخير بلا رصيد ختامي (:62F:)</translation>
    </message>
</context>
<context>
    <name>OfficerAdministration</name>
    <message>
        <source>the administrator %1 has not signed in with their key</source>
        <translation>لم يسجّل المسؤول %1 الدخول بمفتاحه</translation>
    </message>
    <message>
        <source>the certificate given is not the administrator %1&apos;s</source>
        <translation>الشهادة المعطاة ليست شهادة المسؤول %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an officer id: %2</source>
        <translation>«%1» ليس معرّف موظف: %2</translation>
    </message>
    <message>
        <source>cannot install the trust anchor: %1</source>
        <translation>يتعذر تثبيت ارتكاز الثقة: %1</translation>
    </message>
    <message>
        <source>%1 is not an active administrator: only an administrator manages officers</source>
        <translation>%1 ليس مسؤولًا نشطًا: لا يدير الموظفين إلا المسؤول</translation>
    </message>
    <message>
        <source>an officer needs a name</source>
        <translation>يحتاج الموظف إلى اسم</translation>
    </message>
    <message>
        <source>there is already an officer %1</source>
        <translation>يوجد بالفعل موظف %1</translation>
    </message>
    <message>
        <source>cannot add the officer: %1</source>
        <translation>تتعذر إضافة الموظف: %1</translation>
    </message>
    <message>
        <source>there is no officer %1</source>
        <translation>لا يوجد موظف %1</translation>
    </message>
    <message>
        <source>the certificate names %1, not %2</source>
        <translation>الشهادة تسمّي %1 لا %2</translation>
    </message>
    <message>
        <source>an administrator&apos;s certificate is for administrators only</source>
        <translation>شهادة المسؤول للمسؤولين وحدهم</translation>
    </message>
    <message>
        <source>cannot certify the key: %1</source>
        <translation>تتعذر المصادقة على المفتاح: %1</translation>
    </message>
    <message>
        <source>%1 is already a %2</source>
        <translation>%1 هو بالفعل %2</translation>
    </message>
    <message>
        <source>an administrator is made with an administrator&apos;s certificate, not by a change of role</source>
        <translation>يُنشأ المسؤول بشهادة مسؤول، لا بتغيير الدور</translation>
    </message>
    <message>
        <source>there is no active officer %1</source>
        <translation>لا يوجد موظف نشط %1</translation>
    </message>
    <message>
        <source>an administrator cannot deactivate themself</source>
        <translation>لا يستطيع المسؤول تعطيل نفسه</translation>
    </message>
    <message>
        <source>%1 has no certificate %2</source>
        <translation>ليس لدى %1 الشهادة %2</translation>
    </message>
</context>
<context>
    <name>OfficerCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Set PAYDESK_KEY_PASSPHRASE to the new key&apos;s passphrase (8 characters or more).</source>
        <translation>عيّن PAYDESK_KEY_PASSPHRASE بعبارة مرور المفتاح الجديد (8 أحرف أو أكثر).</translation>
    </message>
    <message>
        <source>%1 exists already: PayDesk does not overwrite a key or certificate.</source>
        <translation>%1 موجود بالفعل: لا يكتب PayDesk فوق مفتاح أو شهادة.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <source>admin init: the database&apos;s first act. Either PayDesk makes the administrator&apos;s key (--key-out, encrypted with PAYDESK_KEY_PASSPHRASE) and a self-signed CA certificate (--certificate-out) that certifies officers&apos; keys; or --trust names the ministry&apos;s CA certificate, and --certificate and --key the administrator&apos;s certificate it issued and its key.</source>
        <translation>admin init: أول فعل في قاعدة البيانات. إما أن ينشئ PayDesk مفتاح المسؤول (--key-out، مشفرًا بـ PAYDESK_KEY_PASSPHRASE) وشهادة جهة إصدار موقّعة ذاتيًا (--certificate-out) تصادق على مفاتيح الموظفين؛ وإما أن يسمّي --trust شهادة جهة الإصدار الخاصة بالوزارة، و--certificate و--key الشهادة التي أصدرتها للمسؤول ومفتاحه.</translation>
    </message>
    <message>
        <source>The administrator&apos;s officer id.</source>
        <translation>معرّف الموظف الخاص بالمسؤول.</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>الاسم الكامل للمسؤول.</translation>
    </message>
    <message>
        <source>Where to write the new key.</source>
        <translation>أين يُكتب المفتاح الجديد.</translation>
    </message>
    <message>
        <source>Where to write the anchor certificate.</source>
        <translation>أين تُكتب شهادة الارتكاز.</translation>
    </message>
    <message>
        <source>How long the anchor is valid (default 10).</source>
        <translation>مدة صلاحية الارتكاز (10 افتراضيًا).</translation>
    </message>
    <message>
        <source>The ministry&apos;s CA certificate (PEM).</source>
        <translation>شهادة جهة الإصدار الخاصة بالوزارة (PEM).</translation>
    </message>
    <message>
        <source>The administrator&apos;s certificate, issued by --trust.</source>
        <translation>شهادة المسؤول، الصادرة عن --trust.</translation>
    </message>
    <message>
        <source>The administrator&apos;s private key.</source>
        <translation>المفتاح الخاص للمسؤول.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>ما العمل.</translation>
    </message>
    <message>
        <source>admin init needs --id and --name, and either --key-out and --certificate-out, or --trust, --certificate and --key.</source>
        <translation>يحتاج admin init إلى --id و--name، وإما --key-out و--certificate-out، وإما --trust و--certificate و--key.</translation>
    </message>
    <message>
        <source>Cannot make the administrator&apos;s key: %1</source>
        <translation>يتعذر إنشاء مفتاح المسؤول: %1</translation>
    </message>
    <message>
        <source>Cannot install the anchor: %1</source>
        <translation>يتعذر تثبيت الارتكاز: %1</translation>
    </message>
    <message>
        <source>%1 administers this database; the anchor&apos;s fingerprint is %2. Give the anchor certificate to auditors: they verify with --trust.</source>
        <translation>%1 يدير قاعدة البيانات هذه؛ بصمة الارتكاز هي %2. سلّم شهادة الارتكاز إلى المدققين: يتحققون بـ --trust.</translation>
    </message>
    <message>
        <source>officer request needs --key-out and --request-out.</source>
        <translation>يحتاج officer request إلى --key-out و--request-out.</translation>
    </message>
    <message>
        <source>Cannot make the key: %1</source>
        <translation>يتعذر إنشاء المفتاح: %1</translation>
    </message>
    <message>
        <source>Key and request written. Keep the key; give %1 to the administrator to certify.</source>
        <translation>كُتب المفتاح والطلب. احتفظ بالمفتاح؛ وسلّم %1 إلى المسؤول ليصادق عليه.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>غير محتسب: %1</translation>
    </message>
    <message>
        <source>Officers: &quot;request ID&quot; (an officer&apos;s own key and certificate request), and an administrator&apos;s acts, signed with their key: &quot;add ID --name NAME --role maker|checker|viewer&quot;, &quot;certify ID --request REQ&quot; or &quot;--certificate CERT&quot;, &quot;role ID --role ROLE&quot;, &quot;deactivate ID&quot;, &quot;revoke-key ID --certificate FINGERPRINT&quot;; or &quot;list&quot;.</source>
        <translation>الموظفون: «request ID» (المفتاح الخاص بالموظف وطلب شهادته)، وأفعال المسؤول الموقّعة بمفتاحه: «add ID --name NAME --role maker|checker|viewer»، و«certify ID --request REQ» أو «--certificate CERT»، و«role ID --role ROLE»، و«deactivate ID»، و«revoke-key ID --certificate FINGERPRINT»؛ أو «list».</translation>
    </message>
    <message>
        <source>The officer&apos;s full name.</source>
        <translation>الاسم الكامل للموظف.</translation>
    </message>
    <message>
        <source>maker, checker or viewer.</source>
        <translation>maker أو checker أو viewer.</translation>
    </message>
    <message>
        <source>The officer&apos;s certificate request (PEM).</source>
        <translation>طلب شهادة الموظف (PEM).</translation>
    </message>
    <message>
        <source>certify: a certificate the ministry&apos;s CA issued (PEM); revoke-key: its fingerprint.</source>
        <translation>certify: شهادة أصدرتها جهة الإصدار الخاصة بالوزارة (PEM)؛ revoke-key: بصمتها.</translation>
    </message>
    <message>
        <source>certify: where to write the certificate made.</source>
        <translation>certify: أين تُكتب الشهادة المُنشأة.</translation>
    </message>
    <message>
        <source>certify: how long the certificate is valid (default 365).</source>
        <translation>certify: مدة صلاحية الشهادة (365 افتراضيًا).</translation>
    </message>
    <message>
        <source>request: where to write the new key.</source>
        <translation>request: أين يُكتب المفتاح الجديد.</translation>
    </message>
    <message>
        <source>request: where to write the request.</source>
        <translation>request: أين يُكتب الطلب.</translation>
    </message>
    <message>
        <source>officer takes request, add, certify, role, deactivate or revoke-key with an ID, or list.</source>
        <translation>يقبل officer الأفعال request أو add أو certify أو role أو deactivate أو revoke-key مع ID، أو list.</translation>
    </message>
    <message>
        <source>add needs --name and --role; role needs --role; certify needs --request or --certificate; revoke-key needs --certificate.</source>
        <translation>يحتاج add إلى --name و--role؛ ويحتاج role إلى --role؛ ويحتاج certify إلى --request أو --certificate؛ ويحتاج revoke-key إلى --certificate.</translation>
    </message>
    <message>
        <source>the request is for %1, not %2</source>
        <translation>الطلب لـ %1، لا لـ %2</translation>
    </message>
    <message>
        <source>the anchor is the ministry&apos;s CA: certificates come from it (officer certify ID --certificate CERT)</source>
        <translation>الارتكاز هو جهة الإصدار الخاصة بالوزارة: الشهادات تأتي منها (officer certify ID --certificate CERT)</translation>
    </message>
    <message>
        <source>The key of %1 is certified: certificate %2, valid until %3.</source>
        <translation>صودق على مفتاح %1: الشهادة %2، صالحة حتى %3.</translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translation>لم يُنفَّذ شيء: %1</translation>
    </message>
    <message>
        <source>add, on a shared PostgreSQL database: also the officer&apos;s own login, in the group of their role, with a new password printed once. role and deactivate follow an existing login.</source>
        <translation>add، على قاعدة بيانات PostgreSQL مشتركة: وأيضًا حساب الدخول الخاص بالموظف، في مجموعة دوره، بكلمة مرور جديدة تُعرض مرة واحدة. ويتبع role وdeactivate حساب الدخول الموجود.</translation>
    </message>
    <message>
        <source>The database login %1 is made; its password, shown this once: %2. The officer keeps it in their keychain (PayDesk asks for it at the first start).</source>
        <translation>أُنشئ حساب الدخول %1 إلى قاعدة البيانات؛ كلمة مروره، تُعرض هذه المرة فقط: %2. يحفظها الموظف في سلسلة مفاتيحه (يطلبها PayDesk عند أول تشغيل).</translation>
    </message>
</context>
<context>
    <name>OfficerRepository</name>
    <message>
        <source>cannot add the officer: %1</source>
        <translation>تتعذر إضافة الموظف: %1</translation>
    </message>
</context>
<context>
    <name>OfficerRole</name>
    <message>
        <source>maker</source>
        <translation>معدّ</translation>
    </message>
    <message>
        <source>checker</source>
        <translation>مدقق</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>مطّلع</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>مسؤول</translation>
    </message>
</context>
<context>
    <name>OfficerSignIn</name>
    <message>
        <source>there is no officer %1</source>
        <translation>لا يوجد موظف %1</translation>
    </message>
    <message>
        <source>%1 is not an active officer: an administrator must add them and certify their key</source>
        <translation>%1 ليس موظفًا نشطًا: يجب أن يضيفه مسؤول ويصادق على مفتاحه</translation>
    </message>
    <message>
        <source>no certificate of %1 is for this key: an administrator must certify it first</source>
        <translation>لا توجد شهادة لـ %1 تخص هذا المفتاح: يجب أن يصادق عليه مسؤول أولًا</translation>
    </message>
    <message>
        <source>the key of %1 was revoked by an administrator</source>
        <translation>ألغى مسؤول مفتاح %1</translation>
    </message>
    <message>
        <source>no administrator certified this key of %1</source>
        <translation>لم يصادق أي مسؤول على مفتاح %1 هذا</translation>
    </message>
</context>
<context>
    <name>OfficerStandings</name>
    <message>
        <source>entry %1 (%2 by %3 on %4) was changed after it was written</source>
        <translation>عُدّل الإدخال %1 (%2 من %3 في %4) بعد كتابته</translation>
    </message>
    <message>
        <source>entry %1 (%2 by %3 on %4): %5</source>
        <translation>الإدخال %1 (%2 من %3 في %4): %5</translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation>غير موقّع</translation>
    </message>
    <message>
        <source>it is signed with a certificate PayDesk does not hold (%1)</source>
        <translation>موقّع بشهادة لا يحتفظ بها PayDesk (%1)</translation>
    </message>
    <message>
        <source>it is signed with the certificate of %1, not of %2</source>
        <translation>موقّع بشهادة %1، لا %2</translation>
    </message>
    <message>
        <source>its signature does not verify with the certificate of %1</source>
        <translation>توقيعه لا يصح بشهادة %1</translation>
    </message>
    <message>
        <source>no administrator had certified the key of %1 it is signed with</source>
        <translation>لم يكن أي مسؤول قد صادق على مفتاح %1 الذي وُقّع به</translation>
    </message>
    <message>
        <source>the key of %1 it is signed with had been revoked</source>
        <translation>كان مفتاح %1 الذي وُقّع به قد أُلغي</translation>
    </message>
    <message>
        <source>%1 was not an active officer then</source>
        <translation>لم يكن %1 حينها موظفًا نشطًا</translation>
    </message>
    <message>
        <source>only an administrator may do this; %1 was a %2</source>
        <translation>لا يفعل هذا إلا المسؤول؛ وكان %1 %2</translation>
    </message>
    <message>
        <source>%1 was a %2 then, and may change nothing</source>
        <translation>كان %1 حينها %2، ولا يستطيع تغيير شيء</translation>
    </message>
    <message>
        <source>this is a %1&apos;s act, and %2 was a %3 then</source>
        <translation>هذا فعل يخص %1، وكان %2 حينها %3</translation>
    </message>
    <message>
        <source>the certificate of %1 is not an administrator&apos;s</source>
        <translation>شهادة %1 ليست شهادة مسؤول</translation>
    </message>
    <message>
        <source>the anchor was installed already</source>
        <translation>كان الارتكاز مثبتًا بالفعل</translation>
    </message>
    <message>
        <source>there was already an officer %1</source>
        <translation>كان هناك بالفعل موظف %1</translation>
    </message>
    <message>
        <source>the role granted is not one PayDesk knows</source>
        <translation>الدور الممنوح ليس دورًا يعرفه PayDesk</translation>
    </message>
    <message>
        <source>there was no officer %1</source>
        <translation>لم يكن هناك موظف %1</translation>
    </message>
    <message>
        <source>the certificate it names is not one of %1&apos;s</source>
        <translation>الشهادة التي يسمّيها ليست من شهادات %1</translation>
    </message>
    <message>
        <source>an administrator&apos;s certificate is for administrators only</source>
        <translation>شهادة المسؤول للمسؤولين وحدهم</translation>
    </message>
    <message>
        <source>an administrator&apos;s act PayDesk does not know</source>
        <translation>فعل مسؤول لا يعرفه PayDesk</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>No officers yet: the administrator adds them here.</source>
        <translation>لا موظفين بعد: يضيفهم المسؤول هنا.</translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation>إضافة موظف (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Certify a request…</source>
        <translation>المصادقة على طلب (&amp;C)…</translation>
    </message>
    <message>
        <source>Add a c&amp;ertificate…</source>
        <translation>إضافة شهادة (&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>تغيير الدور (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>تعطيل (&amp;D)</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Deactivate %1? They will not sign in or act again.</source>
        <translation>تعطيل %1؟ لن يسجّل الدخول أو يتصرف بعد الآن.</translation>
    </message>
    <message>
        <source>Re&amp;voke key</source>
        <translation>إلغاء المفتاح (&amp;V)</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>إلغاء المفتاح</translation>
    </message>
    <message>
        <source>Revoke the keys of %1? They sign in again only once a new key is certified.</source>
        <translation>إلغاء مفاتيح %1؟ لن يسجّل الدخول من جديد إلا بعد المصادقة على مفتاح جديد.</translation>
    </message>
    <message>
        <source>certified until %1</source>
        <translation>مصادَق عليه حتى %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>no key certified: cannot sign in</source>
        <translation>لا مفتاح مصادَق عليه: لا يمكن تسجيل الدخول</translation>
    </message>
    <message>
        <source>Only an administrator adds officers, certifies their keys and grants their roles.</source>
        <translation>لا يضيف الموظفين ويصادق على مفاتيحهم ويمنح أدوارهم إلا المسؤول.</translation>
    </message>
    <message>
        <source>Not counted, because their signature does not check: %1</source>
        <translation>غير محتسب، لأن توقيعه لا يصح: %1</translation>
    </message>
    <message>
        <source>Choose an officer in the list first.</source>
        <translation>اختر موظفًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translation>لم يُنفَّذ شيء: %1</translation>
    </message>
    <message>
        <source>the request is for %1, not %2</source>
        <translation>الطلب لـ %1، لا لـ %2</translation>
    </message>
    <message>
        <source>the anchor is a ministry&apos;s CA: its certificates come from it (Add a certificate…)</source>
        <translation>الارتكاز هو جهة إصدار خاصة بوزارة: شهاداتها تأتي منها (إضافة شهادة…)</translation>
    </message>
    <message>
        <source>The key of %1 is certified, but the certificate could not be written to %2: %3</source>
        <translation>صودق على مفتاح %1، لكن تعذرت كتابة الشهادة في %2: %3</translation>
    </message>
    <message>
        <source>The key of %1 is certified until %2: they can sign in with it.</source>
        <translation>صودق على مفتاح %1 حتى %2: يمكنه تسجيل الدخول به.</translation>
    </message>
    <message>
        <source>The certificate of %1 is taken in: they can sign in with its key.</source>
        <translation>أُدخلت شهادة %1: يمكنه تسجيل الدخول بمفتاحها.</translation>
    </message>
    <message>
        <source>%1 is a %2 from now on.</source>
        <translation>أصبح %1 %2 من الآن.</translation>
    </message>
    <message>
        <source>%1 is deactivated: they no longer sign in or act.</source>
        <translation>عُطّل %1: لم يعد يسجّل الدخول أو يتصرف.</translation>
    </message>
    <message>
        <source>%1 has no certified key to revoke</source>
        <translation>ليس لدى %1 مفتاح مصادَق عليه لإلغائه</translation>
    </message>
    <message>
        <source>The keys of %1 are revoked (%2): they sign in again once a new key is certified.</source>
        <translation>أُلغيت مفاتيح %1 (%2): سيسجّل الدخول من جديد بعد المصادقة على مفتاح جديد.</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <source>Officer &amp;id:</source>
        <translation>معرّف الموظف (&amp;I):</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>الاسم الكامل (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور (&amp;R):</translation>
    </message>
    <message>
        <source>The certificate request %1 made</source>
        <translation>طلب الشهادة الذي أنشأه %1</translation>
    </message>
    <message>
        <source>Certificate requests (*.req *.csr *.pem);;All files (*)</source>
        <translation>طلبات الشهادات (*.req *.csr *.pem);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Where to keep a copy of the certificate (optional)</source>
        <translation>أين تُحفظ نسخة من الشهادة (اختياري)</translation>
    </message>
    <message>
        <source>The certificate of %1</source>
        <translation>شهادة %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>تغيير دور %1</translation>
    </message>
    <message>
        <source>%1 is an officer now, as %2. Certify their key next: they make it at the sign-in (Make my key…) and give you its request.</source>
        <translation>أصبح %1 موظفًا الآن بصفة %2. صادق على مفتاحه بعد ذلك: ينشئه عند تسجيل الدخول (إنشاء مفتاحي…) ويعطيك طلبه.</translation>
    </message>
</context>
<context>
    <name>OneShotHttp</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 ليس عنوان http:// أو https://</translation>
    </message>
    <message>
        <source>cannot open a verified TLS connection to %1:%2: %3</source>
        <translation>يتعذر فتح اتصال TLS موثَّق إلى %1:%2: %3</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>يتعذر الاتصال بـ %1:%2: %3</translation>
    </message>
    <message>
        <source>the request to %1 could not be sent whole: %2</source>
        <translation>تعذر إرسال الطلب إلى %1 كاملًا: %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>لا جواب من %1 خلال %2 ثانية</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>أغلق %1 الاتصال دون أن يجيب</translation>
    </message>
    <message>
        <source>%1 answered something that is not HTTP</source>
        <translation>أجاب %1 بشيء ليس HTTP</translation>
    </message>
    <message>
        <source>the answer of %1 was cut short</source>
        <translation>انقطع جواب %1 قبل اكتماله</translation>
    </message>
    <message>
        <source>%1 is plain http to another computer: payment files and passwords would cross the network unencrypted. Use https, or allow plain http in the program&apos;s hub settings if this network is trusted</source>
        <translation>%1 اتصال http عادي بحاسوب آخر: ستعبر ملفات الدفع وكلمات المرور الشبكة دون تشفير. استخدم https، أو اسمح بـ http العادي في إعدادات محور البرنامج إن كانت هذه الشبكة موثوقة</translation>
    </message>
</context>
<context>
    <name>OutstandingCommand</name>
    <message>
        <source>Money in the dark: the batches whose payments left PayDesk, or may have, and have no final outcome yet (uncertain batches, and payments still in flight on the hub), oldest first, by age band, with what to do about each.</source>
        <translation>أموال في الظلام: الدفعات التي خرجت مدفوعاتها من PayDesk، أو ربما خرجت، وليس لها نتيجة نهائية بعد (دفعات غير مؤكدة، ومدفوعات ما زالت قيد التنفيذ في المحور)، الأقدم أولًا، حسب فئة العمر، مع ما العمل في كل منها.</translation>
    </message>
    <message>
        <source>Only this cycle.</source>
        <translation>هذه الدورة فقط.</translation>
    </message>
    <message>
        <source>outstanding takes no argument but --cycle ID.</source>
        <translation>لا يأخذ outstanding أي وسيط سوى --cycle ID.</translation>
    </message>
    <message>
        <source>%1: %2 payments</source>
        <translation>%1: %2 دفعة مالية</translation>
    </message>
    <message>
        <source>batch %1 (cycle %2 %3)	%4	%5 payments	%6 %7	%8</source>
        <translation>الدفعة %1 (الدورة %2 %3)	%4	%5 دفعة مالية	%6 %7	%8</translation>
    </message>
</context>
<context>
    <name>PaidCycleCombo</name>
    <message>
        <source>Cycle</source>
        <translation>الدورة</translation>
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
        <translation>المدفوع مقابل المستحق لكل دورة (%1)</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>المستحق</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Paid against entitled, per cycle</source>
        <translation>المدفوع مقابل المستحق، لكل دورة</translation>
    </message>
</context>
<context>
    <name>PartyId</name>
    <message>
        <source>the identifier is empty</source>
        <translation>المعرّف فارغ</translation>
    </message>
    <message>
        <source>the identifier contains a comma, a quote or an invisible character</source>
        <translation>يحتوي المعرّف على فاصلة أو علامة اقتباس أو محرف غير مرئي</translation>
    </message>
    <message>
        <source>a phone number may only hold digits, spaces, dashes and a leading +</source>
        <translation>لا يحتوي رقم الهاتف إلا على أرقام ومسافات وشرطات وعلامة + في أوله</translation>
    </message>
    <message>
        <source>a phone number has 8 to 15 digits, this one has %1</source>
        <translation>لرقم الهاتف من 8 إلى 15 رقمًا، وفي هذا %1</translation>
    </message>
    <message>
        <source>a bank account number may only hold letters A-Z and digits</source>
        <translation>لا يحتوي رقم الحساب المصرفي إلا على الأحرف A-Z والأرقام</translation>
    </message>
    <message>
        <source>a bank account number has 4 to 34 characters, this one has %1</source>
        <translation>لرقم الحساب المصرفي من 4 إلى 34 حرفًا، وفي هذا %1</translation>
    </message>
    <message>
        <source>an IBAN may only hold letters A-Z and digits</source>
        <translation>لا يحتوي IBAN إلا على الأحرف A-Z والأرقام</translation>
    </message>
    <message>
        <source>an IBAN has 15 to 34 characters, this one has %1</source>
        <translation>لـ IBAN من 15 إلى 34 حرفًا، وفي هذا %1</translation>
    </message>
    <message>
        <source>an IBAN starts with a two-letter country code and two check digits</source>
        <translation>يبدأ IBAN برمز دولة من حرفين ورقمي تحقق</translation>
    </message>
    <message>
        <source>the IBAN check digits do not match (mod-97 check failed)</source>
        <translation>رقما التحقق في IBAN لا يطابقان (فشل التحقق mod-97)</translation>
    </message>
    <message>
        <source>an email address has one @ with text on both sides</source>
        <translation>لعنوان البريد الإلكتروني علامة @ واحدة مع نص على جانبيها</translation>
    </message>
    <message>
        <source>the email address is too long</source>
        <translation>عنوان البريد الإلكتروني طويل جدًا</translation>
    </message>
    <message>
        <source>an email address may not hold spaces or &lt;&gt;;() characters</source>
        <translation>لا يحتوي عنوان البريد الإلكتروني على مسافات أو المحارف &lt;&gt;;()</translation>
    </message>
    <message>
        <source>the email domain &quot;%1&quot; is not valid</source>
        <translation>نطاق البريد الإلكتروني «%1» غير صالح</translation>
    </message>
    <message>
        <source>a registry id has at most 64 characters</source>
        <translation>لمعرّف السجل 64 حرفًا على الأكثر</translation>
    </message>
    <message>
        <source>a registry id may not hold spaces</source>
        <translation>لا يحتوي معرّف السجل على مسافات</translation>
    </message>
    <message>
        <source>a financial address has at most 255 characters</source>
        <translation>للعنوان المالي 255 حرفًا على الأكثر</translation>
    </message>
    <message>
        <source>a financial address reads type:id or type:id@provider, without spaces</source>
        <translation>يُكتب العنوان المالي type:id أو type:id@provider، بلا مسافات</translation>
    </message>
</context>
<context>
    <name>PartyIdType</name>
    <message>
        <source>phone number (MSISDN)</source>
        <translation>رقم الهاتف (MSISDN)</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>حساب مصرفي</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>registry id, through the ID-to-account mapper</source>
        <translation>معرّف السجل، عبر أداة ربط المعرّف بالحساب</translation>
    </message>
    <message>
        <source>financial address</source>
        <translation>العنوان المالي</translation>
    </message>
</context>
<context>
    <name>PartyLookup</name>
    <message>
        <source>Looking the payees up on the payment network: %1 of %2…</source>
        <translation>جارٍ التحقق من المستفيدين لدى شبكة الدفع: %1 من %2…</translation>
    </message>
    <message>
        <source>the party lookup answered HTTP %1 without saying why</source>
        <translation>أجابت خدمة البحث عن المستفيد HTTP %1 دون ذكر السبب</translation>
    </message>
    <message>
        <source>the payment network does not know this payee (HTTP %1)</source>
        <translation>لا تعرف شبكة الدفع هذا المستفيد (HTTP %1)</translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s payees: %1</source>
        <translation>تعذّرت قراءة مستفيدي الدورة: %1</translation>
    </message>
    <message>
        <source>the program names no party lookup</source>
        <translation>لا يحدّد البرنامج خدمة للبحث عن المستفيدين</translation>
    </message>
    <message>
        <source>the party lookup at %1 did not answer: %2</source>
        <translation>لم تُجب خدمة البحث عن المستفيدين في %1: %2</translation>
    </message>
    <message>
        <source>cannot keep a party lookup&apos;s answer: %1</source>
        <translation>تعذّر حفظ إجابة البحث عن مستفيد: %1</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 payees</source>
        <translation>توقّف بعد %1 من %2 مستفيدين</translation>
    </message>
    <message>
        <source>the payment network found no account for this payee</source>
        <translation>لم تجد شبكة الدفع أي حساب لهذا المستفيد</translation>
    </message>
    <message>
        <source>the answer (HTTP %1) is not a party lookup&apos;s</source>
        <translation>الإجابة (HTTP %1) ليست إجابة خدمة البحث عن المستفيد</translation>
    </message>
</context>
<context>
    <name>PayeeAddress</name>
    <message>
        <source>not resolved yet: ask the ID-to-account mapper for the cycle&apos;s addresses first</source>
        <translation>لم يُحل بعد: اسأل مطابِق المعرّفات والحسابات عن عناوين الدورة أولًا</translation>
    </message>
    <message>
        <source>the ID-to-account mapper did not resolve it: %1</source>
        <translation>لم يحله مطابِق المعرّفات والحسابات: %1</translation>
    </message>
    <message>
        <source>the registry holds no %1 for this beneficiary</source>
        <translation>لا يحتوي السجل على %1 لهذا المستفيد</translation>
    </message>
</context>
<context>
    <name>PayeeColumnDetector</name>
    <message>
        <source>The column &quot;%1&quot; looks like payee accounts but is not imported; map it if it holds the account to pay (&quot;%1=payee_address&quot;).</source>
        <translation>العمود ⁨&quot;%1&quot;⁩ يبدو كحسابات مستفيدين لكنه لا يُستورد؛ اربطه إن كان يحوي الحساب الذي يُدفع إليه (⁦&quot;%1=payee_address&quot;⁩).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; looks like payee accounts but is not imported, so every beneficiary would be imported without a payee account; map it (&quot;%1=payee_address&quot;, and its type column to payee_type).</source>
        <translation>العمود ⁨&quot;%1&quot;⁩ يبدو كحسابات مستفيدين لكنه لا يُستورد، فسيُستورد كل مستفيد دون حساب؛ اربطه (⁦&quot;%1=payee_address&quot;⁩، وعمود نوعه بـ payee_type).</translation>
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
        <translation>ملفات موقّعة تُسلَّم يدويًا</translation>
    </message>
</context>
<context>
    <name>PaymentHubChannel</name>
    <message>
        <source>Payment Hub EE batches need the tenant&apos;s signing key to be posted</source>
        <translation>تحتاج دفعات Payment Hub EE إلى مفتاح توقيع المستأجر لإرسالها</translation>
    </message>
    <message>
        <source>Payment Hub EE signs with RSA: the key given is an Ed25519 key</source>
        <translation>يوقّع Payment Hub EE بـ RSA: المفتاح المعطى مفتاح Ed25519</translation>
    </message>
    <message>
        <source>the batch could not be signed: %1</source>
        <translation>تعذر توقيع الدفعة: %1</translation>
    </message>
</context>
<context>
    <name>PaymentHubClient</name>
    <message>
        <source>the hub refused the batch&apos;s X-SIGNATURE: the tenant&apos;s signing key is not the one the hub knows</source>
        <translation>رفض المحور X-SIGNATURE للدفعة: مفتاح توقيع المستأجر ليس الذي يعرفه المحور</translation>
    </message>
    <message>
        <source>the hub could not check the X-SIGNATURE with the certificate it holds for the tenant: the signing key is not the tenant&apos;s, or the signature is missing or malformed</source>
        <translation>لم يستطع المحور التحقق من X-SIGNATURE بالشهادة التي لديه للمستأجر: مفتاح التوقيع ليس مفتاح المستأجر، أو التوقيع مفقود أو مشوه</translation>
    </message>
    <message>
        <source>the hub refused the file: %1 (%2)</source>
        <translation>رفض المحور الملف: %1 (%2)</translation>
    </message>
    <message>
        <source>the hub refused the upload: %1</source>
        <translation>رفض المحور الرفع: %1</translation>
    </message>
    <message>
        <source>the hub has no payment workflow for this tenant (%1)</source>
        <translation>ليس لدى المحور مسار دفع لهذا المستأجر (%1)</translation>
    </message>
    <message>
        <source>the hub answered %1: %2</source>
        <translation>أجاب المحور %1: %2</translation>
    </message>
    <message>
        <source>no complete answer from the hub: %1</source>
        <translation>لا جواب كامل من المحور: %1</translation>
    </message>
    <message>
        <source>the batch did not reach the hub: %1</source>
        <translation>لم تصل الدفعة إلى المحور: %1</translation>
    </message>
    <message>
        <source>the hub accepted the batch but its answer names no batch: %1</source>
        <translation>قبل المحور الدفعة لكن جوابه لا يسمي أي دفعة: %1</translation>
    </message>
    <message>
        <source>the operations app refused the officer&apos;s credentials (%1)</source>
        <translation>رفض تطبيق العمليات بيانات اعتماد الموظف (%1)</translation>
    </message>
    <message>
        <source>cannot get a token from the operations app: %1</source>
        <translation>يتعذر الحصول على رمز من تطبيق العمليات: %1</translation>
    </message>
    <message>
        <source>the operations app answered something that is not JSON at %1: %2</source>
        <translation>أجاب تطبيق العمليات بشيء ليس JSON على %1: %2</translation>
    </message>
    <message>
        <source>the operations app did not answer: %1</source>
        <translation>لم يُجب تطبيق العمليات: %1</translation>
    </message>
    <message>
        <source>something between PayDesk and the hub answered %1 (%2), not the hub itself: the hub may have taken the batch</source>
        <translation>أجاب شيء بين PayDesk والمحور بـ %1 (%2)، لا المحور نفسه: ربما أخذ المحور الدفعة</translation>
    </message>
</context>
<context>
    <name>PaymentPreparer</name>
    <message>
        <source>payments are prepared for an approved cycle; this one is %1</source>
        <translation>تُحضَّر المدفوعات لدورة معتمدة؛ وهذه الدورة %1</translation>
    </message>
    <message>
        <source>%1, cycle %2</source>
        <translation>%1، الدورة %2</translation>
    </message>
    <message>
        <source>cannot read the approved re-issues: %1</source>
        <translation>تتعذر قراءة إعادات الإصدار المعتمدة: %1</translation>
    </message>
    <message>
        <source>cannot read the entitlements: %1</source>
        <translation>تتعذر قراءة الاستحقاقات: %1</translation>
    </message>
    <message>
        <source>the approval of cycle %1 changed while it was prepared; prepare again</source>
        <translation>تغيرت موافقة الدورة %1 أثناء تحضيرها؛ حضّرها مجددًا</translation>
    </message>
    <message>
        <source>cannot write a batch: %1</source>
        <translation>تتعذر كتابة دفعة: %1</translation>
    </message>
    <message>
        <source>cannot write payment %1: %2</source>
        <translation>تتعذر كتابة الدفعة المالية %1: %2</translation>
    </message>
    <message>
        <source>cannot close the approved re-issues: %1</source>
        <translation>يتعذر إغلاق إعادات الإصدار المعتمدة: %1</translation>
    </message>
    <message>
        <source>cannot commit the payments: %1</source>
        <translation>يتعذر تثبيت المدفوعات: %1</translation>
    </message>
    <message>
        <source>%1 payments (%2 of them paying again what failed) in %3 ready batches; %4 already had a payment; %5 failed and wait for an approved re-issue; %6 cannot be paid as the registry stands.</source>
        <translation>%1 دفعة مالية (%2 منها تعيد دفع ما فشل) في %3 دفعة جاهزة؛ %4 لها دفعة مالية بالفعل؛ %5 فشلت وتنتظر إعادة إصدار معتمدة؛ %6 لا يمكن دفعها بحسب حال السجل.</translation>
    </message>
    <message>
        <source>%1 of the payments form the pilot batch, sent first; the rest waits for its results.</source>
        <translation>%1 من المدفوعات تشكل الدفعة التجريبية، وتُرسل أولًا؛ والباقي ينتظر نتائجها.</translation>
    </message>
    <message>
        <source>cannot write the payments: %1</source>
        <translation>تتعذر كتابة المدفوعات: %1</translation>
    </message>
</context>
<context>
    <name>PaymentReconciler</name>
    <message>
        <source>batch %1 has not been sent: nothing to reconcile</source>
        <translation>لم تُرسل الدفعة %1: لا شيء لمطابقته</translation>
    </message>
    <message>
        <source>batch %1: the hub&apos;s operations API: %2</source>
        <translation>الدفعة %1: واجهة عمليات المحور: %2</translation>
    </message>
    <message>
        <source>batch %1: the hub&apos;s transfer rows: %2</source>
        <translation>الدفعة %1: أسطر تحويلات المحور: %2</translation>
    </message>
    <message>
        <source>batch %1&apos;s file: %2</source>
        <translation>ملف الدفعة %1: %2</translation>
    </message>
    <message>
        <source>batch %1: the receiver&apos;s statuses: %2</source>
        <translation>الدفعة %1: حالات المستقبِل: %2</translation>
    </message>
    <message>
        <source>batch %1: cannot commit: %2</source>
        <translation>الدفعة %1: يتعذر التثبيت: %2</translation>
    </message>
    <message>
        <source>batch %1: the hub&apos;s answer cannot be read: %2</source>
        <translation>الدفعة %1: تتعذر قراءة جواب المحور: %2</translation>
    </message>
    <message>
        <source>batch %1: cannot record payment %2: %3</source>
        <translation>الدفعة %1: يتعذر تسجيل الدفعة المالية %2: %3</translation>
    </message>
    <message>
        <source>batch %1: cannot close it: %2</source>
        <translation>الدفعة %1: يتعذر إغلاقها: %2</translation>
    </message>
    <message>
        <source>batch %1: %2 paid, %3 failed, %4 in flight, %5 not on the hub yet; %6</source>
        <translation>الدفعة %1: %2 مدفوع، %3 فاشل، %4 قيد التنفيذ، %5 ليست في المحور بعد؛ %6</translation>
    </message>
    <message>
        <source>complete (%1)</source>
        <translation>مكتملة (%1)</translation>
    </message>
    <message>
        <source>not complete yet</source>
        <translation>لم تكتمل بعد</translation>
    </message>
    <message>
        <source>a result file is applied by a checker: %1</source>
        <translation>يطبّق ملفَّ النتائج مدقق: %1</translation>
    </message>
    <message>
        <source>batch %1: cannot read its payments: %2</source>
        <translation>الدفعة %1: تعذّرت قراءة مدفوعاتها: %2</translation>
    </message>
    <message>
        <source>A checker must look at %1 disputed result(s) (contradicting rows, or another payee or amount than the frozen file) and %2 that contradict what the hub reported final before: none of them was applied (see the audit log, batch.results_disputed).</source>
        <translation>على مدقق أن ينظر في %1 نتيجة متنازع عليها (صفوف متناقضة، أو مستفيد أو مبلغ غير ما في الملف المجمّد) و%2 تناقض ما أعلنه المحور نهائيًا من قبل: لم يُطبَّق أي منها (انظر سجل التدقيق، batch.results_disputed).</translation>
    </message>
    <message>
        <source>batch %1: cannot record its payments: %2</source>
        <translation>الدفعة %1: تعذّر تسجيل مدفوعاتها: %2</translation>
    </message>
</context>
<context>
    <name>PaymentReissue</name>
    <message>
        <source>cannot read the failed payments: %1</source>
        <translation>تتعذر قراءة المدفوعات الفاشلة: %1</translation>
    </message>
    <message>
        <source>failed payments are paid again in an approved or distributed cycle; this one is %1</source>
        <translation>تُدفع المدفوعات الفاشلة مجددًا في دورة معتمدة أو موزعة؛ وهذه الدورة %1</translation>
    </message>
    <message>
        <source>payment %1 is not a failed payment of cycle %2 that waits to be paid again (it may be paid again already, or asked for)</source>
        <translation>الدفعة المالية %1 ليست دفعة فاشلة من الدورة %2 تنتظر إعادة الدفع (ربما دُفعت مجددًا أو طُلبت بالفعل)</translation>
    </message>
    <message>
        <source>no failed payment of cycle %1 waits to be paid again</source>
        <translation>لا دفعة فاشلة من الدورة %1 تنتظر إعادة الدفع</translation>
    </message>
    <message>
        <source>cannot record the request: %1</source>
        <translation>يتعذر تسجيل الطلب: %1</translation>
    </message>
    <message>
        <source>cannot record payment %1 in the request: %2</source>
        <translation>يتعذر تسجيل الدفعة المالية %1 في الطلب: %2</translation>
    </message>
    <message>
        <source>cannot commit the request: %1</source>
        <translation>يتعذر تثبيت الطلب: %1</translation>
    </message>
    <message>
        <source>there is no re-issue request %1</source>
        <translation>لا يوجد طلب إعادة إصدار %1</translation>
    </message>
    <message>
        <source>re-issue request %1 is %2 already</source>
        <translation>طلب إعادة الإصدار %1 في حالة %2 بالفعل</translation>
    </message>
    <message>
        <source>cannot record the decision: %1</source>
        <translation>يتعذر تسجيل القرار: %1</translation>
    </message>
    <message>
        <source>someone else decided re-issue request %1 meanwhile</source>
        <translation>قرر شخص آخر في طلب إعادة الإصدار %1 في الأثناء</translation>
    </message>
    <message>
        <source>cannot reopen cycle %1: %2</source>
        <translation>يتعذر إعادة فتح الدورة %1: %2</translation>
    </message>
    <message>
        <source>cannot commit the decision: %1</source>
        <translation>يتعذر تثبيت القرار: %1</translation>
    </message>
</context>
<context>
    <name>PaymentStatusChart</name>
    <message>
        <source>Payments by state</source>
        <translation>المدفوعات حسب الحالة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>لم يُرسل بعد</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>معرّف الطلب</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>سبب الفشل</translation>
    </message>
    <message>
        <source>Settled (UTC)</source>
        <translation>التسوية (UTC)</translation>
    </message>
</context>
<context>
    <name>PaymentsBrowser</name>
    <message>
        <source>Any state</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>لم يُرسل بعد</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>أي منطقة</translation>
    </message>
    <message>
        <source>Any batch</source>
        <translation>أي دفعة</translation>
    </message>
    <message>
        <source>Any failure reason</source>
        <translation>أي سبب فشل</translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation>إظهار الكل (&amp;S)</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>المدفوعات:</translation>
    </message>
    <message>
        <source>%1 payments</source>
        <translation>%1 دفعة مالية</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>الدفعة %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>No payment to show: nothing was prepared for this cycle yet.</source>
        <translation>لا مدفوعات للعرض: لم يُحضَّر شيء لهذه الدورة بعد.</translation>
    </message>
</context>
<context>
    <name>PheeCsvWriter</name>
    <message>
        <source>payment %1: the amount must be more than zero</source>
        <translation>الدفعة المالية %1: يجب أن يكون المبلغ أكبر من الصفر</translation>
    </message>
    <message>
        <source>payment %1: %2 %3 has a fraction; Payment Hub EE pays whole %3 only</source>
        <translation>الدفعة المالية %1: في %2 %3 كسر؛ لا يدفع Payment Hub EE إلا %3 صحيحة</translation>
    </message>
    <message>
        <source>payment %1: the payee has no valid account</source>
        <translation>الدفعة المالية %1: ليس للمستفيد حساب صالح</translation>
    </message>
    <message>
        <source>payment %1: &quot;%2&quot; holds a comma, quote or line break, which the hub would split</source>
        <translation>الدفعة المالية %1: «%2» يحتوي على فاصلة أو علامة اقتباس أو فاصل أسطر، سيقسمه المحور</translation>
    </message>
</context>
<context>
    <name>PilotRelease</name>
    <message>
        <source>cannot read the pilot of cycle %1: %2</source>
        <translation>تتعذر قراءة الدفعة التجريبية للدورة %1: %2</translation>
    </message>
    <message>
        <source>batch %1 is %2</source>
        <translation>الدفعة %1 في حالة %2</translation>
    </message>
    <message>
        <source>cycle %1 has no pilot</source>
        <translation>لا دفعة تجريبية للدورة %1</translation>
    </message>
    <message>
        <source>cannot read the pilot&apos;s payments: %1</source>
        <translation>تتعذر قراءة مدفوعات الدفعة التجريبية: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>the pilot has no final results yet (%1): %2 paid, %3 failed, %4 in flight of %5 payments</source>
        <translation>لا نتائج نهائية للدفعة التجريبية بعد (%1): %2 مدفوع، %3 فاشل، %4 قيد التنفيذ من أصل %5</translation>
    </message>
    <message>
        <source>the pilot failed %1 of %2 payments (%3 %), above the program&apos;s %4 %: the rest of the cycle is stopped. Most common reasons: %5</source>
        <translation>فشل في الدفعة التجريبية %1 من %2 (%3 %)، فوق حد البرنامج %4 %: أوقف باقي الدورة. أكثر الأسباب شيوعًا: %5</translation>
    </message>
    <message>
        <source>the pilot paid %1 of %2 payments (%3 % failed, at most %4 % allowed): the rest may go</source>
        <translation>دفعت الدفعة التجريبية %1 من %2 (فشل %3 %، والمسموح %4 % على الأكثر): يمكن للباقي أن يمضي</translation>
    </message>
</context>
<context>
    <name>PostgresCopy</name>
    <message>
        <source>the database refused to take rows: %1</source>
        <translation>رفضت قاعدة البيانات استلام الصفوف: %1</translation>
    </message>
    <message>
        <source>cannot send rows to the database: %1</source>
        <translation>تعذّر إرسال الصفوف إلى قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>the database refused the rows: %1</source>
        <translation>رفضت قاعدة البيانات الصفوف: %1</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>%1 &quot;%2&quot; is not an http:// or https:// address</source>
        <translation>%1 «%2» ليس عنوان http:// أو https://</translation>
    </message>
    <message>
        <source>a program needs a name of at most 100 characters</source>
        <translation>يحتاج البرنامج إلى اسم من 100 حرف على الأكثر</translation>
    </message>
    <message>
        <source>the program&apos;s currency is not an ISO 4217 code PayDesk knows</source>
        <translation>عملة البرنامج ليست رمز ISO 4217 يعرفه PayDesk</translation>
    </message>
    <message>
        <source>entitlement rule: %1</source>
        <translation>قاعدة الاستحقاق: %1</translation>
    </message>
    <message>
        <source>eligibility: %1</source>
        <translation>الأهلية: %1</translation>
    </message>
    <message>
        <source>the payer account is missing or not valid</source>
        <translation>حساب الدافع مفقود أو غير صالح</translation>
    </message>
    <message>
        <source>a batch holds from 1 to 100,000 rows</source>
        <translation>تحتوي الدفعة على 1 إلى 100,000 سطر</translation>
    </message>
    <message>
        <source>a batch file limit below 1,000 bytes cannot hold a header and a row</source>
        <translation>حد ملف دفعة أقل من 1,000 بايت لا يتسع لترويسة وسطر</translation>
    </message>
    <message>
        <source>the budget must be an amount in %1, more than zero</source>
        <translation>يجب أن تكون الميزانية مبلغًا بـ %1، أكبر من الصفر</translation>
    </message>
    <message>
        <source>paying by registry id needs the ID-to-account mapper, which comes with the G2P Connect backend</source>
        <translation>الدفع بمعرّف السجل يحتاج إلى مطابِق المعرّفات والحسابات، الذي يأتي مع نظام G2P Connect</translation>
    </message>
    <message>
        <source>the G2P Connect receiver is &quot;sandbox&quot; (PayDesk&apos;s own) or given by its URL</source>
        <translation>مستقبِل G2P Connect هو «sandbox» (محور PayDesk) أو يُحدَّد بعنوان URL الخاص به</translation>
    </message>
    <message>
        <source>paying by registry id needs the ID-to-account mapper&apos;s URL</source>
        <translation>الدفع بمعرّف السجل يحتاج إلى عنوان URL لمطابِق المعرّفات والحسابات</translation>
    </message>
    <message>
        <source>Payment Hub EE needs the tenant (Platform-TenantId) the program pays through</source>
        <translation>يحتاج Payment Hub EE إلى المستأجر (Platform-TenantId) الذي يدفع البرنامج من خلاله</translation>
    </message>
    <message>
        <source>Payment Hub EE&apos;s payment mode must be one of %1 (the hub fails every row of another)</source>
        <translation>يجب أن يكون نمط الدفع في Payment Hub EE واحدًا من %1 (يُفشل المحور كل سطر بغيره)</translation>
    </message>
    <message>
        <source>the hub is &quot;sandbox&quot; (PayDesk&apos;s own) or given by its bulk processor and operations URLs</source>
        <translation>المحور «sandbox» (محور PayDesk) أو يُحدَّد بعناوين URL لمعالج الدفعات وتطبيق العمليات</translation>
    </message>
</context>
<context>
    <name>ProgramCommand</name>
    <message>
        <source>--currency takes an ISO 4217 code such as USD, KES or XOF</source>
        <translation>يأخذ --currency رمز ISO 4217 مثل USD أو KES أو XOF</translation>
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
        <translation>يأخذ --household-min و--household-max و--max-batch-rows و--max-file-bytes أعدادًا صحيحة</translation>
    </message>
    <message>
        <source>--payer-type and --payee-type take msisdn, bank_account, iban, email, registry_id (resolved by the mapper) or fa; --backend takes payment_hub_ee, g2p_connect or file_only</source>
        <translation>يأخذ --payer-type و--payee-type القيمة msisdn أو bank_account أو iban أو email أو registry_id (يحله المطابِق) أو fa؛ ويأخذ --backend القيمة payment_hub_ee أو g2p_connect أو file_only</translation>
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
        <translation>راجع الوصف.</translation>
    </message>
    <message>
        <source>Enrol inactive beneficiaries too.</source>
        <translation>سجّل المستفيدين غير النشطين أيضًا.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>ما العمل.</translation>
    </message>
    <message>
        <source>Cannot create the program: %1</source>
        <translation>يتعذر إنشاء البرنامج: %1</translation>
    </message>
    <message>
        <source>Program %1 created.</source>
        <translation>أُنشئ البرنامج %1.</translation>
    </message>
    <message>
        <source>Cannot enrol: %1</source>
        <translation>يتعذر التسجيل: %1</translation>
    </message>
    <message>
        <source>%1 enrolled: %2 joined, %3 left.</source>
        <translation>سُجّل %1: انضم %2، غادر %3.</translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation>لا يوجد برنامج %1.</translation>
    </message>
    <message>
        <source>Cannot set the approval tiers: %1</source>
        <translation>يتعذر ضبط مستويات الموافقة: %1</translation>
    </message>
    <message>
        <source>%1: one checker approves a cycle of any total.</source>
        <translation>%1: مدقق واحد يوافق على دورة بأي إجمالي.</translation>
    </message>
    <message>
        <source>%1: from %2 %3, %4 distinct checker(s)</source>
        <translation>%1: من %2 %3، %4 مدققًا مختلفًا</translation>
    </message>
    <message>
        <source>--sign-off takes yes or no, not %1.</source>
        <translation>يأخذ --sign-off القيمة yes أو no، لا %1.</translation>
    </message>
    <message>
        <source>--pilot-payments takes a number of payments, 0 for no pilot.</source>
        <translation>يأخذ --pilot-payments عدد دفعات مالية، 0 لعدم وجود دفعة تجريبية.</translation>
    </message>
    <message>
        <source>--pilot-max-failed takes a percentage from 0 to 100.</source>
        <translation>يأخذ --pilot-max-failed نسبة مئوية من 0 إلى 100.</translation>
    </message>
    <message>
        <source>Cannot set the release policy: %1</source>
        <translation>يتعذر ضبط سياسة الإطلاق: %1</translation>
    </message>
    <message>
        <source>%1: each batch is sent once its maker signed it off and a checker countersigned it.</source>
        <translation>%1: تُرسل كل دفعة بعد أن يعتمدها معدّها ويصادق عليها مدقق.</translation>
    </message>
    <message>
        <source>%1: batches are sent without personal sign-off.</source>
        <translation>%1: تُرسل الدفعات دون اعتماد شخصي.</translation>
    </message>
    <message>
        <source>Each cycle starts with a pilot batch of %1 payments; the rest goes only if at most %2 % of them failed.</source>
        <translation>تبدأ كل دورة بدفعة تجريبية من %1 دفعة مالية؛ ولا يمضي الباقي إلا إذا فشل %2 % منها على الأكثر.</translation>
    </message>
    <message>
        <source>No pilot batch.</source>
        <translation>لا دفعة تجريبية.</translation>
    </message>
    <message>
        <source>ok      %1: %2</source>
        <translation>ok      %1: %2</translation>
    </message>
    <message>
        <source>FAILED  %1: %2</source>
        <translation>فشل    %1: %2</translation>
    </message>
    <message>
        <source>Programs. create: --name, --currency, the rule (--fixed AMOUNT or --rule JSON such as {&quot;kind&quot;:&quot;per_household_member&quot;,&quot;base&quot;:{&quot;amount&quot;:&quot;20&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;per_member&quot;:{&quot;amount&quot;:&quot;5&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;member_cap&quot;:4}), eligibility (--regions A,B, --household-min/max, --age-min/max, --include-inactive), --payer-type and --payer, --payee-type, --backend with --tenant, --payment-mode and the hub (--hub sandbox for PayDesk&apos;s own sandbox, or --bulk-url, --ops-url and --ops-user, the operations app&apos;s OAuth user) for Payment Hub EE, or --hub sandbox or --bulk-url (the disburse receiver), --mapper-url (the ID-to-account mapper, for --payee-type registry_id; with --mapper-callback-url, the mapper is asked asynchronously and answers to that address), --sender-id, --receiver-id and --signing-key-id (requests signed with Ed25519, the key given to send --key) for G2P Connect; --max-batch-rows, --max-file-bytes, --budget. list: every program. enrol ID: apply the program&apos;s eligibility to the registry. tiers ID [TIERS]: show, or set, how many distinct checkers a cycle needs by its total, as AMOUNT:CHECKERS pairs such as &quot;0:1, 50000:2, 250000:3&quot; (&quot;none&quot;: one checker). release ID: show, or set with --sign-off yes|no (each batch signed off by its maker and countersigned by a checker before it is sent), --pilot-payments N and --pilot-max-failed PERCENT (each cycle starts with a pilot batch of N payments; the rest is released only once the pilot&apos;s results are final and no more than PERCENT of them failed). check ID: test the connection to the program&apos;s hub (each part asked something harmless; the hub options override the program&apos;s addresses); exit code 1 when a part does not answer. password ID: keep the operations-app user&apos;s password, read from standard input, in the system keychain (never in the database); --forget removes it.</source>
        <translation>البرامج. create: --name، --currency، القاعدة (--fixed AMOUNT أو --rule JSON مثل {&quot;kind&quot;:&quot;per_household_member&quot;,&quot;base&quot;:{&quot;amount&quot;:&quot;20&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;per_member&quot;:{&quot;amount&quot;:&quot;5&quot;,&quot;currency&quot;:&quot;USD&quot;},&quot;member_cap&quot;:4})، الأهلية (--regions A,B، --household-min/max، --age-min/max، --include-inactive)، --payer-type و--payer، --payee-type، --backend مع --tenant و--payment-mode والمحور (--hub sandbox لمحور PayDesk التجريبي، أو --bulk-url و--ops-url و--ops-user، مستخدم OAuth لتطبيق العمليات) لـ Payment Hub EE، أو --hub sandbox أو --bulk-url (مستقبِل الصرف)، --mapper-url (مطابِق المعرّفات والحسابات، لـ --payee-type registry_id؛ ومع --mapper-callback-url يُسأل المطابِق بشكل غير متزامن ويجيب إلى ذلك العنوان)، --sender-id و--receiver-id و--signing-key-id (طلبات موقّعة بـ Ed25519، والمفتاح يُعطى لـ send --key) لـ G2P Connect؛ --max-batch-rows، --max-file-bytes، --budget. list: كل البرامج. enrol ID: تطبيق أهلية البرنامج على السجل. tiers ID [TIERS]: عرض أو ضبط عدد المدققين المختلفين الذين تحتاجهم الدورة بحسب إجماليها، كأزواج AMOUNT:CHECKERS مثل «0:1, 50000:2, 250000:3» («none»: مدقق واحد). release ID: العرض، أو الضبط بـ --sign-off yes|no (تُعتمد كل دفعة من معدّها ويصادق عليها مدقق قبل إرسالها)، و--pilot-payments N و--pilot-max-failed PERCENT (تبدأ كل دورة بدفعة تجريبية من N دفعة مالية؛ ولا يُطلق الباقي إلا بعد أن تصبح نتائجها نهائية وألا يتجاوز الفاشل منها PERCENT). check ID: اختبار الاتصال بمحور البرنامج (يُسأل كل جزء شيئًا غير ضار؛ وتتقدم خيارات المحور على عناوين البرنامج)؛ رمز الخروج 1 عندما لا يجيب جزء. password ID: احفظ كلمة مرور مستخدم تطبيق العمليات، المقروءة من الإدخال القياسي، في سلسلة مفاتيح النظام (لا في قاعدة البيانات أبدًا)؛ ويزيلها --forget.</translation>
    </message>
    <message>
        <source>With password: remove the password from the system keychain.</source>
        <translation>مع password: أزل كلمة المرور من سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>program takes create, list, enrol ID, tiers ID [TIERS], release ID, check ID or password ID.</source>
        <translation>يأخذ program الخيار create أو list أو enrol ID أو tiers ID [TIERS] أو release ID أو check ID أو password ID.</translation>
    </message>
    <message>
        <source>Program %1 names no operations-app user: give --hub-user (and --ops-url), or create the program with --ops-user.</source>
        <translation>لا يسمي البرنامج %1 مستخدمًا لتطبيق العمليات: أعطِ --hub-user (و--ops-url)، أو أنشئ البرنامج مع --ops-user.</translation>
    </message>
    <message>
        <source>The password was not removed: %1</source>
        <translation>لم تُزل كلمة المرور: %1</translation>
    </message>
    <message>
        <source>The password of %1 at %2 is no longer in the system keychain.</source>
        <translation>لم تعد كلمة مرور %1 على %2 في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>program password reads the password from standard input: none was given.</source>
        <translation>يقرأ program password كلمة المرور من الإدخال القياسي: لم تُعطَ أي كلمة.</translation>
    </message>
    <message>
        <source>The password was not kept: %1. PayDesk writes it nowhere else: set PAYDESK_HUB_PASSWORD for each run instead.</source>
        <translation>لم تُحفظ كلمة المرور: %1. لا يكتبها PayDesk في أي مكان آخر: اضبط PAYDESK_HUB_PASSWORD في كل تشغيل بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The password of %1 at %2 is in the system keychain.</source>
        <translation>كلمة مرور %1 على %2 في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>The program&apos;s hub may be reached over plain http on another computer (a trusted network only: payment files and passwords cross it unencrypted).</source>
        <translation>يمكن الوصول إلى محور البرنامج عبر http عادي على حاسوب آخر (في شبكة موثوقة فقط: تعبرها ملفات الدفع وكلمات المرور دون تشفير).</translation>
    </message>
    <message>
        <source>Payment Hub EE: where payees are looked up before approval (a Mojaloop SDK scheme adapter&apos;s outbound API; the findings list those it does not know).</source>
        <translation>Payment Hub EE: مكان التحقق من المستفيدين قبل الموافقة (الواجهة الصادرة لمحوّل مخطط Mojaloop SDK؛ وتسرد الملاحظات من لا يعرفهم).</translation>
    </message>
</context>
<context>
    <name>ProgramPaymentSection</name>
    <message>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>اختبار الاتصال (&amp;T)</translation>
    </message>
    <message>
        <source>Ask each part of this hub something harmless and say what answers; nothing is sent.</source>
        <translation>اسأل كل جزء من هذا المحور شيئًا غير ضار وقل ما يجيب؛ لا يُرسل شيء.</translation>
    </message>
    <message>
        <source>At these addresses</source>
        <translation>على هذه العناوين</translation>
    </message>
    <message>
        <source>PayDesk&apos;s sandbox (no real money)</source>
        <translation>البيئة التجريبية لـ PayDesk (لا أموال حقيقية)</translation>
    </message>
    <message>
        <source>Allow plain &amp;http (trusted network only)</source>
        <translation>السماح بـ http العادي (شبكة موثوقة فقط) (&amp;H)</translation>
    </message>
    <message>
        <source>Without it, PayDesk reaches a hub on another computer only over https: with it, payment files and passwords cross the network unencrypted.</source>
        <translation>دون هذا، لا يصل PayDesk إلى محور على حاسوب آخر إلا عبر https: ومعه تعبر ملفات الدفع وكلمات المرور الشبكة دون تشفير.</translation>
    </message>
    <message>
        <source>empty: the operations app asks for no token</source>
        <translation>فارغ: لا يطلب تطبيق العمليات رمزًا</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in the database</source>
        <translation>تُحفظ في سلسلة مفاتيح النظام، لا في قاعدة البيانات أبدًا</translation>
    </message>
    <message>
        <source>empty: ask the mapper synchronously</source>
        <translation>فارغ: يُسأل المطابِق بشكل متزامن</translation>
    </message>
    <message>
        <source>Where the mapper posts its answers when it is asked asynchronously (http://this-computer:8700/callback/mapper)</source>
        <translation>حيث يرسل المطابِق أجوبته عند سؤاله بشكل غير متزامن (http://this-computer:8700/callback/mapper)</translation>
    </message>
    <message>
        <source>empty: requests are not signed</source>
        <translation>فارغ: الطلبات غير موقّعة</translation>
    </message>
    <message>
        <source>Payer account type:</source>
        <translation>نوع حساب الدافع:</translation>
    </message>
    <message>
        <source>Payer account:</source>
        <translation>حساب الدافع:</translation>
    </message>
    <message>
        <source>Pay beneficiaries by:</source>
        <translation>الدفع للمستفيدين عبر:</translation>
    </message>
    <message>
        <source>Payment backend:</source>
        <translation>نظام الدفع:</translation>
    </message>
    <message>
        <source>Hub tenant:</source>
        <translation>مستأجر المحور:</translation>
    </message>
    <message>
        <source>Hub payment mode:</source>
        <translation>نمط الدفع في المحور:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>المحور:</translation>
    </message>
    <message>
        <source>Bulk processor or G2P Connect receiver:</source>
        <translation>معالج الدفعات أو مستقبِل G2P Connect:</translation>
    </message>
    <message>
        <source>Hub operations app:</source>
        <translation>تطبيق عمليات المحور:</translation>
    </message>
    <message>
        <source>Operations-app user:</source>
        <translation>مستخدم تطبيق العمليات:</translation>
    </message>
    <message>
        <source>Its password:</source>
        <translation>كلمة مروره:</translation>
    </message>
    <message>
        <source>ID-to-account mapper:</source>
        <translation>مطابِق المعرّفات والحسابات:</translation>
    </message>
    <message>
        <source>Mapper answers to:</source>
        <translation>يجيب المطابِق إلى:</translation>
    </message>
    <message>
        <source>G2P Connect sender id:</source>
        <translation>معرّف مرسِل G2P Connect:</translation>
    </message>
    <message>
        <source>Signing key id (Ed25519):</source>
        <translation>معرّف مفتاح التوقيع (Ed25519):</translation>
    </message>
    <message>
        <source>Rows per batch, at most:</source>
        <translation>الأسطر لكل دفعة، على الأكثر:</translation>
    </message>
    <message>
        <source>Batch file bytes, at most:</source>
        <translation>بايتات ملف الدفعة، على الأكثر:</translation>
    </message>
    <message>
        <source>Testing the connection to the hub…</source>
        <translation>جارٍ اختبار الاتصال بالمحور…</translation>
    </message>
    <message>
        <source>empty: payees are not looked up before approval</source>
        <translation>فارغ: لا يُتحقق من المستفيدين قبل الموافقة</translation>
    </message>
    <message>
        <source>A Mojaloop SDK scheme adapter&apos;s outbound API: before approval, every payee is looked up there (GET /parties) and those it does not know are findings. With PayDesk&apos;s sandbox, any address here has the sandbox answer.</source>
        <translation>الواجهة الصادرة لمحوّل مخطط Mojaloop SDK: قبل الموافقة يُبحث عن كل مستفيد هناك (GET /parties) ومن لا تعرفه يصبح ملاحظة. مع بيئة تجربة PayDesk، أي عنوان هنا يجعل بيئة التجربة هي التي تجيب.</translation>
    </message>
    <message>
        <source>Payee lookup before approval:</source>
        <translation>التحقق من المستفيدين قبل الموافقة:</translation>
    </message>
</context>
<context>
    <name>ProgramRepository</name>
    <message>
        <source>there is no program %1</source>
        <translation>لا يوجد برنامج %1</translation>
    </message>
    <message>
        <source>there is already a program named %1</source>
        <translation>يوجد برنامج باسم %1 بالفعل</translation>
    </message>
    <message>
        <source>cannot save the program: %1</source>
        <translation>يتعذر حفظ البرنامج: %1</translation>
    </message>
    <message>
        <source>cannot save the program: no id came back</source>
        <translation>يتعذر حفظ البرنامج: لم يُرجَع أي معرّف</translation>
    </message>
    <message>
        <source>program %1 could not be read: %2</source>
        <translation>تعذّرت قراءة البرنامج %1: %2</translation>
    </message>
    <message>
        <source>the program of cycle %1 could not be read: %2</source>
        <translation>تعذّرت قراءة برنامج الدورة %1: %2</translation>
    </message>
    <message>
        <source>there is no cycle %1</source>
        <translation>لا توجد دورة %1</translation>
    </message>
</context>
<context>
    <name>ProgramRuleSql</name>
    <message>
        <source>cannot read the registry&apos;s regions: %1</source>
        <translation>تعذّرت قراءة مناطق السجل: %1</translation>
    </message>
    <message>
        <source>the registry has %1 different regions; at most %2 can be told apart</source>
        <translation>يضم السجل %1 منطقة مختلفة؛ ولا يمكن التمييز إلا بين %2 منها على الأكثر</translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <source>&amp;New program</source>
        <translation>برنامج جديد (&amp;N)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>العملة (ISO 4217) (&amp;C):</translation>
    </message>
    <message>
        <source>Entitlement per cycle</source>
        <translation>الاستحقاق لكل دورة</translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation>مبلغ ثابت</translation>
    </message>
    <message>
        <source>A base amount plus an amount per household member</source>
        <translation>مبلغ أساسي مع مبلغ لكل فرد في الأسرة</translation>
    </message>
    <message>
        <source>An amount per region</source>
        <translation>مبلغ لكل منطقة</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>المبلغ:</translation>
    </message>
    <message>
        <source>Base amount:</source>
        <translation>المبلغ الأساسي:</translation>
    </message>
    <message>
        <source>Per household member:</source>
        <translation>لكل فرد في الأسرة:</translation>
    </message>
    <message>
        <source>Members counted at most:</source>
        <translation>الحد الأقصى للأفراد المحتسبين:</translation>
    </message>
    <message>
        <source>One region per line: Northern = 30</source>
        <translation>منطقة واحدة في كل سطر: Northern = 30</translation>
    </message>
    <message>
        <source>empty: nothing for other regions</source>
        <translation>فارغ: لا شيء للمناطق الأخرى</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation>المبالغ:</translation>
    </message>
    <message>
        <source>Other regions:</source>
        <translation>المناطق الأخرى:</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>الأهلية</translation>
    </message>
    <message>
        <source>empty: every region; else Northern, Coastal</source>
        <translation>فارغ: كل المناطق؛ وإلا Northern, Coastal</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>المناطق:</translation>
    </message>
    <message>
        <source>Household size from:</source>
        <translation>حجم الأسرة من:</translation>
    </message>
    <message>
        <source>Household size to:</source>
        <translation>حجم الأسرة إلى:</translation>
    </message>
    <message>
        <source>Age from:</source>
        <translation>العمر من:</translation>
    </message>
    <message>
        <source>Age to:</source>
        <translation>العمر إلى:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>الميزانية:</translation>
    </message>
    <message>
        <source>Approval and release</source>
        <translation>الموافقة والإطلاق</translation>
    </message>
    <message>
        <source>e.g. 0:1, 50000:2, 250000:3 (empty: one checker)</source>
        <translation>مثلًا 0:1, 50000:2, 250000:3 (فارغ: مدقق واحد)</translation>
    </message>
    <message>
        <source>From each total upwards (in the program&apos;s currency), how many distinct checkers approve a cycle.</source>
        <translation>من كل إجمالي فصاعدًا (بعملة البرنامج)، كم مدققًا مختلفًا يوافق على الدورة.</translation>
    </message>
    <message>
        <source>Each batch is signed off by its maker and countersigned by a checker before it is sent</source>
        <translation>تُعتمد كل دفعة من معدّها ويصادق عليها مدقق قبل إرسالها</translation>
    </message>
    <message>
        <source>no pilot</source>
        <translation>بلا دفعة تجريبية</translation>
    </message>
    <message>
        <source>Approval tiers:</source>
        <translation>مستويات الموافقة:</translation>
    </message>
    <message>
        <source>Pilot payments per cycle:</source>
        <translation>المدفوعات التجريبية لكل دورة:</translation>
    </message>
    <message>
        <source>Pilot failures allowed, at most:</source>
        <translation>حالات الفشل المسموحة في التجربة، على الأكثر:</translation>
    </message>
    <message>
        <source>&amp;Save program</source>
        <translation>حفظ البرنامج (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Enrol from the registry</source>
        <translation>تسجيل من السجل (&amp;E)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>entitlement rule: %1: %2</source>
        <translation>قاعدة الاستحقاق: %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a currency code</source>
        <translation>%1 ليس رمز عملة</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>base amount</source>
        <translation>المبلغ الأساسي</translation>
    </message>
    <message>
        <source>amount per member</source>
        <translation>المبلغ لكل فرد</translation>
    </message>
    <message>
        <source>entitlement rule: &quot;%1&quot; is not &quot;Region = amount&quot;</source>
        <translation>قاعدة الاستحقاق: «%1» ليس «المنطقة = المبلغ»</translation>
    </message>
    <message>
        <source>other regions</source>
        <translation>المناطق الأخرى</translation>
    </message>
    <message>
        <source>payer account: %1</source>
        <translation>حساب الدافع: %1</translation>
    </message>
    <message>
        <source>budget: %1</source>
        <translation>الميزانية: %1</translation>
    </message>
    <message>
        <source>Choose who is acting (top right) first.</source>
        <translation>اختر أولًا من يتصرف (أعلى اليمين).</translation>
    </message>
    <message>
        <source>The program was not saved: the approval tiers are wrong.</source>
        <translation>لم يُحفظ البرنامج: مستويات الموافقة خاطئة.</translation>
    </message>
    <message>
        <source>The program was not saved: %1</source>
        <translation>لم يُحفظ البرنامج: %1</translation>
    </message>
    <message>
        <source>The program was saved; its approval tiers or release policy were not.</source>
        <translation>حُفظ البرنامج؛ ولم تُحفظ مستويات موافقته أو سياسة إطلاقه.</translation>
    </message>
    <message>
        <source>Program saved.</source>
        <translation>حُفظ البرنامج.</translation>
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
        <source>Choose a saved program and who is acting first.</source>
        <translation>اختر أولًا برنامجًا محفوظًا ومن يتصرف.</translation>
    </message>
    <message>
        <source>Enrolling… the registry is being read.</source>
        <translation>جارٍ التسجيل… تُقرأ بيانات السجل.</translation>
    </message>
    <message>
        <source>%1 enrolled: %2 joined, %3 left.</source>
        <translation>سُجّل %1: انضم %2، غادر %3.</translation>
    </message>
    <message>
        <source>Enrolment failed: %1</source>
        <translation>فشل التسجيل: %1</translation>
    </message>
    <message>
        <source>Not tested: the operations app&apos;s password was not given.</source>
        <translation>لم يُختبر: لم تُعطَ كلمة مرور تطبيق العمليات.</translation>
    </message>
    <message>
        <source>No program yet: fill in the form and press Save program.</source>
        <translation>لا برامج بعد: املأ النموذج واضغط «حفظ البرنامج».</translation>
    </message>
    <message>
        <source>That password is forgotten: the next test asks for it again.</source>
        <translation>نُسيت كلمة المرور هذه: يطلبها الاختبار التالي مجددًا.</translation>
    </message>
    <message>
        <source>the new program</source>
        <translation>البرنامج الجديد</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Save them first?</source>
        <translation>التغييرات على %1 غير محفوظة. هل تحفظها أولًا؟</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <source>not a PEM public key or certificate</source>
        <translation>ليس مفتاحًا عامًا أو شهادة بصيغة PEM</translation>
    </message>
    <message>
        <source>an officer&apos;s key is Ed25519 or RSA; this one is neither</source>
        <translation>مفتاح الموظف Ed25519 أو RSA؛ وهذا ليس أيًّا منهما</translation>
    </message>
    <message>
        <source>an RSA key for signing off needs at least 2048 bits</source>
        <translation>يحتاج مفتاح RSA للاعتماد إلى 2048 بت على الأقل</translation>
    </message>
    <message>
        <source>the signature is not Base64</source>
        <translation>التوقيع ليس Base64</translation>
    </message>
    <message>
        <source>the signature does not match the signed bytes with this key</source>
        <translation>التوقيع لا يطابق البايتات الموقّعة بهذا المفتاح</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Reconciles a cycle&apos;s sent batches with the program&apos;s Payment Hub EE: payments become paid or failed (with the hub&apos;s reason); a batch completes when every payment is final, the cycle is distributed when every batch is. Offline: --batch ID --results FILE applies the hub&apos;s batch detail export or result CSV instead.</source>
        <translation>يطابق الدفعات المُرسلة لدورة مع Payment Hub EE الخاص بالبرنامج: تصبح المدفوعات مدفوعة أو فاشلة (مع سبب المحور)؛ تكتمل الدفعة حين تصبح كل مدفوعاتها نهائية، وتُوزَّع الدورة حين تكتمل كل دفعاتها. دون اتصال: --batch ID --results FILE يطبق تصدير تفاصيل دفعة المحور أو ملف CSV لنتائجه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Poll again every S seconds until the cycle is distributed.</source>
        <translation>اسأل مجددًا كل S ثانية حتى تُوزَّع الدورة.</translation>
    </message>
    <message>
        <source>With --results: the batch the file is about.</source>
        <translation>مع --results: الدفعة التي يخصها الملف.</translation>
    </message>
    <message>
        <source>The hub&apos;s batch detail (JSON) or result CSV.</source>
        <translation>تفاصيل دفعة المحور (JSON) أو ملف CSV للنتائج.</translation>
    </message>
    <message>
        <source>reconcile takes a cycle id, and --batch with --results together.</source>
        <translation>يأخذ reconcile معرّف دورة، و--batch مع --results معًا.</translation>
    </message>
    <message>
        <source>--watch takes a number of seconds, 1 or more.</source>
        <translation>يأخذ --watch عددًا من الثواني، 1 أو أكثر.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Cycle %1 has no batch %2.</source>
        <translation>ليس للدورة %1 دفعة %2.</translation>
    </message>
    <message>
        <source>Program %1 names no hub to ask: give --bulk-url (and --ops-url for Payment Hub EE).</source>
        <translation>لا يسمي البرنامج %1 محورًا ليُسأل: أعطِ --bulk-url (و--ops-url لـ Payment Hub EE).</translation>
    </message>
    <message>
        <source>Cycle %1 is distributed: every payment is final.</source>
        <translation>الدورة %1 موزَّعة: كل دفعة مالية نهائية.</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>لم يُرسل بعد</translation>
    </message>
    <message>
        <source>Reconcile every 30 s</source>
        <translation>المطابقة كل 30 ثانية</translation>
    </message>
    <message>
        <source>&amp;Reconcile now</source>
        <translation>المطابقة الآن (&amp;R)</translation>
    </message>
    <message>
        <source>Apply a result &amp;file…</source>
        <translation>تطبيق ملف نتائج (&amp;F)…</translation>
    </message>
    <message>
        <source>Offline: the hub&apos;s batch detail export or result CSV, for one sent batch</source>
        <translation>دون اتصال: تصدير تفاصيل دفعة المحور أو ملف CSV للنتائج، لدفعة واحدة مُرسلة</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>حفظ التقرير (&amp;R)…</translation>
    </message>
    <message>
        <source>Match a bank &amp;statement…</source>
        <translation>مطابقة كشف حساب مصرفي (&amp;S)…</translation>
    </message>
    <message>
        <source>The payer account&apos;s statement (MT940 or CSV): what the hub paid against what the bank debited</source>
        <translation>كشف حساب الدافع (MT940 أو CSV): ما دفعه المحور مقابل ما خصمه المصرف</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>States</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Paid vs entitled</source>
        <translation>المدفوع مقابل المستحق</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>عبر الزمن</translation>
    </message>
    <message>
        <source>Failure reasons</source>
        <translation>أسباب الفشل</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>بالانتظار</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <source>In the dark</source>
        <translation>في الظلام</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>الدورة:</translation>
    </message>
    <message>
        <source>The payer account&apos;s bank statement</source>
        <translation>كشف الحساب المصرفي لحساب الدافع</translation>
    </message>
    <message>
        <source>Bank statements (*.sta *.mt940 *.txt *.csv);;All files (*)</source>
        <translation>كشوف الحسابات المصرفية (*.sta *.mt940 *.txt *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (غير مؤكدة)</translation>
    </message>
    <message>
        <source>The hub&apos;s batch %1</source>
        <translation>دفعة المحور %1</translation>
    </message>
    <message>
        <source>In the dark (%1)</source>
        <translation>في الظلام (%1)</translation>
    </message>
    <message>
        <source>entitled (approved)</source>
        <translation>المستحق (المعتمد)</translation>
    </message>
    <message>
        <source>Save the cycle&apos;s report</source>
        <translation>حفظ تقرير الدورة</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;Every payment, CSV (*.csv)</source>
        <translation>تقرير PDF (*.pdf);;كل المدفوعات، CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a cycle and who is acting first.</source>
        <translation>اختر أولًا دورة ومن يتصرف.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>حُفظ التقرير في %1.</translation>
    </message>
    <message>
        <source>Cannot save the report: %1</source>
        <translation>يتعذر حفظ التقرير: %1</translation>
    </message>
    <message>
        <source>Batch %1 (hub %2)</source>
        <translation>الدفعة %1 (المحور %2)</translation>
    </message>
    <message>
        <source>No sent batch of this cycle waits for results.</source>
        <translation>لا دفعة مُرسلة من هذه الدورة تنتظر نتائج.</translation>
    </message>
    <message>
        <source>Apply a result file</source>
        <translation>تطبيق ملف نتائج</translation>
    </message>
    <message>
        <source>The results are for:</source>
        <translation>النتائج تخص:</translation>
    </message>
    <message>
        <source>The hub&apos;s batch detail export or result CSV</source>
        <translation>تصدير تفاصيل دفعة المحور أو ملف CSV للنتائج</translation>
    </message>
    <message>
        <source>Hub results (*.json *.csv);;All files (*)</source>
        <translation>نتائج المحور (*.json *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a sent batch of the cycle shown, and who is acting, first.</source>
        <translation>اختر أولًا دفعة مُرسلة من الدورة المعروضة، ومن يتصرف.</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>جارٍ تطبيق %1…</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Matching %1 against the cycle…</source>
        <translation>جارٍ مطابقة %1 مع الدورة…</translation>
    </message>
    <message>
        <source>The statement was not matched: %1</source>
        <translation>لم تتم مطابقة كشف الحساب: %1</translation>
    </message>
    <message>
        <source>The statement agrees with the hub: every paid payment is debited once, nothing else was debited.</source>
        <translation>كشف الحساب يتفق مع المحور: كل دفعة مدفوعة خُصمت مرة واحدة، ولم يُخصم شيء آخر.</translation>
    </message>
    <message>
        <source>The statement and the hub disagree: see the findings.</source>
        <translation>كشف الحساب والمحور مختلفان: راجع الملاحظات.</translation>
    </message>
    <message>
        <source>This program names no hub to ask.</source>
        <translation>لا يسمي هذا البرنامج محورًا ليُسأل.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>جارٍ سؤال المحور…</translation>
    </message>
    <message>
        <source>No sent batch is waiting for the hub.</source>
        <translation>لا دفعة مُرسلة تنتظر المحور.</translation>
    </message>
    <message>
        <source>%1 batches asked: %2 now complete, %3 could not be read. %4</source>
        <translation>سُئل عن %1 دفعة: %2 اكتملت الآن، %3 تعذرت قراءتها. %4</translation>
    </message>
    <message>
        <source>Nothing was asked: the operations app&apos;s password was not given.</source>
        <translation>لم يُسأل شيء: لم تُعطَ كلمة مرور تطبيق العمليات.</translation>
    </message>
    <message>
        <source>Totals by state and currency</source>
        <translation>الإجماليات حسب الحالة والعملة</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
</context>
<context>
    <name>RegionTotalsChart</name>
    <message>
        <source>Entitled per region (%1)</source>
        <translation>المستحق لكل منطقة (%1)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(بلا منطقة)</translation>
    </message>
    <message>
        <source>Entitled per region</source>
        <translation>المستحق لكل منطقة</translation>
    </message>
</context>
<context>
    <name>RegistryColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is not a mapping of the form &quot;Header=field&quot; with a known field</source>
        <translation>«%1» ليس ربطًا بالصيغة «Header=field» مع حقل معروف</translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; both hold the field %3; map one of them to another field</source>
        <translation>العمودان «%1» و«%2» يحملان كلاهما الحقل %3؛ اربط أحدهما بحقل آخر</translation>
    </message>
    <message>
        <source>the file has no registry_id column; map the column that holds the registry id</source>
        <translation>لا عمود registry_id في الملف؛ اربط العمود الذي يحمل معرّف السجل</translation>
    </message>
    <message>
        <source>the file has neither a given_name nor a family_name column</source>
        <translation>ليس في الملف عمود given_name ولا family_name</translation>
    </message>
</context>
<context>
    <name>RegistryFilePreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>يتعذر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1, header row: %2</source>
        <translation>%1، سطر الترويسة: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: a registry file starts with a header row</source>
        <translation>%1 فارغ: يبدأ ملف السجل بسطر ترويسة</translation>
    </message>
    <message>
        <source>%1, header row, column %2: %3</source>
        <translation>%1، صف العناوين، العمود %2: %3</translation>
    </message>
    <message>
        <source>%1, header row, column %2: invalid encoding (byte %3 is not UTF-8); save the file as UTF-8</source>
        <translation>%1، صف العناوين، العمود %2: ترميز غير صالح (البايت %3 ليس UTF-8)؛ احفظ الملف بترميز UTF-8</translation>
    </message>
</context>
<context>
    <name>RegistryImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>إلغاء الاستيراد (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>حفظ الأسطر المرفوضة (&amp;S)…</translation>
    </message>
    <message>
        <source>Import registry</source>
        <translation>استيراد السجل</translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation>ملف السجل</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>تصفح (&amp;B)…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Registry field</source>
        <translation>حقل السجل</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Registry file:</source>
        <translation>ملف السجل:</translation>
    </message>
    <message>
        <source>Columns (check that each column feeds the right field):</source>
        <translation>الأعمدة (تحقق من أن كل عمود يغذي الحقل الصحيح):</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Choose a registry file</source>
        <translation>اختر ملف سجل</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(تجاهل هذا العمود)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) found. Press Import to read and check every row.</source>
        <translation>
            <numerusform>لم يوجد أي عمود. اضغط استيراد لقراءة كل سطر والتحقق منه.</numerusform>
            <numerusform>وُجد عمود واحد. اضغط استيراد لقراءة كل سطر والتحقق منه.</numerusform>
            <numerusform>وُجد عمودان. اضغط استيراد لقراءة كل سطر والتحقق منه.</numerusform>
            <numerusform>وُجدت %n أعمدة. اضغط استيراد لقراءة كل سطر والتحقق منه.</numerusform>
            <numerusform>وُجد %n عمودًا. اضغط استيراد لقراءة كل سطر والتحقق منه.</numerusform>
            <numerusform>وُجد %n عمود. اضغط استيراد لقراءة كل سطر والتحقق منه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Importing… %1 rows read</source>
        <translation>جارٍ الاستيراد… قُرئ %1 سطرًا</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>لم يُستورد شيء. %1</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>أعمدة متجاهلة: %1.</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>حفظ الأسطر المرفوضة</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تتعذر كتابة %1.</translation>
    </message>
    <message>
        <source>Its own name</source>
        <translation>اسمه نفسه</translation>
    </message>
    <message>
        <source>Guessed from another system&apos;s name: check it</source>
        <translation>مُستنتج من اسم نظام آخر: تحقّق منه</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>اخترتَه أنت</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لا يُستورد</translation>
    </message>
    <message>
        <source>I have checked the &amp;guessed columns</source>
        <translation>تحقّقتُ من الأعمدة المُستنتجة (&amp;G)</translation>
    </message>
    <message>
        <source>Refuse the whole file if a row is not &amp;UTF-8 (otherwise only that row is rejected)</source>
        <translation>رفض الملف كله إن لم يكن صف بترميز UTF-8 (وإلا يُرفض ذلك الصف وحده) (&amp;U)</translation>
    </message>
    <message>
        <source>How it was matched</source>
        <translation>كيف تمت المطابقة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Check the guessed columns, then tick the box above.</source>
        <translation>تحقّق من الأعمدة المُستنتجة ثم علّم المربع أعلاه.</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>قُرئ %1 صفًا: %2 جديدة، %3 محدَّثة، %4 دون تغيير، %5 مرفوضة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported row(s) had a value changed by a documented rule (listed below).</source>
        <translation>
            <numerusform>لم يتغيّر أي صف مستورد (%Ln).</numerusform>
            <numerusform>صف مستورد واحد (%Ln) غيّرت قاعدة موثّقة قيمته (أدناه).</numerusform>
            <numerusform>صفان مستوردان (%Ln) غيّرت قاعدة موثّقة قيمتيهما (أدناه).</numerusform>
            <numerusform>%Ln صفوف مستوردة غيّرت قاعدة موثّقة قيمها (أدناه).</numerusform>
            <numerusform>%Ln صفًا مستوردًا غيّرت قاعدة موثّقة قيمه (أدناه).</numerusform>
            <numerusform>%Ln صف مستورد غيّرت قاعدة موثّقة قيمه (أدناه).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 payee accounts of this file are held by more than one registry id (likely duplicates), e.g. %2.</source>
        <translation>%1 من حسابات المستفيدين في هذا الملف يملكها أكثر من معرّف سجل (تكرارات محتملة)، مثل %2.</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (العمود %2)</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>الصف كله</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Imported, changed</source>
        <translation>مستورد، مع تغيير</translation>
    </message>
</context>
<context>
    <name>RegistryImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>يتعذر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1, header row: %2</source>
        <translation>%1، سطر الترويسة: %2</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>يتعذر بدء معاملة قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>يتعذر تسجيل الاستيراد: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation>يتعذر تحضير الاستيراد: %1</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>تتعذر كتابة الأسطر المرفوضة في %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; the registry is unchanged.</source>
        <translation>أُلغي الاستيراد؛ السجل لم يتغير.</translation>
    </message>
    <message>
        <source>registry id %1 appears more than once in this file; only its first row was imported</source>
        <translation>يظهر معرّف السجل %1 أكثر من مرة في هذا الملف؛ استُورد سطره الأول فقط</translation>
    </message>
    <message>
        <source>%1, line %2: the database refused the row: %3</source>
        <translation>%1، السطر %2: رفضت قاعدة البيانات السطر: %3</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Cannot commit the import: %1</source>
        <translation>يتعذر تثبيت الاستيراد: %1</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5. Nothing was imported.</source>
        <translation>%1، السطر %2، العمود %3 (%4): %5. لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Only &amp;shared payee accounts</source>
        <translation>حسابات المستفيدين المشتركة فقط (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import registry…</source>
        <translation>استيراد السجل (&amp;I)…</translation>
    </message>
    <message>
        <source>Filter by</source>
        <translation>التصفية حسب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>نص التصفية</translation>
    </message>
    <message>
        <source>Filter: part of a name (3+ letters), or the start of an ID, region or phone</source>
        <translation>التصفية: جزء من اسم (3 أحرف فأكثر)، أو بداية معرّف أو منطقة أو هاتف</translation>
    </message>
    <message>
        <source>Beneficiaries whose payee account another registry id also holds: likely duplicates</source>
        <translation>مستفيدون يملك معرّفُ سجلٍّ آخر حسابَ الدفع نفسه: تكرار محتمل</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث (&amp;R)</translation>
    </message>
    <message>
        <source>Read the registry again (other officers may have changed a shared database)</source>
        <translation>اقرأ السجل مجددًا (ربما غيّر موظفون آخرون قاعدة بيانات مشتركة)</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation>حساب المستفيد</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>الرقم الوطني</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>The registry is empty. Import a registry CSV file to begin.</source>
        <translation>السجل فارغ. استورد ملف CSV للسجل للبدء.</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>جارٍ قراءة السجل…</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>%1 beneficiaries</source>
        <translation>%1 مستفيد</translation>
    </message>
    <message>
        <source>%1 of %2 beneficiaries match the filter</source>
        <translation>%1 من %2 مستفيد يطابقون التصفية</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n member(s)</source>
        <translation>
            <numerusform>%1، بلا أفراد</numerusform>
            <numerusform>%1، فرد واحد</numerusform>
            <numerusform>%1، فردان</numerusform>
            <numerusform>%1، %n أفراد</numerusform>
            <numerusform>%1، %n فردًا</numerusform>
            <numerusform>%1، %n فرد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>لا شيء مسجل</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Likely duplicate: this account is also registered for %1</source>
        <translation>تكرار محتمل: هذا الحساب مسجل أيضًا لـ %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
</context>
<context>
    <name>ReissueCommand</name>
    <message>
        <source>Pays failed payments again under four eyes. &quot;request CYCLE_ID&quot;: a maker asks for the cycle&apos;s failed payments (or those named by --payment) to be paid again; &quot;approve REQUEST_ID&quot; or &quot;reject REQUEST_ID --why TEXT&quot;: a checker other than the maker decides; approval reopens a distributed cycle, and the next &quot;batches prepare&quot; gives each payment a new request id. &quot;list CYCLE_ID&quot;: the cycle&apos;s requests.</source>
        <translation>يعيد دفع المدفوعات الفاشلة تحت رقابة شخصين. «request CYCLE_ID»: يطلب معدّ إعادة دفع المدفوعات الفاشلة للدورة (أو التي يسميها --payment)؛ «approve REQUEST_ID» أو «reject REQUEST_ID --why TEXT»: يقرر مدقق غير المعدّ؛ تعيد الموافقة فتح دورة موزعة، ويعطي «batches prepare» التالي كل دفعة مالية معرّف طلب جديدًا. «list CYCLE_ID»: طلبات الدورة.</translation>
    </message>
    <message>
        <source>With request: a failed payment to pay again (repeatable).</source>
        <translation>مع request: دفعة فاشلة لإعادة دفعها (قابل للتكرار).</translation>
    </message>
    <message>
        <source>With reject: the reason, kept in the audit log.</source>
        <translation>مع reject: السبب، يُحفظ في سجل التدقيق.</translation>
    </message>
    <message>
        <source>request, approve, reject or list.</source>
        <translation>request أو approve أو reject أو list.</translation>
    </message>
    <message>
        <source>The cycle (request, list) or the request (approve, reject).</source>
        <translation>الدورة (request، list) أو الطلب (approve، reject).</translation>
    </message>
    <message>
        <source>reissue takes request, approve, reject or list, and an id.</source>
        <translation>يأخذ reissue الخيار request أو approve أو reject أو list، ومعرّفًا.</translation>
    </message>
    <message>
        <source>reject needs --why: the reason is kept in the audit log.</source>
        <translation>يحتاج reject إلى --why: يُحفظ السبب في سجل التدقيق.</translation>
    </message>
    <message>
        <source>--payment takes a payment id, not &quot;%1&quot;.</source>
        <translation>يأخذ --payment معرّف دفعة مالية، لا «%1».</translation>
    </message>
    <message>
        <source>%1	%2	%3 payments	%4 %5	asked by %6 %7	%8 %9</source>
        <translation>%1	%2	%3 دفعة مالية	%4 %5	طلبها %6 %7	%8 %9</translation>
    </message>
    <message>
        <source>Re-issue request %1: %2 failed payments to pay again; a checker other than %3 decides.</source>
        <translation>طلب إعادة الإصدار %1: %2 دفعة فاشلة لإعادة الدفع؛ يقرر مدقق غير %3.</translation>
    </message>
    <message>
        <source>Re-issue request %1 approved: &quot;batches prepare&quot; now pays them again.</source>
        <translation>اعتُمد طلب إعادة الإصدار %1: «batches prepare» يعيد دفعها الآن.</translation>
    </message>
    <message>
        <source>Re-issue request %1 rejected.</source>
        <translation>رُفض طلب إعادة الإصدار %1.</translation>
    </message>
</context>
<context>
    <name>ReissuePanel</name>
    <message>
        <source>Pay &amp;failed payments again…</source>
        <translation>إعادة دفع المدفوعات الفاشلة (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Approve re-issue</source>
        <translation>الموافقة على إعادة الإصدار (&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject re-issue…</source>
        <translation>رفض إعادة الإصدار (&amp;J)…</translation>
    </message>
    <message>
        <source>%1 asked on %2 to pay %3 failed payments again (%4 %5); a checker other than %1 decides.</source>
        <translation>طلب %1 في %2 إعادة دفع %3 دفعة فاشلة (%4 %5)؛ يقرر مدقق غير %1.</translation>
    </message>
    <message>
        <source>%1 failed payments are not paid again yet: a maker may ask for it.</source>
        <translation>%1 دفعة فاشلة لم يُعد دفعها بعد: يمكن للمعدّ طلب ذلك.</translation>
    </message>
    <message>
        <source>Last re-issue request: %1 payments, %2 by %3.</source>
        <translation>آخر طلب إعادة إصدار: %1 دفعة مالية، %2 من %3.</translation>
    </message>
    <message>
        <source>No failed payment waits to be paid again.</source>
        <translation>لا دفعة فاشلة تنتظر إعادة الدفع.</translation>
    </message>
    <message>
        <source>Choose who is acting first.</source>
        <translation>اختر أولًا من يتصرف.</translation>
    </message>
    <message>
        <source>Re-issue request %1 is waiting for a checker.</source>
        <translation>طلب إعادة الإصدار %1 ينتظر مدققًا.</translation>
    </message>
    <message>
        <source>Cannot ask for a re-issue: %1</source>
        <translation>يتعذر طلب إعادة الإصدار: %1</translation>
    </message>
    <message>
        <source>No re-issue request of this cycle waits for a decision.</source>
        <translation>لا طلب إعادة إصدار في هذه الدورة ينتظر قرارًا.</translation>
    </message>
    <message>
        <source>Cannot decide re-issue request %1: %2</source>
        <translation>يتعذر البت في طلب إعادة الإصدار %1: %2</translation>
    </message>
    <message>
        <source>Re-issue request %1 approved: prepare the cycle&apos;s payments on the Batches page, then send the new batch.</source>
        <translation>اعتُمد طلب إعادة الإصدار %1: حضّر مدفوعات الدورة في صفحة الدفعات ثم أرسل الدفعة الجديدة.</translation>
    </message>
    <message>
        <source>Re-issue request %1 rejected.</source>
        <translation>رُفض طلب إعادة الإصدار %1.</translation>
    </message>
    <message>
        <source>Pay failed payments again</source>
        <translation>إعادة دفع المدفوعات الفاشلة</translation>
    </message>
    <message>
        <source>Ask for the %1 failed payments of this cycle to be paid again? Each gets a new payment with a new request id once a checker approves.</source>
        <translation>طلب إعادة دفع المدفوعات الفاشلة البالغة %1 في هذه الدورة؟ تحصل كل منها على دفعة جديدة بمعرّف طلب جديد بعد موافقة المدقق.</translation>
    </message>
    <message>
        <source>Approve the re-issue</source>
        <translation>الموافقة على إعادة الإصدار</translation>
    </message>
    <message>
        <source>Approve paying them again?</source>
        <translation>الموافقة على إعادة دفعها؟</translation>
    </message>
    <message>
        <source>Reject the re-issue</source>
        <translation>رفض إعادة الإصدار</translation>
    </message>
    <message>
        <source>Why (recorded in the audit log):</source>
        <translation>السبب (يُسجل في سجل التدقيق):</translation>
    </message>
</context>
<context>
    <name>ReleaseGate</name>
    <message>
        <source>batch %1&apos;s file is no longer the one frozen at preparation (SHA-256 %2, frozen %3): it is not sent</source>
        <translation>ملف الدفعة %1 لم يعد الملف المجمَّد عند التحضير (SHA-256 %2، المجمَّد %3): لا يُرسل</translation>
    </message>
    <message>
        <source>%1 prepared batch %2 and cannot also send it</source>
        <translation>حضّر %1 الدفعة %2 ولا يمكنه أيضًا إرسالها</translation>
    </message>
    <message>
        <source>%1 made cycle %2 and cannot also send its batches</source>
        <translation>أنشأ %1 الدورة %2 ولا يمكنه أيضًا إرسال دفعاتها</translation>
    </message>
    <message>
        <source>cannot read the program of cycle %1: %2</source>
        <translation>تتعذر قراءة برنامج الدورة %1: %2</translation>
    </message>
    <message>
        <source>%1 changed the payer account of %2 and cannot release its next send: another checker must</source>
        <translation>غيّر %1 حساب الدافع لـ %2 ولا يمكنه إطلاق إرساله التالي: على مدقق آخر أن يفعل</translation>
    </message>
    <message>
        <source>batch %1 is held: %2</source>
        <translation>الدفعة %1 محجوزة: %2</translation>
    </message>
    <message>
        <source>batch %1 is sent while its cycle is approved; cycle %2 is %3</source>
        <translation>تُرسل الدفعة %1 ما دامت دورتها معتمدة؛ والدورة %2 في حالة %3</translation>
    </message>
    <message>
        <source>batch %1 is sent once its maker signed it off and a checker countersigned it (Sign off… on the Batches page): %2</source>
        <translation>تُرسل الدفعة %1 بعد أن يعتمدها مُعدّها ويوقّعها مدقق توقيعًا مقابلًا (اعتماد… في صفحة الدفعات): %2</translation>
    </message>
</context>
<context>
    <name>ReleasePolicyRepository</name>
    <message>
        <source>cannot read the release policy: %1</source>
        <translation>تتعذر قراءة سياسة الإطلاق: %1</translation>
    </message>
    <message>
        <source>a pilot has zero or more payments, and allows 0 to 100 % of them to fail</source>
        <translation>للدفعة التجريبية صفر دفعات مالية أو أكثر، وتسمح بفشل 0 إلى 100 % منها</translation>
    </message>
    <message>
        <source>cannot save the release policy: %1</source>
        <translation>يتعذر حفظ سياسة الإطلاق: %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>A cycle&apos;s disbursement report: --pdf writes the totals, charts, failed payments, batches and the cycle&apos;s audit trail; --csv writes every payment of the cycle, one row each.</source>
        <translation>تقرير صرف دورة: يكتب --pdf الإجماليات والرسوم البيانية والمدفوعات الفاشلة والدفعات ومسار تدقيق الدورة؛ ويكتب --csv كل دفعة مالية في الدورة، سطرًا لكل منها.</translation>
    </message>
    <message>
        <source>Write the report as PDF to FILE.</source>
        <translation>اكتب التقرير بصيغة PDF في FILE.</translation>
    </message>
    <message>
        <source>Write every payment as CSV to FILE.</source>
        <translation>اكتب كل دفعة مالية بصيغة CSV في FILE.</translation>
    </message>
    <message>
        <source>What to report on: cycle.</source>
        <translation>موضوع التقرير: cycle.</translation>
    </message>
    <message>
        <source>The cycle.</source>
        <translation>الدورة.</translation>
    </message>
    <message>
        <source>report takes &quot;cycle ID&quot; and --pdf FILE, --csv FILE or both.</source>
        <translation>يأخذ report «cycle ID» و--pdf FILE أو --csv FILE أو كليهما.</translation>
    </message>
    <message>
        <source>Report of cycle %1 written to %2.</source>
        <translation>كُتب تقرير الدورة %1 في %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <source>Payments of cycle %1 written to %2.</source>
        <translation>كُتبت مدفوعات الدورة %1 في %2.</translation>
    </message>
</context>
<context>
    <name>ResultComparison</name>
    <message>
        <source>paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>the result file: %1</source>
        <translation>ملف النتائج: %1</translation>
    </message>
    <message>
        <source>the result file is neither the hub&apos;s batch detail (JSON) nor its result CSV</source>
        <translation>ملف النتائج ليس تفاصيل دفعة المحور (JSON) ولا ملف CSV لنتائجه</translation>
    </message>
    <message>
        <source>the batch file: %1</source>
        <translation>ملف الدفعة: %1</translation>
    </message>
    <message>
        <source>the results report it both %1 and %2</source>
        <translation>تذكره النتائج %1 و%2 معًا</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source>the results name payee %1, the frozen file %2</source>
        <translation>تذكر النتائج المستفيد %1، والملف المجمّد %2</translation>
    </message>
    <message>
        <source>the results name amount %1, the frozen file %2</source>
        <translation>تذكر النتائج المبلغ %1، والملف المجمّد %2</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>Checked: %1.</source>
        <translation>فُحص: %1.</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>The evidence pack holds.</source>
        <translation>حزمة الأدلة سليمة.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>لم توجد مشكلات.</numerusform>
            <numerusform>وُجدت مشكلة واحدة.</numerusform>
            <numerusform>وُجدت مشكلتان.</numerusform>
            <numerusform>وُجدت %n مشكلات.</numerusform>
            <numerusform>وُجدت %n مشكلة.</numerusform>
            <numerusform>وُجدت %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews a Payment Hub EE batch file with no database and no network: rows, totals per currency, and everything the hub would refuse or mangle. A bundle&apos;s manifest and signature (FILE&apos;s .manifest.json and .signature) and the officers&apos; sign-off (.signoff.json) are checked when present; --cert checks the signature. Given a folder, checks an evidence pack (paydesk-cli evidence) instead. Officers&apos; signatures are checked against the administrator&apos;s certificate given with --trust, and count for nothing without it. Exit code 4 when anything is wrong.</source>
        <translation>يراجع ملف دفعة لـ Payment Hub EE دون قاعدة بيانات ولا شبكة: الصفوف، والإجماليات لكل عملة، وكل ما قد يرفضه المركز أو يشوّهه. يُتحقق من بيان الحزمة وتوقيعها (.manifest.json و.signature للملف) ومن اعتماد الموظفين (.signoff.json) عند وجودها؛ ويتحقق --cert من التوقيع. وإذا أُعطي مجلدًا، فإنه يتحقق بدلًا من ذلك من حزمة أدلة (paydesk-cli evidence). يُتحقق من توقيعات الموظفين بشهادة المسؤول المعطاة بـ --trust، ولا قيمة لها بدونها. رمز الخروج 4 إذا كان هناك أي خطأ.</translation>
    </message>
    <message>
        <source>The tenant&apos;s certificate (PEM or base64 DER).</source>
        <translation>شهادة المستأجر (PEM أو DER بترميز base64).</translation>
    </message>
    <message>
        <source>The administrator&apos;s certificate (the trust anchor) to check officers&apos; signatures against.</source>
        <translation>شهادة المسؤول (ارتكاز الثقة) التي يُتحقق بها من توقيعات الموظفين.</translation>
    </message>
    <message>
        <source>X-CorrelationID (default: the manifest&apos;s).</source>
        <translation>X-CorrelationID (افتراضيًا: ما في البيان).</translation>
    </message>
    <message>
        <source>Platform-TenantId (default: the manifest&apos;s).</source>
        <translation>Platform-TenantId (افتراضيًا: ما في البيان).</translation>
    </message>
    <message>
        <source>The hub&apos;s file size limit.</source>
        <translation>حد حجم الملف في المحور.</translation>
    </message>
    <message>
        <source>The hub&apos;s batch detail export (JSON) or result CSV, to list paid, failed and missing payments.</source>
        <translation>تصدير تفاصيل دفعة المحور (JSON) أو ملف CSV للنتائج، لسرد المدفوعات المدفوعة والفاشلة والمفقودة.</translation>
    </message>
    <message>
        <source>Also write the review as CSV.</source>
        <translation>اكتب المراجعة أيضًا بصيغة CSV.</translation>
    </message>
    <message>
        <source>The batch file.</source>
        <translation>ملف الدفعة.</translation>
    </message>
    <message>
        <source>review takes exactly one FILE.</source>
        <translation>يأخذ review ملفًا واحدًا بالضبط.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Cannot review the file: %1</source>
        <translation>تتعذر مراجعة الملف: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>تتعذر قراءة %1.</translation>
    </message>
    <message>
        <source>Cannot compare with the results: %1</source>
        <translation>تتعذر المقارنة بالنتائج: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 rows, %2 bytes, SHA-256 %3; total %4.</source>
        <translation>%1 سطرًا، %2 بايت، SHA-256 %3؛ الإجمالي %4.</translation>
    </message>
    <message>
        <source>  line %1%2: %3</source>
        <translation>  السطر %1%2: %3</translation>
    </message>
    <message>
        <source>Signature: %1.</source>
        <translation>التوقيع: %1.</translation>
    </message>
    <message>
        <source>Manifest: %1.</source>
        <translation>البيان: %1.</translation>
    </message>
    <message>
        <source>Sign-off: %1.</source>
        <translation>الاعتماد: %1.</translation>
    </message>
    <message>
        <source>Against the results: %1 paid, %2 failed, %3 in flight, %4 missing.</source>
        <translation>مقارنةً بالنتائج: %1 مدفوع، %2 فاشل، %3 قيد التنفيذ، %4 مفقود.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>%1 rows; total %2; SHA-256 %3</source>
        <translation>%1 سطرًا؛ الإجمالي %2؛ SHA-256 %3</translation>
    </message>
    <message>
        <source>Batch file review</source>
        <translation>مراجعة ملف الدفعة</translation>
    </message>
    <message>
        <source>%1 rows, %2 bytes, total %3</source>
        <translation>%1 سطرًا، %2 بايت، الإجمالي %3</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Signature: %1.</source>
        <translation>التوقيع: %1.</translation>
    </message>
    <message>
        <source>Manifest: %1.</source>
        <translation>البيان: %1.</translation>
    </message>
    <message>
        <source>Sign-off: %1.</source>
        <translation>الاعتماد: %1.</translation>
    </message>
    <message>
        <source>Nothing the hub would refuse</source>
        <translation>لا شيء سيرفضه المحور</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Against the hub&apos;s results</source>
        <translation>مقارنةً بنتائج المحور</translation>
    </message>
    <message>
        <source>%1 paid, %2 failed, %3 in flight, %4 missing; %5 result rows match no payment</source>
        <translation>%1 مدفوع، %2 فاشل، %3 قيد التنفيذ، %4 مفقود؛ %5 سطر نتائج لا يطابق أي دفعة مالية</translation>
    </message>
    <message>
        <source>Nothing the hub would refuse.</source>
        <translation>لا شيء سيرفضه المحور.</translation>
    </message>
    <message>
        <source>the signature does not hold</source>
        <translation>التوقيع غير صالح</translation>
    </message>
    <message>
        <source>the file is not the one its manifest describes</source>
        <translation>الملف ليس الذي يصفه بيانه</translation>
    </message>
    <message>
        <source>the sign-off does not hold</source>
        <translation>الاعتماد غير صالح</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the rows</source>
        <translation>
            <numerusform>لا مشكلات في الصفوف</numerusform>
            <numerusform>مشكلة واحدة في الصفوف</numerusform>
            <numerusform>مشكلتان في الصفوف</numerusform>
            <numerusform>%n مشكلات في الصفوف</numerusform>
            <numerusform>%n مشكلة في الصفوف</numerusform>
            <numerusform>%n مشكلة في الصفوف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: %1.</source>
        <translation>
            <numerusform>لم توجد مشكلات: %1.</numerusform>
            <numerusform>وُجدت مشكلة واحدة: %1.</numerusform>
            <numerusform>وُجدت مشكلتان: %1.</numerusform>
            <numerusform>وُجدت %n مشكلات: %1.</numerusform>
            <numerusform>وُجدت %n مشكلة: %1.</numerusform>
            <numerusform>وُجدت %n مشكلة: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretKeeper</name>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>كلمة المرور في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>No system keychain can keep the password (%1): PayDesk keeps it until it closes and writes it nowhere.</source>
        <translation>لا توجد سلسلة مفاتيح نظام تحفظ كلمة المرور (%1): يحفظها PayDesk حتى يُغلق ولا يكتبها في أي مكان.</translation>
    </message>
    <message>
        <source>The password of %1 at the hub&apos;s operations app %2:</source>
        <translation>كلمة مرور %1 على تطبيق عمليات المحور %2:</translation>
    </message>
    <message>
        <source>The passphrase of the private key %1:</source>
        <translation>عبارة مرور المفتاح الخاص %1:</translation>
    </message>
    <message>
        <source>the key&apos;s passphrase was not given</source>
        <translation>لم تُعطَ عبارة مرور المفتاح</translation>
    </message>
    <message>
        <source>That passphrase does not open the key.</source>
        <translation>هذه العبارة لا تفتح المفتاح.</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>&amp;Keep it in the system keychain</source>
        <translation>احفظها في سلسلة مفاتيح النظام (&amp;K)</translation>
    </message>
    <message>
        <source>PayDesk needs a secret</source>
        <translation>يحتاج PayDesk إلى سر</translation>
    </message>
    <message>
        <source>No system keychain can keep it (%1): PayDesk keeps it until it closes, writes it nowhere, and asks again next time.</source>
        <translation>لا توجد سلسلة مفاتيح نظام تحفظه (%1): يحفظه PayDesk حتى يُغلق، ولا يكتبه في أي مكان، ويسأل عنه مجددًا في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Sends a cycle&apos;s ready batches to the program&apos;s Payment Hub EE, exactly once: uncertain batches are resolved first. Needs a checker. Without --yes it only shows what would leave.</source>
        <translation>يرسل الدفعات الجاهزة لدورة إلى Payment Hub EE الخاص بالبرنامج مرة واحدة فقط: تُحسم الدفعات غير المؤكدة أولًا. يحتاج إلى مدقق. دون --yes يعرض فقط ما سيخرج.</translation>
    </message>
    <message>
        <source>Resolves a cycle&apos;s uncertain (sending) batches against the hub&apos;s operations API.</source>
        <translation>يحسم الدفعات غير المؤكدة (قيد الإرسال) لدورة مقابل واجهة عمليات المحور.</translation>
    </message>
    <message>
        <source>The tenant&apos;s PEM private key (X-SIGNATURE); resolve needs it only to post again.</source>
        <translation>المفتاح الخاص PEM للمستأجر (X-SIGNATURE)؛ لا يحتاجه resolve إلا لإعادة الإرسال.</translation>
    </message>
    <message>
        <source>Only this batch (a refused one is sent again only this way).</source>
        <translation>هذه الدفعة فقط (الدفعة المرفوضة لا يُعاد إرسالها إلا بهذه الطريقة).</translation>
    </message>
    <message>
        <source>The officer confirms the batches, payments and totals shown.</source>
        <translation>يؤكد الموظف الدفعات والمدفوعات والإجماليات المعروضة.</translation>
    </message>
    <message>
        <source>%1 takes a cycle id.</source>
        <translation>يأخذ %1 معرّف دورة.</translation>
    </message>
    <message>
        <source>send needs --key, the tenant&apos;s signing key.</source>
        <translation>يحتاج send إلى --key، مفتاح توقيع المستأجر.</translation>
    </message>
    <message>
        <source>Program %1 pays through PayDesk&apos;s sandbox hub, which runs inside the PayDesk window: give --bulk-url and --ops-url to send from here.</source>
        <translation>يدفع البرنامج %1 عبر محور PayDesk التجريبي، الذي يعمل داخل نافذة PayDesk: أعطِ --bulk-url و--ops-url للإرسال من هنا.</translation>
    </message>
    <message>
        <source>Program %1 names no hub: give --bulk-url and --ops-url.</source>
        <translation>لا يسمي البرنامج %1 أي محور: أعطِ --bulk-url و--ops-url.</translation>
    </message>
    <message>
        <source>--key: %1</source>
        <translation>--key: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: add --yes to confirm.</source>
        <translation>لم يُرسل شيء: أضف --yes للتأكيد.</translation>
    </message>
    <message>
        <source>With --yes: posts again an uncertain batch the hub still does not have after the grace period (same correlation id, same file). Without --yes it shows the evidence of absence.</source>
        <translation>مع --yes: يعيد إرسال دفعة غير مؤكدة لا يملكها المحور بعد انقضاء المهلة (معرّف الارتباط نفسه والملف نفسه). ودون --yes يعرض دليل الغياب.</translation>
    </message>
    <message>
        <source>How long the hub may take to show an accepted batch, on the hub&apos;s clock (at least 600, the default).</source>
        <translation>المدة التي قد يستغرقها المحور لإظهار دفعة قبلها، بحسب ساعة المحور (600 على الأقل، وهي القيمة الافتراضية).</translation>
    </message>
    <message>
        <source>With --batch and --yes: the officer confirms that the batch exported for hand-carry was not uploaded anywhere else; it is posted once the hub is shown not to have it.</source>
        <translation>مع --batch و--yes: يؤكد الموظف أن الدفعة المصدّرة للتسليم باليد لم تُرفع في أي مكان آخر؛ وتُرسل بعد أن يثبت أن المحور لا يملكها.</translation>
    </message>
    <message>
        <source>--grace-seconds takes a number of seconds, at least %1: a hub may take minutes to show a batch it accepted, and a shorter wait would post it twice.</source>
        <translation>يأخذ --grace-seconds عددًا من الثواني، %1 على الأقل: قد يستغرق المحور دقائق لإظهار دفعة قبلها، وانتظار أقصر سيرسلها مرتين.</translation>
    </message>
    <message>
        <source>--not-uploaded-elsewhere names one batch: give --batch.</source>
        <translation>يخص --not-uploaded-elsewhere دفعة واحدة: حدّد --batch.</translation>
    </message>
    <message>
        <source>To send to %1 (tenant %2): %3</source>
        <translation>للإرسال إلى %1 (المستأجر %2): %3</translation>
    </message>
    <message>
        <source>The hub does not have the batches above although their grace period is over. If you are sure they were not uploaded in any other way, post them again with --repost --yes (same correlation id, same file).</source>
        <translation>لا يملك المحور الدفعات أعلاه مع أن مهلتها انقضت. إن كنت متأكدًا أنها لم تُرفع بطريقة أخرى، فأعد إرسالها بـ --repost --yes (معرّف الارتباط نفسه والملف نفسه).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Browse for %1</source>
        <translation>البحث عن %1</translation>
    </message>
    <message>
        <source>A &amp;file on this computer (SQLite)</source>
        <translation>ملف على هذا الحاسوب (SQLite) (&amp;F)</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server shared by several officers</source>
        <translation>خادم PostgreSQL يتشاركه عدة موظفين (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Test the database</source>
        <translation>اختبار قاعدة البيانات (&amp;T)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Language (from the next start):</source>
        <translation>اللغة (من التشغيل التالي) (&amp;L):</translation>
    </message>
    <message>
        <source>Database (from the next start)</source>
        <translation>قاعدة البيانات (من التشغيل التالي)</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in the settings</source>
        <translation>تُحفظ في سلسلة مفاتيح النظام، لا في الإعدادات أبدًا</translation>
    </message>
    <message>
        <source>the database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات SQLite (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>الخادم (&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>المنفذ (&amp;O):</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>قاعدة البيانات (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>المستخدم (&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>كلمة المرور (&amp;W):</translation>
    </message>
    <message>
        <source>Open this database as PayDesk would; an empty one gets PayDesk&apos;s tables.</source>
        <translation>افتح قاعدة البيانات هذه كما يفعل PayDesk؛ القاعدة الفارغة تحصل على جداول PayDesk.</translation>
    </message>
    <message>
        <source>Hubs (every program&apos;s)</source>
        <translation>المحاور (لكل البرامج)</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities only</source>
        <translation>فارغ: سلطات الشهادات الخاصة بالنظام فقط</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates (PEM):</source>
        <translation>شهادات سلطة إضافية (PEM) (&amp;C):</translation>
    </message>
    <message>
        <source>the CA certificates</source>
        <translation>شهادات السلطة</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>شهادات PEM (*.pem *.crt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;Deadline of each exchange:</source>
        <translation>مهلة كل تبادل (&amp;D):</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Hubs: %1</source>
        <translation>المحاور: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>The password of %1 at the PostgreSQL server %2:</source>
        <translation>كلمة مرور %1 على خادم PostgreSQL %2:</translation>
    </message>
    <message>
        <source>Not tested: the database&apos;s password was not given.</source>
        <translation>لم يُختبر: لم تُعطَ كلمة مرور قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>✓ PayDesk opens %1.</source>
        <translation>✓ يفتح PayDesk %1.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM)</source>
        <translation>شهادات سلطة إضافية (PEM)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>تصفح (&amp;R)…</translation>
    </message>
    <message>
        <source>Database f&amp;ile:</source>
        <translation>ملف قاعدة البيانات (&amp;I):</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>القفل</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Without a keystroke or click for this long, the window locks and asks for the officer&apos;s key again.</source>
        <translation>دون ضغط مفتاح أو نقرة طوال هذه المدة، تُقفل النافذة وتطلب مفتاح الموظف من جديد.</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>اقفل النافذة بعد (&amp;L):</translation>
    </message>
    <message>
        <source>Locking: %1</source>
        <translation>القفل: %1</translation>
    </message>
    <message>
        <source>Saved. The database and the language take effect at the next start; the hubs&apos; and the lock&apos;s at once.</source>
        <translation>حُفظ. تسري قاعدة البيانات واللغة عند التشغيل التالي؛ وإعدادات المراكز والقفل فورًا.</translation>
    </message>
    <message>
        <source>This window runs on %1.</source>
        <translation>تعمل هذه النافذة على %1.</translation>
    </message>
    <message>
        <source>This window runs on %1, given when PayDesk started; the choice below is used when it starts without one.</source>
        <translation>تعمل هذه النافذة على %1، المحدّدة عند تشغيل PayDesk؛ ويُستخدم الاختيار أدناه عند التشغيل دون تحديد.</translation>
    </message>
</context>
<context>
    <name>SetupProgress</name>
    <message>
        <source>cannot read how far the setup is: %1</source>
        <translation>تتعذر قراءة مدى تقدم الإعداد: %1</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>Prints the X-SIGNATURE Payment Hub EE expects for a batch file: SHA3-256 of &quot;correlation id:tenant:file&quot; (the file as the hub reads it: LF lines, no trailing newline), signed with the RSA key (PKCS#1 v1.5, no DigestInfo), in Base64. With --cert, checks a signature instead.</source>
        <translation>يطبع X-SIGNATURE الذي يتوقعه Payment Hub EE لملف دفعة: SHA3-256 لـ «معرّف الارتباط:المستأجر:الملف» (الملف كما يقرؤه المحور: أسطر LF، بلا سطر جديد في النهاية)، موقّعًا بمفتاح RSA (PKCS#1 v1.5، بلا DigestInfo)، بترميز Base64. مع --cert، يتحقق من توقيع بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The batch&apos;s X-CorrelationID.</source>
        <translation>X-CorrelationID للدفعة.</translation>
    </message>
    <message>
        <source>The Platform-TenantId.</source>
        <translation>Platform-TenantId.</translation>
    </message>
    <message>
        <source>PEM private key (PKCS#1 or PKCS#8).</source>
        <translation>مفتاح خاص PEM (PKCS#1 أو PKCS#8).</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the key&apos;s passphrase (default: PAYDESK_KEY_PASSPHRASE, else the system keychain).</source>
        <translation>اسم متغير البيئة الذي يحمل عبارة مرور المفتاح (افتراضيًا: PAYDESK_KEY_PASSPHRASE، وإلا سلسلة مفاتيح النظام).</translation>
    </message>
    <message>
        <source>Certificate (PEM or base64 DER) to verify --signature with.</source>
        <translation>الشهادة (PEM أو DER بترميز base64) للتحقق من --signature.</translation>
    </message>
    <message>
        <source>The X-SIGNATURE to verify.</source>
        <translation>X-SIGNATURE المطلوب التحقق منه.</translation>
    </message>
    <message>
        <source>The batch file.</source>
        <translation>ملف الدفعة.</translation>
    </message>
    <message>
        <source>sign needs FILE, --correlation-id, --tenant, and either --key, or --cert with --signature.</source>
        <translation>يحتاج sign إلى FILE و--correlation-id و--tenant، ومعها إما --key أو --cert مع --signature.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <source>The signature does not match: %1.</source>
        <translation>التوقيع لا يطابق: %1.</translation>
    </message>
    <message>
        <source>The signature matches.</source>
        <translation>التوقيع يطابق.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Keep the passphrase in this computer&apos;s keychain</source>
        <translation>احفظ عبارة المرور في سلسلة مفاتيح هذا الحاسوب</translation>
    </message>
    <message>
        <source>Set up the &amp;administrator…</source>
        <translation>إعداد المسؤول (&amp;A)…</translation>
    </message>
    <message>
        <source>Sign in to PayDesk</source>
        <translation>تسجيل الدخول إلى PayDesk</translation>
    </message>
    <message>
        <source>PayDesk is locked</source>
        <translation>PayDesk مقفل</translation>
    </message>
    <message>
        <source>Sign in with your own key: every change you make is signed with it, and nobody else can act in your name.</source>
        <translation>سجّل الدخول بمفتاحك الخاص: كل تغيير تجريه يوقَّع به، ولا يستطيع أحد غيرك التصرف باسمك.</translation>
    </message>
    <message>
        <source>The window locked after a while without use. Sign in again to go on; another officer signs in after you sign out.</source>
        <translation>أُقفلت النافذة بعد فترة دون استخدام. سجّل الدخول من جديد للمتابعة؛ ويسجّل موظف آخر الدخول بعد تسجيل خروجك.</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Your key file</source>
        <translation>ملف مفتاحك</translation>
    </message>
    <message>
        <source>your encrypted key file (.pem)</source>
        <translation>ملف مفتاحك المشفر (.pem)</translation>
    </message>
    <message>
        <source>The key&apos;s passphrase</source>
        <translation>عبارة مرور المفتاح</translation>
    </message>
    <message>
        <source>empty: the one the keychain keeps for this key</source>
        <translation>فارغ: العبارة التي تحفظها سلسلة المفاتيح لهذا المفتاح</translation>
    </message>
    <message>
        <source>This database has no administrator yet: make the administrator&apos;s key and certificate first.</source>
        <translation>لا مسؤول لقاعدة البيانات هذه بعد: أنشئ أولًا مفتاح المسؤول وشهادته.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>الموظف (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>ملف المفتاح (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>تسجيل الدخول (&amp;S)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2)، %3</translation>
    </message>
    <message>
        <source>Nobody administers this database yet. The administrator sets up their key first, then adds the officers and certifies their keys.</source>
        <translation>لا أحد يدير قاعدة البيانات هذه بعد. يُعِدّ المسؤول مفتاحه أولًا، ثم يضيف الموظفين ويصادق على مفاتيحهم.</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>المفاتيح (*.pem *.key);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation>اختر من أنت.</translation>
    </message>
    <message>
        <source>Choose your key file.</source>
        <translation>اختر ملف مفتاحك.</translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation>لا يوجد ملف مفتاح في %1.</translation>
    </message>
    <message>
        <source>%1 is not protected by a passphrase: an officer&apos;s key must be an encrypted PKCS#8 file.</source>
        <translation>%1 غير محمي بعبارة مرور: يجب أن يكون مفتاح الموظف ملف PKCS#8 مشفرًا.</translation>
    </message>
    <message>
        <source>Type the key&apos;s passphrase: the keychain keeps none for this key.</source>
        <translation>اكتب عبارة مرور المفتاح: لا تحفظ سلسلة المفاتيح أي عبارة لهذا المفتاح.</translation>
    </message>
    <message>
        <source>%1 does not open with this passphrase, or is not a private key.</source>
        <translation>لا يُفتح %1 بعبارة المرور هذه، أو ليس مفتاحًا خاصًا.</translation>
    </message>
    <message>
        <source>%1 cannot sign in: %2</source>
        <translation>لا يستطيع %1 تسجيل الدخول: %2</translation>
    </message>
    <message>
        <source>Make my &amp;key…</source>
        <translation>إنشاء مفتاحي (&amp;K)…</translation>
    </message>
    <message>
        <source>A new officer makes their key here, and gives its request to the administrator.</source>
        <translation>ينشئ الموظف الجديد مفتاحه هنا، ويعطي طلبه للمسؤول.</translation>
    </message>
    <message>
        <source>Your key is made. Give %1 to the administrator: once they certify it on the Officers page, sign in here with your key.</source>
        <translation>أُنشئ مفتاحك. أعطِ %1 للمسؤول: بعد أن يصادق عليه في صفحة الموظفين، سجّل الدخول هنا بمفتاحك.</translation>
    </message>
</context>
<context>
    <name>SignOffVerifier</name>
    <message>
        <source>nobody signed the manifest</source>
        <translation>لم يوقّع أحد البيان</translation>
    </message>
    <message>
        <source>the manifest is not the one signed (its SHA-256 is %1, the sign-off names %2)</source>
        <translation>البيان ليس الموقَّع (بصمته SHA-256 هي %1، والاعتماد يذكر %2)</translation>
    </message>
    <message>
        <source>a checker&apos;s countersignature (%1) with no maker&apos;s sign-off to countersign</source>
        <translation>مصادقة مدقق (%1) دون اعتماد من المعدّ للمصادقة عليه</translation>
    </message>
    <message>
        <source>the maker and the checker are the same officer or hold the same key (%1)</source>
        <translation>المعدّ والمدقق هما الموظف نفسه أو يحملان المفتاح نفسه (%1)</translation>
    </message>
    <message>
        <source>signed off and countersigned: %1</source>
        <translation>معتمدة ومصادق عليها: %1</translation>
    </message>
    <message>
        <source>signed off, not yet countersigned: %1</source>
        <translation>معتمدة، ولم يُصادق عليها بعد: %1</translation>
    </message>
    <message>
        <source>the maker&apos;s signature (%1) does not verify: %2</source>
        <translation>توقيع المعدّ (%1) لا يصح: %2</translation>
    </message>
    <message>
        <source>the checker&apos;s countersignature (%1) does not verify: %2</source>
        <translation>مصادقة المدقق (%1) لا تصح: %2</translation>
    </message>
    <message>
        <source>the certificate is %1&apos;s</source>
        <translation>الشهادة خاصة بـ %1</translation>
    </message>
    <message>
        <source>the maker&apos;s certificate (%1): %2</source>
        <translation>شهادة المعدّ (%1): %2</translation>
    </message>
    <message>
        <source>the checker&apos;s certificate (%1): %2</source>
        <translation>شهادة المدقق (%1): %2</translation>
    </message>
    <message>
        <source>the maker&apos;s certificate (%1) is not the one its fingerprint names</source>
        <translation>شهادة المعدّ (%1) ليست التي تسمّيها بصمتها</translation>
    </message>
    <message>
        <source>the checker&apos;s certificate (%1) is not the one its fingerprint names</source>
        <translation>شهادة المدقق (%1) ليست التي تسمّيها بصمتها</translation>
    </message>
    <message>
        <source>%1 %2 (certificate %3…, %4)</source>
        <translation>%1 %2 (الشهادة %3…، %4)</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>not an X.509 certificate in PEM or base64 DER</source>
        <translation>ليست شهادة X.509 بصيغة PEM أو DER بترميز base64</translation>
    </message>
    <message>
        <source>the certificate does not hold an RSA public key</source>
        <translation>لا تحتوي الشهادة على مفتاح RSA عام</translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>تتعذر قراءة الشهادة %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the signature is not base64 of %1 bytes</source>
        <translation>التوقيع ليس base64 لـ %1 بايت</translation>
    </message>
    <message>
        <source>the signature was not made with this certificate&apos;s key</source>
        <translation>لم يُصنع التوقيع بمفتاح هذه الشهادة</translation>
    </message>
    <message>
        <source>the signature is for other content (the file, correlation id or tenant differ)</source>
        <translation>التوقيع لمحتوى آخر (الملف أو معرّف الارتباط أو المستأجر مختلف)</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>not a PEM private key (PKCS#1 or PKCS#8), or the passphrase is wrong: %1</source>
        <translation>ليس مفتاحًا خاصًا بصيغة PEM (PKCS#1 أو PKCS#8)، أو عبارة المرور خاطئة: %1</translation>
    </message>
    <message>
        <source>the key is neither RSA (Payment Hub EE signs with RSA) nor Ed25519 (G2P Connect)</source>
        <translation>المفتاح ليس RSA (يوقّع Payment Hub EE بـ RSA) ولا Ed25519 (G2P Connect)</translation>
    </message>
    <message>
        <source>cannot read the key %1: %2</source>
        <translation>تتعذر قراءة المفتاح %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the key is an Ed25519 key; Payment Hub EE signs with RSA</source>
        <translation>المفتاح Ed25519؛ ويوقّع Payment Hub EE بـ RSA</translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation>فشل التوقيع: %1</translation>
    </message>
    <message>
        <source>the key is an RSA key; G2P Connect envelopes are signed with Ed25519</source>
        <translation>المفتاح RSA؛ وتُوقَّع مغلفات G2P Connect بـ Ed25519</translation>
    </message>
    <message>
        <source>cannot make a key: %1</source>
        <translation>يتعذر إنشاء مفتاح: %1</translation>
    </message>
    <message>
        <source>a key&apos;s passphrase needs at least 8 characters</source>
        <translation>تحتاج عبارة مرور المفتاح إلى 8 أحرف على الأقل</translation>
    </message>
    <message>
        <source>cannot encrypt the key: %1</source>
        <translation>يتعذر تشفير المفتاح: %1</translation>
    </message>
    <message>
        <source>an officer&apos;s RSA key needs at least 2048 bits; this one has %1</source>
        <translation>يحتاج مفتاح RSA للموظف إلى 2048 بت على الأقل؛ وهذا فيه %1</translation>
    </message>
</context>
<context>
    <name>SqliteBulkLoad</name>
    <message>
        <source>cannot prepare the bulk load (%1): %2</source>
        <translation>يتعذر تحضير التحميل الجماعي (%1): %2</translation>
    </message>
    <message>
        <source>cannot read the schema: %1</source>
        <translation>تتعذر قراءة المخطط: %1</translation>
    </message>
</context>
<context>
    <name>StatementCommand</name>
    <message>
        <source>The payer account&apos;s bank statement (MT940 or CSV) against a cycle: &quot;match CYCLE_ID FILE&quot; lists what the hub says paid but the bank did not debit, debits for payments the hub did not pay, payments debited twice, amounts that differ, reversals, and debits that name nothing of the cycle. Exit code 4 when anything is listed.</source>
        <translation>كشف حساب الدافع المصرفي (MT940 أو CSV) مقابل دورة: «match CYCLE_ID FILE» يسرد ما يقول المحور إنه دفعه ولم يخصمه المصرف، والخصومات لمدفوعات لم يدفعها المحور، والمدفوعات المخصومة مرتين، والمبالغ المختلفة، والمبالغ المعادة، والخصومات التي لا تذكر شيئًا من الدورة. رمز الخروج 4 عند سرد أي شيء.</translation>
    </message>
    <message>
        <source>match.</source>
        <translation>match.</translation>
    </message>
    <message>
        <source>The cycle.</source>
        <translation>الدورة.</translation>
    </message>
    <message>
        <source>The statement.</source>
        <translation>كشف الحساب.</translation>
    </message>
    <message>
        <source>statement takes match, a cycle id and a statement file.</source>
        <translation>يأخذ statement الخيار match ومعرّف دورة وملف كشف حساب.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 debits; %2 payments the hub paid are debited; %3 paid but not debited (%4 settled after the statement).</source>
        <translation>%1 خصم؛ %2 دفعة مالية دفعها المحور مخصومة؛ %3 مدفوعة وغير مخصومة (%4 سُوّيت بعد الكشف).</translation>
    </message>
</context>
<context>
    <name>StatementFindingsDialog</name>
    <message>
        <source>Bank statement against the cycle</source>
        <translation>كشف الحساب المصرفي مقابل الدورة</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Statement line</source>
        <translation>سطر الكشف</translation>
    </message>
    <message>
        <source>Payment or batch</source>
        <translation>الدفعة المالية أو الدفعة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>%1: %2 debits; %3 payments the hub paid are debited; %4 paid but not debited (the first %5 listed); %6 paid after the statement&apos;s last day, not looked for.</source>
        <translation>%1: %2 خصم؛ %3 دفعة مالية دفعها المحور مخصومة؛ %4 مدفوعة وغير مخصومة (أول %5 مُدرجة)؛ %6 دُفعت بعد آخر يوم في الكشف، لم يُبحث عنها.</translation>
    </message>
    <message>
        <source>debited, not paid by the hub</source>
        <translation>مخصومة، لم يدفعها المحور</translation>
    </message>
    <message>
        <source>debited twice</source>
        <translation>خُصمت مرتين</translation>
    </message>
    <message>
        <source>amount differs</source>
        <translation>المبلغ مختلف</translation>
    </message>
    <message>
        <source>brought back by the bank</source>
        <translation>أعادها المصرف</translation>
    </message>
    <message>
        <source>names nothing of this cycle</source>
        <translation>لا يذكر شيئًا من هذه الدورة</translation>
    </message>
    <message>
        <source>paid, not debited</source>
        <translation>مدفوعة، غير مخصومة</translation>
    </message>
</context>
<context>
    <name>StatementMatcher</name>
    <message>
        <source>cannot read the cycle&apos;s payments: %1</source>
        <translation>تتعذر قراءة مدفوعات الدورة: %1</translation>
    </message>
    <message>
        <source>cannot read batch %1&apos;s payments: %2</source>
        <translation>تتعذر قراءة مدفوعات الدفعة %1: %2</translation>
    </message>
    <message>
        <source>the bank brought %1 %2 back for this payment</source>
        <translation>أعاد المصرف %1 %2 لهذه الدفعة المالية</translation>
    </message>
    <message>
        <source>already debited at line %1</source>
        <translation>خُصمت بالفعل في السطر %1</translation>
    </message>
    <message>
        <source>the bank debited %1 %2, the payment is %3 %4</source>
        <translation>خصم المصرف %1 %2، والدفعة المالية %3 %4</translation>
    </message>
    <message>
        <source>the bank debited it, the hub says it is %1</source>
        <translation>خصمها المصرف، ويقول المحور إنها %1</translation>
    </message>
    <message>
        <source>the bank debited %1 %2 for the batch, the hub paid %3 %4 of it</source>
        <translation>خصم المصرف %1 %2 للدفعة، ودفع المحور %3 %4 منها</translation>
    </message>
    <message>
        <source>a payment of this batch was already debited at line %1</source>
        <translation>خُصمت دفعة مالية من هذه الدفعة بالفعل في السطر %1</translation>
    </message>
    <message>
        <source>reference and details: %1</source>
        <translation>المرجع والتفاصيل: %1</translation>
    </message>
    <message>
        <source>cannot read the cycle&apos;s paid payments: %1</source>
        <translation>تتعذر قراءة مدفوعات الدورة المدفوعة: %1</translation>
    </message>
    <message>
        <source>the hub says paid; no debit on the statement</source>
        <translation>يقول المحور إنها مدفوعة؛ لا خصم في الكشف</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>this database already has its trust anchor</source>
        <translation>لقاعدة البيانات هذه ارتكاز ثقة بالفعل</translation>
    </message>
    <message>
        <source>cannot keep the trust anchor: %1</source>
        <translation>يتعذر حفظ ارتكاز الثقة: %1</translation>
    </message>
    <message>
        <source>cannot read the trust anchor: %1</source>
        <translation>تتعذر قراءة ارتكاز الثقة: %1</translation>
    </message>
    <message>
        <source>cannot keep the certificate of %1: %2</source>
        <translation>يتعذر حفظ شهادة %1: %2</translation>
    </message>
    <message>
        <source>this database has no administrator yet: set one up first (Set up the administrator… at PayDesk&apos;s sign-in)</source>
        <translation>لا مسؤول لقاعدة البيانات هذه بعد: أعِدّ واحدًا أولًا (إعداد المسؤول… عند تسجيل الدخول إلى PayDesk)</translation>
    </message>
</context>
<context>
    <name>UnpaidBeneficiaries</name>
    <message>
        <source>cannot count the unpaid beneficiaries: %1</source>
        <translation>تعذّر عدّ المستفيدين الذين لم يُدفع لهم: %1</translation>
    </message>
    <message>
        <source>cannot read the unpaid beneficiaries: %1</source>
        <translation>تعذّرت قراءة المستفيدين الذين لم يُدفع لهم: %1</translation>
    </message>
    <message>
        <source>the payment failed</source>
        <translation>فشل الدفع</translation>
    </message>
    <message>
        <source>the payment failed: %1</source>
        <translation>فشل الدفع: %1</translation>
    </message>
    <message>
        <source>a payment is on its way, not settled yet</source>
        <translation>هناك دفعة في الطريق، لم تُسوَّ بعد</translation>
    </message>
    <message>
        <source>no payment prepared yet</source>
        <translation>لم تُعدّ أي دفعة بعد</translation>
    </message>
    <message>
        <source>cannot be paid as the registry stands: %1</source>
        <translation>لا يمكن الدفع له بحسب السجل الحالي: %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 فاشلة</translation>
    </message>
    <message>
        <source>%1 on their way</source>
        <translation>%1 في الطريق</translation>
    </message>
    <message>
        <source>%1 cannot be paid as the registry stands</source>
        <translation>%1 لا يمكن الدفع لهم بحسب السجل الحالي</translation>
    </message>
    <message>
        <source>%1 not prepared yet</source>
        <translation>%1 لم تُعدّ بعد</translation>
    </message>
    <message>
        <source>%1 unpaid: %2</source>
        <translation>%1 لم يُدفع لهم: %2</translation>
    </message>
</context>
<context>
    <name>UnresolvedAddressesView</name>
    <message>
        <source>Not paid: registry id</source>
        <translation>غير مدفوع: معرّف السجل</translation>
    </message>
    <message>
        <source>Why the mapper gave no address</source>
        <translation>لماذا لم يعطِ المطابِق عنوانًا</translation>
    </message>
</context>
<context>
    <name>paydesk-hubsim</name>
    <message>
        <source>A sandbox Payment Hub EE on this machine: bulk processor and operations app.</source>
        <translation>Payment Hub EE تجريبي على هذا الجهاز: معالج الدفعات وتطبيق العمليات.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>العنوان الذي يُستمع عليه.</translation>
    </message>
    <message>
        <source>Bulk processor port (0: any free port).</source>
        <translation>منفذ معالج الدفعات (0: أي منفذ حر).</translation>
    </message>
    <message>
        <source>Operations app port (0: any free port).</source>
        <translation>منفذ تطبيق العمليات (0: أي منفذ حر).</translation>
    </message>
    <message>
        <source>A tenant: NAME, NAME,CERT.pem (uploads checked), or NAME,CERT.pem,KEY.pem (answers signed too). Repeatable.</source>
        <translation>مستأجر: NAME، أو NAME,CERT.pem (يُتحقق مما يُرفع)، أو NAME,CERT.pem,KEY.pem (تُوقّع الأجوبة أيضًا). قابل للتكرار.</translation>
    </message>
    <message>
        <source>A tenant the hub has no workflow for (412).</source>
        <translation>مستأجر ليس للمحور مسار دفع له (412).</translation>
    </message>
    <message>
        <source>Transfers to this payee fail. Repeatable.</source>
        <translation>تفشل التحويلات إلى هذا المستفيد. قابل للتكرار.</translation>
    </message>
    <message>
        <source>Transfers to payees matching this fail.</source>
        <translation>تفشل التحويلات إلى المستفيدين المطابقين لهذا.</translation>
    </message>
    <message>
        <source>Mojaloop error code of those failures.</source>
        <translation>رمز خطأ Mojaloop لتلك الإخفاقات.</translation>
    </message>
    <message>
        <source>Share of other transfers that fail at random (0-1).</source>
        <translation>نسبة التحويلات الأخرى التي تفشل عشوائيًا (0-1).</translation>
    </message>
    <message>
        <source>Seed of the random failures.</source>
        <translation>بذرة الإخفاقات العشوائية.</translation>
    </message>
    <message>
        <source>Simulated milliseconds per real millisecond.</source>
        <translation>الملي ثواني المحاكاة لكل ملي ثانية حقيقية.</translation>
    </message>
    <message>
        <source>Largest batch file accepted (csv.size).</source>
        <translation>أكبر ملف دفعة مقبول (csv.size).</translation>
    </message>
    <message>
        <source>Faults from the start, as POST /sim/faults takes them: {&quot;latencyMs&quot;:500,&quot;dropAfterAccept&quot;:1,&quot;serverErrors&quot;:0,&quot;preconditionFailures&quot;:0,&quot;visibilityLagMs&quot;:2000,&quot;staleCounters&quot;:false}</source>
        <translation>أعطال من البداية، كما يأخذها POST /sim/faults: {&quot;latencyMs&quot;:500,&quot;dropAfterAccept&quot;:1,&quot;serverErrors&quot;:0,&quot;preconditionFailures&quot;:0,&quot;visibilityLagMs&quot;:2000,&quot;staleCounters&quot;:false}</translation>
    </message>
    <message>
        <source>The bulk processor speaks HTTPS with this certificate (PEM).</source>
        <translation>يتحدث معالج الدفعات HTTPS بهذه الشهادة (PEM).</translation>
    </message>
    <message>
        <source>The private key of --tls-cert (PEM).</source>
        <translation>المفتاح الخاص لـ --tls-cert (PEM).</translation>
    </message>
    <message>
        <source>The operations API needs a token from /oauth/token.</source>
        <translation>تحتاج واجهة العمليات إلى رمز من /oauth/token.</translation>
    </message>
    <message>
        <source>Carry MOJALOOP transfers over a real switch: the Mojaloop SDK scheme adapter&apos;s outbound API at URL.</source>
        <translation>نقل تحويلات MOJALOOP عبر محوّل حقيقي: الواجهة الصادرة لمحوّل مخطط Mojaloop SDK على URL.</translation>
    </message>
    <message>
        <source>Transfers in flight on the switch at once.</source>
        <translation>التحويلات قيد التنفيذ على المحوّل في وقت واحد.</translation>
    </message>
    <message>
        <source>A transfer the switch has not ended by then fails.</source>
        <translation>التحويل الذي لم ينهه المحوّل بحلول ذلك الوقت يفشل.</translation>
    </message>
    <message>
        <source>The G2P Connect mapper&apos;s registry: a JSON object of beneficiary id -&gt; financial address.</source>
        <translation>سجل مطابِق G2P Connect: كائن JSON من معرّف المستفيد إلى العنوان المالي.</translation>
    </message>
    <message>
        <source>A G2P Connect sender whose requests must be signed: SENDER_ID,PUBLIC_KEY.pem (Ed25519). Repeatable.</source>
        <translation>مرسِل G2P Connect يجب أن تكون طلباته موقّعة: SENDER_ID,PUBLIC_KEY.pem (Ed25519). قابل للتكرار.</translation>
    </message>
    <message>
        <source>--fail-pattern: %1</source>
        <translation>--fail-pattern: %1</translation>
    </message>
    <message>
        <source>--mojaloop-connector takes a URL (http://host:port), --mojaloop-concurrency and --mojaloop-timeout-ms positive numbers</source>
        <translation>يأخذ --mojaloop-connector عنوان URL (http://host:port)، ويأخذ --mojaloop-concurrency و--mojaloop-timeout-ms أعدادًا موجبة</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key must name readable PEM files</source>
        <translation>يجب أن يسمي --tls-cert و--tls-key ملفات PEM مقروءة</translation>
    </message>
    <message>
        <source>--g2p-sender takes SENDER_ID,PUBLIC_KEY.pem: %1</source>
        <translation>يأخذ --g2p-sender القيمة SENDER_ID,PUBLIC_KEY.pem: %1</translation>
    </message>
    <message>
        <source>--mapper: %1 is not a readable JSON object</source>
        <translation>--mapper: %1 ليس كائن JSON مقروءًا</translation>
    </message>
    <message>
        <source>--faults: not a JSON object (%1)</source>
        <translation>--faults: ليس كائن JSON (%1)</translation>
    </message>
    <message>
        <source>bulk processor: %1</source>
        <translation>معالج الدفعات: %1</translation>
    </message>
    <message>
        <source>operations app: %1</source>
        <translation>تطبيق العمليات: %1</translation>
    </message>
</context>
</TS>
