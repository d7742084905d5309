<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PeerDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDetail</name>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;used this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I used it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>Edit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line: what it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. First…  (Markdown: lists, **bold**, *italic*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;arning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated: racing thoughts, can&apos;t sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated: quick, anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a peer, adapted from…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Contacts (exchange files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet. Someone becomes a contact when you read in their first file and the fingerprint words match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint, for others to compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault gets its fingerprint with the first file it shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget “%1”? Their next file will be from someone unknown: you will compare the fingerprint words again. What you received from them stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisPlanDialog</name>
    <message>
        <source>My crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through it from the top when things get hard. If you are in danger right now, contact your local emergency services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF (one page)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisPlanSection</name>
    <message>
        <source>My warning signs</source>
        <translation>Mis señales de alerta</translation>
    </message>
    <message>
        <source>Thoughts, feelings or situations that tell me a crisis may be building.</source>
        <translation>Pensamientos, sentimientos o situaciones que me avisan que se puede estar formando una crisis.</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Cosas que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <source>Ways I can calm myself or take my mind off things, without contacting anyone.</source>
        <translation>Maneras de calmarme o de distraer la mente, sin tener que contactar a nadie.</translation>
    </message>
    <message>
        <source>People and places that help me take my mind off things</source>
        <translation>Personas y lugares que me ayudan a distraer la mente</translation>
    </message>
    <message>
        <source>Friends I can spend time with, places where I feel better.</source>
        <translation>Amistades con quienes puedo pasar un rato, lugares donde me siento mejor.</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Personas a quienes puedo pedir ayuda</translation>
    </message>
    <message>
        <source>People I trust to tell that I&apos;m not OK.</source>
        <translation>Personas de confianza a quienes puedo decirles que no estoy bien.</translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation>Profesionales y líneas de crisis</translation>
    </message>
    <message>
        <source>My care team, my doctor, a crisis line I have checked for where I live.</source>
        <translation>Mi equipo de atención, mi médico, una línea de crisis que ya verifiqué para donde vivo.</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Hacer mi entorno más seguro</translation>
    </message>
    <message>
        <source>Steps that make things I could use to hurt myself harder to reach.</source>
        <translation>Pasos para que las cosas con las que podría hacerme daño queden más difíciles de alcanzar.</translation>
    </message>
    <message>
        <source>My reasons to keep going</source>
        <translation>Mis razones para seguir adelante</translation>
    </message>
    <message>
        <source>The people, plans and things that matter to me.</source>
        <translation>Las personas, los planes y las cosas que me importan.</translation>
    </message>
</context>
<context>
    <name>DraftDialogs</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>A file with this name exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is far too large to be an exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
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
        <source>(kept, with edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (compare aloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper process stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PeerDesk exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange file was made by a newer PeerDesk; update PeerDesk to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange file is far too large to be a real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange file is damaged or cut short; ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange file is locked with a share passphrase; enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share passphrase is not right for this exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange file was made for someone else, not for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange file was changed after it was signed — refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange file has expired; ask the sender for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file claims to be from %1 but was signed with a different key — refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange file was already received, or a newer one from the same sender was; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exchange file was made by this same vault; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>The exchange file is saved: encrypted and signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeerDesk exchange files (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCheckinDialog</name>
    <message>
        <source>Check in on a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is checking in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small thing before the next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;takes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>Choose a goal to see its milestones, check-ins and who does what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when done · drag or Ctrl+Up/Down to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we are working towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;arget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why this matters (in the person&apos;s own words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes part (tick, and say what their part is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalFilterBar</name>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCheckinPanel</name>
    <message>
        <source>How are you feeling today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very low</source>
        <translation type="unfinished">Muy bajo</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation type="unfinished">Regular</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished">Muy bueno</translation>
    </message>
    <message>
        <source>What are you feeling? (pick any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEntryEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd MMM yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reflective prompt to the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, - lists, # headings. #tags become tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family, work, recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalExportDialog</name>
    <message>
        <source>Export the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that the file is not encrypted: anyone who has it can read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalImportDialog</name>
    <message>
        <source>Import into the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is imported until you press Import. Importing the same file again adds nothing twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mood words, on PeerDesk&apos;s 0–10 scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryExportDialog</name>
    <message>
        <source>Export strategy cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards &amp;shown now (with the current search and filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected &amp;card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON — to share with another PeerDesk user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown — plain text to read or edit anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF booklet — one card per page, to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my &amp;personal data (use log, distress ratings and notes, favourites, crisis plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will contain:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryImportDialog</name>
    <message>
        <source>Import strategy cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also import the &amp;personal data in this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Coping strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cards (title, steps, situations, tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation (warning sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cards in a grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cards in a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a card to see its steps, log a use, or edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share strategy cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share cards with a contact in an encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifeArea</name>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Work and learning</source>
        <translation>Trabajo y estudios</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>LogUseDialog</name>
    <message>
        <source>I used this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How distressed did you feel, from 0 (calm) to 10 (the worst)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what happened, what helped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Receive a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in a .peerdesk file someone shared with you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small, concrete step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodWords</name>
    <message>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bueno</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bueno</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>muy bueno</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Share passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is locked with a share passphrase. Type the one you agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is &amp;me (the person who uses this vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact details (optional; only exported when you ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Save the recovery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery plan is in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <source>Print a recovery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What else goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why each goal matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones with owners and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details of the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent check-ins per goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of small victories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not encrypted: hand it over in person and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>What this file would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of a received file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, a known contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, new to this vault (you compared the fingerprint words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone with no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file changes nothing here: you have it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress summary: it is kept with this contact and never mixed into your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of you changed these since your last exchange. Pick which version to keep for each; nothing is read in until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (in this vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine for every conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All t&amp;heirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs for every conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names these people. Say who each one is in your circle, or add them; PeerDesk remembers it for the next files from this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who %1 is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone new in my circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in their file is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to read in: close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a version for %n conflict(s) first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press “Read in”; it is one step you can cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveFlow</name>
    <message>
        <source>Opening the file with the share passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added to your circle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is read in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was not read in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in your vault was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBell</name>
    <message>
        <source>Open PeerDesk</source>
        <translation>Abrir PeerDesk</translation>
    </message>
    <message>
        <source>Remind me again in 30 minutes</source>
        <translation>Recordármelo de nuevo en 30 minutos</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>PeerDesk: time for your check-in</source>
        <translation>PeerDesk: es hora de tu registro</translation>
    </message>
    <message>
        <source>PeerDesk: time to look at your goals</source>
        <translation>PeerDesk: es hora de mirar tus metas</translation>
    </message>
    <message>
        <source>PeerDesk: a step on your roadmap is due</source>
        <translation>PeerDesk: hoy vence un paso de tu plan</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <source>Goal review on {day}</source>
        <translation>Revisión de metas el {day}</translation>
    </message>
    <message>
        <source>Turn on reminders</source>
        <translation>Activar recordatorios</translation>
    </message>
    <message>
        <source>Remind me on the day a milestone is due</source>
        <translation>Recordarme el día en que vence un hito</translation>
    </message>
    <message>
        <source>Start PeerDesk when I log in</source>
        <translation>Abrir PeerDesk al iniciar sesión</translation>
    </message>
    <message>
        <source>Add a check-in reminder time</source>
        <translation>Agregar una hora de recordatorio de registro</translation>
    </message>
    <message>
        <source>Remove the selected check-in time</source>
        <translation>Quitar la hora de registro seleccionada</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>&amp;Turn on reminders</source>
        <translation>&amp;Activar recordatorios</translation>
    </message>
    <message>
        <source>A reminder only ever says “PeerDesk: time for your check-in” (or to look at your goals, or that a step is due) — never anything you wrote, because it can show on a locked screen. Reminders ring while PeerDesk is open, even when it is locked.</source>
        <translation>Un recordatorio solo dice “PeerDesk: es hora de tu registro” (o de mirar tus metas, o que vence un paso), nunca nada de lo que escribiste, porque puede aparecer en una pantalla bloqueada. Los recordatorios suenan mientras PeerDesk está abierto, aunque esté bloqueado.</translation>
    </message>
    <message>
        <source>Check in at</source>
        <translation>Registrarme a las</translation>
    </message>
    <message>
        <source>Check-in reminder times</source>
        <translation>Horas de recordatorio de registro</translation>
    </message>
    <message>
        <source>Time to add</source>
        <translation>Hora que agregar</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Add time</source>
        <translation>A&amp;gregar hora</translation>
    </message>
    <message>
        <source>Re&amp;move time</source>
        <translation>&amp;Quitar hora</translation>
    </message>
    <message>
        <source>Look at my goals on</source>
        <translation>Mirar mis metas los</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>Goal review time</source>
        <translation>Hora de revisión de metas</translation>
    </message>
    <message>
        <source>On the day a &amp;milestone is due, at</source>
        <translation>El día en que vence un &amp;hito, a las</translation>
    </message>
    <message>
        <source>Milestone reminder time</source>
        <translation>Hora del recordatorio de hitos</translation>
    </message>
    <message>
        <source>&amp;Start PeerDesk when I log in (locked), so reminders ring after a restart</source>
        <translation>A&amp;brir PeerDesk al iniciar sesión (bloqueado), para que los recordatorios suenen después de reiniciar</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <source>&amp;Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this person&apos;s roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the roadmap of the selected person (or the goal&apos;s person) in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small victory, worth noticing: {text}. It is kept in your Victories list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a &amp;win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print a plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show goals of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step counts. This list is here to look back on, especially on a hard day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life &amp;areas…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderDialog</name>
    <message>
        <source>Someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is from “%1”, who is not among your contacts yet. Before anything is read in, compare these words aloud with them, in person or on the phone. They find theirs in Settings, under Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone with no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a single word differs, do not trust it: the file may not come from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They differ — do not read it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words differ, do not read it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words &amp;match — trust them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words match, trust this sender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember this vault in the system keyring (no passphrase needed here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a backup to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished">Bóveda</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person&apos;s &amp;roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy &amp;cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress &amp;summary (never journal text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose roadmap or summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include contact &amp;details and the card use log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include contact details and the use log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: names and roles only, and no use log of the cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a &amp;known contact (only they can open it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a known contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a share &amp;passphrase agreed in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a share passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on it face to face and never send it with the file. After this first file, replies are locked to each other&apos;s keys and need no passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &amp;expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file will hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will hold exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The share passphrase needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two share passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking the file with the share passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>PeerDesk is locked</source>
        <translation>PeerDesk está bloqueado</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my &amp;recovery code</source>
        <translation>Olvidé mi frase de contraseña: usar mi código de &amp;recuperación</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock with the &amp;system keyring</source>
        <translation>Desbloquear con el &amp;llavero del sistema</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurar desde una &amp;copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>_Side</name>
    <message>
        <source>Changed by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Name shown in this vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeerDesk exchange files (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
