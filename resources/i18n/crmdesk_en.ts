<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>%n rows are imported with a value they could not use left in the notes (listed below).</source>
        <translation>
            <numerusform>%n row is imported with a value it could not use left in the notes (listed below).</numerusform>
            <numerusform>%n rows are imported with a value they could not use left in the notes (listed below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) selected</source>
        <translation>
            <numerusform>%n customer selected</numerusform>
            <numerusform>%n customers selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s)</source>
        <translation>
            <numerusform>Delete %n customer</numerusform>
            <numerusform>Delete %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) moved to the recycle bin. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n customer moved to the recycle bin. Ctrl+Z brings it back.</numerusform>
            <numerusform>%n customers moved to the recycle bin. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message numerus="yes">
        <source>from %n rating(s)</source>
        <translation>
            <numerusform>from %n rating</numerusform>
            <numerusform>from %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n likely duplicate pair(s).</source>
        <translation>
            <numerusform>%n likely duplicate pair.</numerusform>
            <numerusform>%n likely duplicate pairs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>%n row(s) found (%1).</source>
        <translation>
            <numerusform>%n row found (%1).</numerusform>
            <numerusform>%n rows found (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>No contact in %n days</source>
        <translation>
            <numerusform>No contact in %n day</numerusform>
            <numerusform>No contact in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpHooks</name>
    <message numerus="yes">
        <source>%n follow-up reminder(s)</source>
        <translation>
            <numerusform>%n follow-up reminder</numerusform>
            <numerusform>%n follow-up reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsScreen</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message numerus="yes">
        <source>%n entries, %1 in total</source>
        <translation>
            <numerusform>%n entry, %1 in total</numerusform>
            <numerusform>%n entries, %1 in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries added; %1 skipped.</source>
        <translation>
            <numerusform>%n entry added; %1 skipped.</numerusform>
            <numerusform>%n entries added; %1 skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n entries imported from %1?</source>
        <translation>
            <numerusform>Remove the %n entry imported from %1?</numerusform>
            <numerusform>Remove the %n entries imported from %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <source>%n of the first rows cannot be imported as they are (marked).</source>
        <translation>
            <numerusform>%n of the first rows cannot be imported as it is (marked).</numerusform>
            <numerusform>%n of the first rows cannot be imported as they are (marked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message numerus="yes">
        <source>Restore %n customer(s)</source>
        <translation>
            <numerusform>Restore %n customer</numerusform>
            <numerusform>Restore %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) for good, with their follow-ups and tickets? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n customer for good, with their follow-ups and tickets? This cannot be undone.</numerusform>
            <numerusform>Delete %n customers for good, with their follow-ups and tickets? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message numerus="yes">
        <source>%n reminder(s) came due while CRMDesk was closed</source>
        <translation>
            <numerusform>%n reminder came due while CRMDesk was closed</numerusform>
            <numerusform>%n reminders came due while CRMDesk was closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendingImportDialog</name>
    <message numerus="yes">
        <source>Import %n entries</source>
        <translation>
            <numerusform>Import %n entry</numerusform>
            <numerusform>Import %n entries</numerusform>
        </translation>
    </message>
</context>
</TS>
