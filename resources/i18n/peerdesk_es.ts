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
</TS>
