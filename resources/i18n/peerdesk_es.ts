<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Sin planificar</translation>
    </message>
    <message numerus="yes">
        <source>%n · {date}</source>
        <translation>
            <numerusform>%n · {date}</numerusform>
            <numerusform>%n · {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open goals whose target date is within two weeks or past</source>
        <translation>Metas abiertas cuya fecha objetivo está a menos de dos semanas o ya pasó</translation>
    </message>
    <message>
        <source>Milestones this person owns that are not done yet</source>
        <translation>Hitos a cargo de esta persona que aún no están hechos</translation>
    </message>
    <message>
        <source>Session notes not signed yet, and the date of the oldest</source>
        <translation>Notas de sesión aún sin firmar, y la fecha de la más antigua</translation>
    </message>
    <message>
        <source>Milestones past their due date, and who owns them</source>
        <translation>Hitos con la fecha de vencimiento pasada, y quién los tiene a cargo</translation>
    </message>
    <message>
        <source>The next contact planned from now on</source>
        <translation>El próximo contacto planificado a partir de ahora</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message numerus="yes">
        <source>amended (%n)</source>
        <translation>
            <numerusform>con adenda (%n)</numerusform>
            <numerusform>con adendas (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PeerDesk</source>
        <translation>Acerca de PeerDesk</translation>
    </message>
    <message>
        <source>Encryption: SQLCipher {sqlcipher} (AES-256) with a random key; your passphrase unlocks that key through Argon2id.</source>
        <translation>Cifrado: SQLCipher {sqlcipher} (AES-256) con una clave aleatoria; tu frase de contraseña desbloquea esa clave mediante Argon2id.</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message numerus="yes">
        <source>Rows in the log: %n</source>
        <translation>
            <numerusform>Filas en el registro: %n</numerusform>
            <numerusform>Filas en el registro: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: no row was changed or removed (rows checked: %n).</source>
        <translation>
            <numerusform>El registro está intacto: ninguna fila fue cambiada ni eliminada (fila revisada: %n).</numerusform>
            <numerusform>El registro está intacto: ninguna fila fue cambiada ni eliminada (filas revisadas: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved to {name} (rows: %n).</source>
        <translation>
            <numerusform>Guardado en {name} (fila: %n).</numerusform>
            <numerusform>Guardado en {name} (filas: %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Activity log — PeerDesk</source>
        <translation>Registro de actividad — PeerDesk</translation>
    </message>
    <message>
        <source>Every unlock, lock, export, import, delete and change of the passphrase is written here with the time and the computer user. Nothing you wrote is kept in the log. Each row carries a fingerprint of the one before, so a changed or removed row is found by “Check the log”.</source>
        <translation>Cada desbloqueo, bloqueo, exportación, importación, eliminación y cambio de la frase de contraseña se anota aquí con la hora y el usuario de la computadora. Nada de lo que escribiste se guarda en el registro. Cada fila lleva una huella de la anterior, así que “Revisar el registro” encuentra cualquier fila cambiada o eliminada.</translation>
    </message>
    <message>
        <source>Activity log, newest first</source>
        <translation>Registro de actividad, lo más reciente primero</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultado de la revisión</translation>
    </message>
    <message>
        <source>&amp;Check the log</source>
        <translation>&amp;Revisar el registro</translation>
    </message>
    <message>
        <source>Check that no row was changed or removed</source>
        <translation>Comprobar que ninguna fila fue cambiada ni eliminada</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Guardar como CSV…</translation>
    </message>
    <message>
        <source>Save the activity log as a CSV file</source>
        <translation>Guardar el registro de actividad como archivo CSV</translation>
    </message>
    <message>
        <source>Close the activity log</source>
        <translation>Cerrar el registro de actividad</translation>
    </message>
    <message>
        <source>The log has been tampered with. {problem}</source>
        <translation>El registro fue alterado. {problem}</translation>
    </message>
    <message>
        <source>Save the activity log</source>
        <translation>Guardar el registro de actividad</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>{name} already exists or cannot be created; nothing was written. Choose another name.</source>
        <translation>{name} ya existe o no se puede crear; no se escribió nada. Elige otro nombre.</translation>
    </message>
    <message>
        <source>{name} was not written: {error}</source>
        <translation>{name} no se escribió: {error}</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add an addendum</source>
        <translation>Agregar una adenda</translation>
    </message>
    <message>
        <source>An addendum corrects or completes a signed note. It is dated and signed now, marked as an amendment, and shown below the original, which stays as it was.</source>
        <translation>Una adenda corrige o completa una nota firmada. Se fecha y se firma ahora, se marca como enmienda y se muestra debajo de la original, que queda tal como estaba.</translation>
    </message>
    <message>
        <source>Addendum text</source>
        <translation>Texto de la adenda</translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation>Nombre del personal</translation>
    </message>
    <message>
        <source>Staff credential</source>
        <translation>Credencial del personal</translation>
    </message>
    <message>
        <source>&amp;Addendum</source>
        <translation>&amp;Adenda</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Sign the addendum</source>
        <translation>Firmar la adenda</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The disk holding your vault is full ({free} kB free). You can read everything, but saving will fail until you free some space.</source>
        <translation>El disco donde está tu bóveda está lleno ({free} kB libres). Puedes leer todo, pero no se podrá guardar hasta que liberes algo de espacio.</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Haciendo la copia de seguridad de hoy…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>The organisation&apos;s policy could not be read:
{problems}

The strictest rules apply until an administrator fixes it.</source>
        <translation>No se pudo leer la política de la organización:
{problems}

Se aplican las reglas más estrictas hasta que una persona administradora lo corrija.</translation>
    </message>
    <message>
        <source>Policy not readable</source>
        <translation>No se puede leer la política</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>The audit trail is intact ({rows} rows).</source>
        <translation>El registro de auditoría está intacto ({rows} filas).</translation>
    </message>
    <message>
        <source>row {n} ({at}, {kind})</source>
        <translation>fila {n} ({at}, {kind})</translation>
    </message>
    <message>
        <source>Audit trail broken at {row}: expected row number {n}, found {seq} (a row was removed or the rows were reordered).</source>
        <translation>Registro de auditoría roto en {row}: se esperaba la fila número {n} y se encontró {seq} (se eliminó una fila o se cambió el orden de las filas).</translation>
    </message>
    <message>
        <source>Audit trail broken at {row}: it does not follow the row before (a row was removed, inserted or reordered).</source>
        <translation>Registro de auditoría roto en {row}: no sigue a la fila anterior (se eliminó, insertó o reordenó una fila).</translation>
    </message>
    <message>
        <source>Audit trail broken at {row}: the row was changed.</source>
        <translation>Registro de auditoría roto en {row}: la fila fue cambiada.</translation>
    </message>
    <message>
        <source>Audit trail broken: keys.json holds no anchor for its {n} rows.</source>
        <translation>Registro de auditoría roto: keys.json no tiene ancla para sus {n} filas.</translation>
    </message>
    <message>
        <source>Audit trail broken: the anchor in keys.json is damaged.</source>
        <translation>Registro de auditoría roto: el ancla en keys.json está dañada.</translation>
    </message>
    <message>
        <source>Audit trail broken at row {n}: keys.json records {count} rows but only {rows} are left (rows were removed from the end).</source>
        <translation>Registro de auditoría roto en la fila {n}: keys.json indica {count} filas pero solo quedan {rows} (se eliminaron filas del final).</translation>
    </message>
    <message>
        <source>Audit trail broken at row {n}: it does not match the anchor in keys.json.</source>
        <translation>Registro de auditoría roto en la fila {n}: no coincide con el ancla en keys.json.</translation>
    </message>
</context>
<context>
    <name>CardDetail</name>
    <message>
        <source>Favourite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <source>I &amp;used this…</source>
        <translation>&amp;Usé esto…</translation>
    </message>
    <message>
        <source>When I used it</source>
        <translation>Cuándo la usé</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Eli&amp;minar</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>Edit card</source>
        <translation>Editar tarjeta</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>One line: what it is</source>
        <translation>Una línea: qué es</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <source>1. First…  (Markdown: lists, **bold**, *italic*)</source>
        <translation>1. Primero…  (Markdown: listas, **negrita**, *cursiva*)</translation>
    </message>
    <message>
        <source>&amp;When to use it</source>
        <translation>C&amp;uándo usarla</translation>
    </message>
    <message>
        <source>W&amp;arning signs</source>
        <translation>&amp;Señales de alerta</translation>
    </message>
    <message>
        <source>comma-separated: racing thoughts, can&apos;t sleep</source>
        <translation>separadas por comas: pensamientos acelerados, no poder dormir</translation>
    </message>
    <message>
        <source>&amp;Takes</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>comma-separated: quick, anywhere</source>
        <translation>separadas por comas: rápido, en-cualquier-lugar</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>from a peer, adapted from…</source>
        <translation>de otra persona en recuperación, adaptada de…</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Próximo contacto</translation>
    </message>
    <message>
        <source>Goals due</source>
        <translation>Metas por vencer</translation>
    </message>
    <message>
        <source>Waiting on them</source>
        <translation>Pendiente de su parte</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Find a person by name</source>
        <translation>Buscar a una persona por nombre</translation>
    </message>
    <message>
        <source>Has &amp;unsigned notes</source>
        <translation>Tiene notas sin &amp;firmar</translation>
    </message>
    <message>
        <source>O&amp;verdue milestones</source>
        <translation>Hitos &amp;atrasados</translation>
    </message>
    <message>
        <source>&amp;Goals due</source>
        <translation>&amp;Metas por vencer</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n days</source>
        <translation>
            <numerusform>Sin contacto desde hace %n día</numerusform>
            <numerusform>Sin contacto desde hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Casos a cargo</translation>
    </message>
    <message>
        <source>&amp;Notes (Enter)</source>
        <translation>&amp;Notas (Enter)</translation>
    </message>
    <message>
        <source>Open this person&apos;s session notes</source>
        <translation>Abrir las notas de sesión de esta persona</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Hoja de ruta</translation>
    </message>
    <message>
        <source>Open this person&apos;s roadmap</source>
        <translation>Abrir la hoja de ruta de esta persona</translation>
    </message>
    <message>
        <source>New no&amp;te</source>
        <translation>Nueva no&amp;ta</translation>
    </message>
    <message>
        <source>Start a session note for this person</source>
        <translation>Empezar una nota de sesión para esta persona</translation>
    </message>
    <message>
        <source>Next &amp;contact…</source>
        <translation>Próximo &amp;contacto…</translation>
    </message>
    <message>
        <source>Set the next planned contact</source>
        <translation>Fijar el próximo contacto planificado</translation>
    </message>
    <message>
        <source>Caseload summary</source>
        <translation>Resumen de casos a cargo</translation>
    </message>
    <message>
        <source>Enter: notes · Ctrl+R: roadmap · Ctrl+N: new note · Ctrl+K: next contact</source>
        <translation>Enter: notas · Ctrl+R: hoja de ruta · Ctrl+N: nueva nota · Ctrl+K: próximo contacto</translation>
    </message>
    <message>
        <source>Notes not yet signed, oldest first</source>
        <translation>Notas aún sin firmar, la más antigua primero</translation>
    </message>
    <message>
        <source>Notes not yet signed (oldest first)</source>
        <translation>Notas aún sin firmar (la más antigua primero)</translation>
    </message>
    <message>
        <source>Your caseload: the people you serve. These records are yours as their peer specialist; a person&apos;s own vault never shows these screens.</source>
        <translation>Tus casos a cargo: las personas a quienes acompañas. Estos registros son tuyos como su especialista de pares; la bóveda propia de una persona nunca muestra estas pantallas.</translation>
    </message>
    <message>
        <source>Open the roadmap</source>
        <translation>Abrir la hoja de ruta</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Next planned contact</source>
        <translation>Próximo contacto planificado</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Every note is signed.</source>
        <translation>Todas las notas están firmadas.</translation>
    </message>
    <message numerus="yes">
        <source>People: %n</source>
        <translation>
            <numerusform>Personas: %n</numerusform>
            <numerusform>Personas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not planned: {why}</source>
        <translation>Sin planificar: {why}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Escríbela otra vez</translation>
    </message>
</context>
<context>
    <name>CheckinPanel</name>
    <message>
        <source>Add a tracker…</source>
        <translation>Agregar algo para seguir…</translation>
    </message>
    <message>
        <source>Something to track on every check-in, like cravings or going outside</source>
        <translation>Algo para seguir en cada registro, como los antojos o salir de casa</translation>
    </message>
    <message>
        <source>Add a tracker</source>
        <translation>Agregar algo para seguir</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Plegar</translation>
    </message>
    <message>
        <source>Fold the check-in to one line</source>
        <translation>Plegar el registro a una línea</translation>
    </message>
    <message>
        <source>Fold the check-in</source>
        <translation>Plegar el registro</translation>
    </message>
    <message>
        <source>Check in again</source>
        <translation>Registrarme de nuevo</translation>
    </message>
    <message>
        <source>Show the whole check-in</source>
        <translation>Mostrar el registro completo</translation>
    </message>
    <message>
        <source>Checked in today at {time} (mood {mood}).</source>
        <translation>Te registraste hoy a las {time} (ánimo {mood}).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) checked in so far.</source>
        <translation>
            <numerusform>%n día con registro hasta ahora.</numerusform>
            <numerusform>%n días con registro hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Guardado a las {time}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the file already exists; choose another name</source>
        <translation>el archivo ya existe; elige otro nombre</translation>
    </message>
    <message>
        <source>Wrote {count} audit rows to {out}</source>
        <translation>Se escribieron {count} filas de auditoría en {out}</translation>
    </message>
    <message>
        <source>the folder for the output file does not exist</source>
        <translation>la carpeta del archivo de salida no existe</translation>
    </message>
    <message>
        <source>nobody called {name!r} is in this vault</source>
        <translation>no hay nadie llamado {name!r} en esta bóveda</translation>
    </message>
    <message>
        <source>Exported {n} session notes to {out} (readable by you only).</source>
        <translation>Se exportaron {n} notas de sesión a {out} (solo tú puedes leerlas).</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Contacts (exchange files)</source>
        <translation>Contactos (archivos de intercambio)</translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint words</source>
        <translation>Las palabras de huella de esta bóveda</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>No contacts yet. Someone becomes a contact when you read in their first file and the fingerprint words match.</source>
        <translation>Aún no hay contactos. Alguien se vuelve contacto cuando lees su primer archivo y las palabras de huella coinciden.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Rename the contact</source>
        <translation>Cambiar el nombre del contacto</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Olvidar…</translation>
    </message>
    <message>
        <source>Forget the contact</source>
        <translation>Olvidar el contacto</translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint, for others to compare: %1</source>
        <translation>La huella de esta bóveda, para que otras personas la comparen: %1</translation>
    </message>
    <message>
        <source>This vault gets its fingerprint with the first file it shares.</source>
        <translation>Esta bóveda obtiene su huella con el primer archivo que comparte.</translation>
    </message>
    <message>
        <source>Rename a contact</source>
        <translation>Cambiar el nombre de un contacto</translation>
    </message>
    <message>
        <source>Forget this contact?</source>
        <translation>¿Olvidar este contacto?</translation>
    </message>
    <message>
        <source>Forget “%1”? Their next file will be from someone unknown: you will compare the fingerprint words again. What you received from them stays.</source>
        <translation>¿Olvidar a “%1”? Su próximo archivo vendrá de alguien desconocido: volverás a comparar las palabras de huella. Lo que recibiste de esa persona se queda.</translation>
    </message>
</context>
<context>
    <name>CrisisPlanDialog</name>
    <message>
        <source>My crisis plan</source>
        <translation>Mi plan de crisis</translation>
    </message>
    <message>
        <source>Work through it from the top when things get hard. If you are in danger right now, contact your local emergency services.</source>
        <translation>Cuando las cosas se pongan difíciles, recórrelo desde el principio. Si estás en peligro ahora mismo, comunícate con los servicios de emergencia de tu zona.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF (one page)…</source>
        <translation>&amp;Guardar como PDF (una página)…</translation>
    </message>
    <message>
        <source>Save the crisis plan</source>
        <translation>Guardar el plan de crisis</translation>
    </message>
    <message>
        <source>Crisis plan saved</source>
        <translation>Plan de crisis guardado</translation>
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
        <translation>Sin guardar</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <source>Lock and &amp;restore from a backup…</source>
        <translation>Bloquear y &amp;restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Lock and restore from a backup</source>
        <translation>Bloquear y restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>A file with this name exists already; choose another name.</source>
        <translation>Ya existe un archivo con este nombre; elige otro.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <source>This file is far too large to be an exchange file.</source>
        <translation>Este archivo es demasiado grande para ser un archivo de intercambio.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Victory</source>
        <translation>Victoria</translation>
    </message>
    <message>
        <source>Person in a goal</source>
        <translation>Persona en una meta</translation>
    </message>
    <message>
        <source>Strategy card</source>
        <translation>Tarjeta de estrategia</translation>
    </message>
    <message>
        <source>Use log entry</source>
        <translation>Entrada del registro de uso</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Eliminado o conservado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
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
        <source>(kept, with edits)</source>
        <translation>(conservado, con cambios)</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Lo mío</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Lo suyo</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Fingerprint (compare aloud)</source>
        <translation>Huella (compárenla en voz alta)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Último intercambio</translation>
    </message>
    <message>
        <source>The helper process stopped.</source>
        <translation>El proceso auxiliar se detuvo.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espera, por favor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This is not a PeerDesk exchange file.</source>
        <translation>Este no es un archivo de intercambio de PeerDesk.</translation>
    </message>
    <message>
        <source>This exchange file was made by a newer PeerDesk; update PeerDesk to read it.</source>
        <translation>Este archivo de intercambio se hizo con una versión más nueva de PeerDesk; actualiza PeerDesk para leerlo.</translation>
    </message>
    <message>
        <source>This exchange file is far too large to be a real one.</source>
        <translation>Este archivo de intercambio es demasiado grande para ser real.</translation>
    </message>
    <message>
        <source>This exchange file is damaged or cut short; ask for a new one.</source>
        <translation>Este archivo de intercambio está dañado o incompleto; pide uno nuevo.</translation>
    </message>
    <message>
        <source>This exchange file is locked with a share passphrase; enter it.</source>
        <translation>Este archivo de intercambio está protegido con una frase de contraseña para compartir; escríbela.</translation>
    </message>
    <message>
        <source>The share passphrase is not right for this exchange file.</source>
        <translation>La frase de contraseña para compartir no es la correcta para este archivo de intercambio.</translation>
    </message>
    <message>
        <source>This exchange file was made for someone else, not for this vault.</source>
        <translation>Este archivo de intercambio se hizo para otra persona, no para esta bóveda.</translation>
    </message>
    <message>
        <source>This exchange file was changed after it was signed — refused.</source>
        <translation>Este archivo de intercambio se cambió después de firmarse — rechazado.</translation>
    </message>
    <message>
        <source>This exchange file has expired; ask the sender for a new one.</source>
        <translation>Este archivo de intercambio ya venció; pide uno nuevo a quien lo envió.</translation>
    </message>
    <message>
        <source>This file claims to be from %1 but was signed with a different key — refused.</source>
        <translation>Este archivo dice venir de %1 pero se firmó con otra clave — rechazado.</translation>
    </message>
    <message>
        <source>This exchange file was already received, or a newer one from the same sender was; nothing to do.</source>
        <translation>Este archivo de intercambio ya se recibió, o ya se recibió uno más nuevo de la misma persona; no hay nada que hacer.</translation>
    </message>
    <message>
        <source>This exchange file was made by this same vault; nothing to do.</source>
        <translation>Este archivo de intercambio lo hizo esta misma bóveda; no hay nada que hacer.</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>The exchange file is saved: encrypted and signed.</source>
        <translation>El archivo de intercambio está guardado: cifrado y firmado.</translation>
    </message>
    <message>
        <source>Receive a file</source>
        <translation>Recibir un archivo</translation>
    </message>
    <message>
        <source>PeerDesk exchange files (*%1)</source>
        <translation>Archivos de intercambio de PeerDesk (*%1)</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Your organisation does not allow readable (unencrypted) exports on this computer: Markdown, HTML, PDF, CSV and JSON files are turned off. Ask your administrator.</source>
        <translation>Tu organización no permite exportaciones legibles (sin cifrar) en esta computadora: los archivos Markdown, HTML, PDF, CSV y JSON están desactivados. Consulta con tu administrador.</translation>
    </message>
    <message>
        <source>Exports turned off</source>
        <translation>Exportaciones desactivadas</translation>
    </message>
    <message>
        <source>Your organisation&apos;s notice</source>
        <translation>Aviso de tu organización</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>GoalCheckinDialog</name>
    <message>
        <source>Check in on a goal</source>
        <translation>Seguimiento de una meta</translation>
    </message>
    <message>
        <source>&amp;Who is checking in</source>
        <translation>Q&amp;uién hace el seguimiento</translation>
    </message>
    <message>
        <source>&amp;How it is going</source>
        <translation>&amp;Cómo va</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>&amp;Qué pasó</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Próximo paso</translation>
    </message>
    <message>
        <source>One small thing before the next check-in</source>
        <translation>Algo pequeño antes del próximo seguimiento</translation>
    </message>
    <message>
        <source>Who &amp;takes it</source>
        <translation>Quién se &amp;encarga</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>Choose a goal to see its milestones, check-ins and who does what.</source>
        <translation>Elige una meta para ver sus hitos, sus seguimientos y quién hace qué.</translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation>&amp;Editar meta…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>&amp;Add a step…</source>
        <translation>&amp;Agregar un paso…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <source>Tick when done · drag or Ctrl+Up/Down to reorder</source>
        <translation>Marca lo hecho · arrastra o usa Ctrl+↑/↓ para reordenar</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Quién hace qué</translation>
    </message>
    <message>
        <source>Goal and its milestones</source>
        <translation>La meta y sus hitos</translation>
    </message>
    <message>
        <source>Milestones done</source>
        <translation>Hitos hechos</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>What we are working towards</source>
        <translation>Lo que queremos lograr</translation>
    </message>
    <message>
        <source>&amp;Whose goal</source>
        <translation>&amp;De quién es la meta</translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation>Área de la &amp;vida</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>S&amp;tarts</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>T&amp;arget</source>
        <translation>&amp;Para cuándo</translation>
    </message>
    <message>
        <source>&amp;Why this matters (in the person&apos;s own words)</source>
        <translation>Por &amp;qué importa (en palabras de la propia persona)</translation>
    </message>
    <message>
        <source>Who takes part (tick, and say what their part is)</source>
        <translation>Quién participa (marca y escribe cuál es su parte)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Their part</source>
        <translation>Su parte</translation>
    </message>
    <message>
        <source>The target date is before the start date. That is allowed; it will be flagged.</source>
        <translation>La fecha objetivo es anterior a la fecha de inicio. Está permitido; se marcará.</translation>
    </message>
    <message>
        <source>No dates: the goal is listed on the timeline but gets no bar until it has a start or a target date.</source>
        <translation>Sin fechas: la meta aparece en la línea de tiempo, pero no tiene barra hasta que tenga una fecha de inicio o una fecha objetivo.</translation>
    </message>
    <message>
        <source>No target date yet: the timeline shows only where it starts.</source>
        <translation>Aún no hay fecha objetivo: la línea de tiempo solo muestra dónde empieza.</translation>
    </message>
</context>
<context>
    <name>GoalFilterBar</name>
    <message>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>Todas las áreas de la vida</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Due after the goal&apos;s target date. Allowed, but worth a second look.</source>
        <translation>Vence después de la fecha objetivo de la meta. Está permitido, pero vale la pena revisarlo.</translation>
    </message>
</context>
<context>
    <name>JournalCheckinPanel</name>
    <message>
        <source>How are you feeling today?</source>
        <translation>¿Cómo te sientes hoy?</translation>
    </message>
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
        <source>What are you feeling? (pick any)</source>
        <translation>¿Qué estás sintiendo? (elige las que quieras)</translation>
    </message>
    <message>
        <source>&amp;Energy</source>
        <translation>&amp;Energía</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> /10</source>
        <translation> /10</translation>
    </message>
    <message>
        <source>&amp;Sleep</source>
        <translation>&amp;Sueño</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation>Una nota breve (opcional)</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
</context>
<context>
    <name>JournalEntryEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Star this entry</source>
        <translation>Destacar esta entrada</translation>
    </message>
    <message>
        <source>dd MMM yyyy HH:mm</source>
        <translation>dd MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Add a reflective prompt to the text</source>
        <translation>Agregar al texto una pregunta para reflexionar</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Empezar con una plantilla</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, - lists, # headings. #tags become tags.</source>
        <translation>Escribe en Markdown: **negrita**, *cursiva*, - listas, # títulos. Las #palabras se convierten en etiquetas.</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <source>family, work, recovery</source>
        <translation>familia, trabajo, recuperación</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>JournalExportDialog</name>
    <message>
        <source>Export the journal</source>
        <translation>Exportar el diario</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>dd MMM yyyy</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>I understand that the file is not encrypted: anyone who has it can read it.</source>
        <translation>Entiendo que el archivo no está cifrado: cualquier persona que lo tenga puede leerlo.</translation>
    </message>
    <message>
        <source>your first entry ({day})</source>
        <translation>tu primera entrada ({day})</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>The file will hold %n item(s) (entries and check-ins)</source>
        <translation>
            <numerusform>El archivo tendrá %n elemento (entradas y registros)</numerusform>
            <numerusform>El archivo tendrá %n elementos (entradas y registros)</numerusform>
        </translation>
    </message>
    <message>
        <source>, from {start} to {end}: their titles and text, moods, energy, sleep, emotions, tags and tracker values.</source>
        <translation>, del {start} al {end}: sus títulos y textos, ánimo, energía, sueño, emociones, etiquetas y valores de seguimiento.</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>Journal exported</source>
        <translation>Diario exportado</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Leyendo el diario…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Creando el PDF…</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Escribiendo la exportación…</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Only entries on or after this day</source>
        <translation>Solo entradas de este día en adelante</translation>
    </message>
    <message>
        <source>Only entries on or before this day</source>
        <translation>Solo entradas hasta este día</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Lowest mood</source>
        <translation>Ánimo más bajo</translation>
    </message>
    <message>
        <source>Highest mood</source>
        <translation>Ánimo más alto</translation>
    </message>
    <message>
        <source>★ only</source>
        <translation>Solo ★</translation>
    </message>
    <message>
        <source>Only starred entries</source>
        <translation>Solo entradas destacadas</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
</context>
<context>
    <name>JournalFormats</name>
    <message>
        <source>jrnl, the command-line journal (JSON file)</source>
        <translation>jrnl, el diario de la línea de comandos (archivo JSON)</translation>
    </message>
    <message>
        <source>Day One app (JSON or zip)</source>
        <translation>App Day One (JSON o zip)</translation>
    </message>
    <message>
        <source>Daylio mood app (CSV file)</source>
        <translation>App de ánimo Daylio (archivo CSV)</translation>
    </message>
    <message>
        <source>jrnl is a journal kept in a terminal. Make the file with: jrnl --export json &gt; journal.json (add the journal&apos;s name after jrnl if you keep more than one).</source>
        <translation>jrnl es un diario que se lleva en una terminal. Crea el archivo con: jrnl --export json &gt; journal.json (agrega el nombre del diario después de jrnl si tienes más de uno).</translation>
    </message>
    <message>
        <source>In Day One: File ▸ Export ▸ JSON (on a phone: Settings ▸ Import/Export ▸ Export ▸ JSON). Choose the zip it makes, or the .json inside it.</source>
        <translation>En Day One: Archivo ▸ Exportar ▸ JSON (en un teléfono: Configuración ▸ Importar/Exportar ▸ Exportar ▸ JSON). Elige el zip que crea, o el .json que trae adentro.</translation>
    </message>
    <message>
        <source>In Daylio: More ▸ Export Entries ▸ CSV (Excel). Copy the .csv file to this computer and choose it here.</source>
        <translation>En Daylio: Más ▸ Exportar entradas ▸ CSV (Excel). Copia el archivo .csv a esta computadora y elígelo aquí.</translation>
    </message>
</context>
<context>
    <name>JournalImportDialog</name>
    <message>
        <source>Import into the journal</source>
        <translation>Importar al diario</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Choose the exported file</source>
        <translation>Elige el archivo exportado</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Nothing is imported until you press Import. Importing the same file again adds nothing twice.</source>
        <translation>No se importa nada hasta que presiones Importar. Si vuelves a importar el mismo archivo, nada se agrega dos veces.</translation>
    </message>
    <message>
        <source>Your mood words, on PeerDesk&apos;s 0–10 scale</source>
        <translation>Tus palabras de estado de ánimo, en la escala de 0 a 10 de PeerDesk</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Importing journal entries…</source>
        <translation>Importando entradas del diario…</translation>
    </message>
    <message>
        <source>{problem} Nothing was imported.</source>
        <translation>{problem} No se importó nada.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Importación cancelada. No se importó nada.</translation>
    </message>
    <message>
        <source>Finishing the import…</source>
        <translation>Terminando la importación…</translation>
    </message>
</context>
<context>
    <name>LibraryExportDialog</name>
    <message numerus="yes">
        <source>The %n card(s) &amp;shown now (current search and filters)</source>
        <translation>
            <numerusform>La %n tarjeta &amp;visible ahora (búsqueda y filtros actuales)</numerusform>
            <numerusform>Las %n tarjetas &amp;visibles ahora (búsqueda y filtros actuales)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected &amp;card(s)</source>
        <translation>
            <numerusform>La %n &amp;tarjeta seleccionada</numerusform>
            <numerusform>Las %n &amp;tarjetas seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected &amp;cards (none are selected now)</source>
        <translation>Las &amp;tarjetas seleccionadas (ahora no hay ninguna)</translation>
    </message>
    <message>
        <source>Export strategy cards</source>
        <translation>Exportar tarjetas de estrategias</translation>
    </message>
    <message>
        <source>Cards exported</source>
        <translation>Tarjetas exportadas</translation>
    </message>
    <message>
        <source>Which cards</source>
        <translation>Qué tarjetas</translation>
    </message>
    <message>
        <source>The &amp;whole library</source>
        <translation>&amp;Toda la biblioteca</translation>
    </message>
    <message>
        <source>The cards &amp;shown now (with the current search and filters)</source>
        <translation>Las tarjetas que se ven a&amp;hora (con la búsqueda y los filtros actuales)</translation>
    </message>
    <message>
        <source>The selected &amp;card</source>
        <translation>La tarjeta &amp;seleccionada</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;JSON — to share with another PeerDesk user</source>
        <translation>&amp;JSON — para compartir con otra persona que usa PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Markdown — plain text to read or edit anywhere</source>
        <translation>&amp;Markdown — texto simple para leer o editar en cualquier lugar</translation>
    </message>
    <message>
        <source>&amp;PDF booklet — one card per page, to print</source>
        <translation>Folleto &amp;PDF — una tarjeta por página, para imprimir</translation>
    </message>
    <message>
        <source>Include my &amp;personal data (use log, distress ratings and notes, favourites, crisis plan)</source>
        <translation>Incluir mis datos pe&amp;rsonales (usos, niveles de malestar y notas, favoritas, plan de crisis)</translation>
    </message>
    <message>
        <source>The file will contain:</source>
        <translation>El archivo contendrá:</translation>
    </message>
</context>
<context>
    <name>LibraryImportDialog</name>
    <message>
        <source>Import strategy cards</source>
        <translation>Importar tarjetas de estrategias</translation>
    </message>
    <message>
        <source>For this card:</source>
        <translation>Para esta tarjeta:</translation>
    </message>
    <message>
        <source>In my library</source>
        <translation>En mi biblioteca</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Also import the &amp;personal data in this file</source>
        <translation>Importar también los datos &amp;personales de este archivo</translation>
    </message>
    <message>
        <source>Importing strategy cards…</source>
        <translation>Importando tarjetas de estrategia…</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Coping strategies</source>
        <translation>Estrategias de afrontamiento</translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <translation>&amp;Nueva tarjeta</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Search cards (title, steps, situations, tags)</source>
        <translation>Buscar tarjetas (título, pasos, situaciones, etiquetas)</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>Co&amp;mpartir…</translation>
    </message>
    <message>
        <source>Share strategy cards</source>
        <translation>Compartir tarjetas de estrategia</translation>
    </message>
    <message>
        <source>Share cards with a contact in an encrypted file</source>
        <translation>Compartir tarjetas con un contacto en un archivo cifrado</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Buscar tarjetas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Situation (warning sign)</source>
        <translation>Situación (señal de alerta)</translation>
    </message>
    <message>
        <source>&amp;Favourites</source>
        <translation>&amp;Favoritas</translation>
    </message>
    <message>
        <source>S&amp;ort by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Show cards in a grid</source>
        <translation>Mostrar las tarjetas en cuadrícula</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show cards in a list</source>
        <translation>Mostrar las tarjetas en lista</translation>
    </message>
    <message>
        <source>Choose a card to see its steps, log a use, or edit it.</source>
        <translation>Elige una tarjeta para ver sus pasos, anotar que la usaste o editarla.</translation>
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
        <translation>Usé esto</translation>
    </message>
    <message>
        <source>How distressed did you feel, from 0 (calm) to 10 (the worst)?</source>
        <translation>¿Cuánto malestar sentías, de 0 (calma) a 10 (lo peor)?</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>&amp;Antes</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Después</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Optional: what happened, what helped</source>
        <translation>Opcional: qué pasó, qué te ayudó</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>tarjetas</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>páginas</translation>
    </message>
    <message>
        <source>{done} of {total} {unit}</source>
        <translation>{done} de {total} {unit}</translation>
    </message>
    <message>
        <source>{done} {unit}</source>
        <translation>{done} {unit}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: nothing is changed</source>
        <translation>Cancelar: no se cambia nada</translation>
    </message>
    <message>
        <source>The helper process stopped.</source>
        <translation>El proceso auxiliar se detuvo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Disk space</source>
        <translation>Espacio en disco</translation>
    </message>
    <message>
        <source>&amp;Receive a file…</source>
        <translation>&amp;Recibir un archivo…</translation>
    </message>
    <message>
        <source>Read in a .peerdesk file someone shared with you</source>
        <translation>Leer un archivo .peerdesk que alguien compartió contigo</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Res&amp;taurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Put a backup back in place of this vault</source>
        <translation>Poner una copia de seguridad en lugar de esta bóveda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Abrir otra bóveda…</translation>
    </message>
    <message>
        <source>Lock this vault and choose another one (shared computers)</source>
        <translation>Bloquear esta bóveda y elegir otra (computadoras compartidas)</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Paso</translation>
    </message>
    <message>
        <source>A small, concrete step</source>
        <translation>Un paso pequeño y concreto</translation>
    </message>
    <message>
        <source>&amp;Who does it</source>
        <translation>&amp;Quién lo hace</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
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
    <name>NoteEditor</name>
    <message>
        <source>Setting…</source>
        <translation>Modalidad…</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Individual or group…</source>
        <translation>Individual o grupal…</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupal</translation>
    </message>
    <message>
        <source>Choose the person…</source>
        <translation>Elige a la persona…</translation>
    </message>
    <message>
        <source>Service type…</source>
        <translation>Tipo de servicio…</translation>
    </message>
    <message>
        <source>No roadmap goals for this person yet.</source>
        <translation>Esta persona aún no tiene metas en la hoja de ruta.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>New note. It is kept as a draft as you type; sign it when it is complete.</source>
        <translation>Nota nueva. Se guarda como borrador mientras escribes; fírmala cuando esté completa.</translation>
    </message>
    <message>
        <source>Signed on {when} by {who}. A signed note cannot be changed; add an addendum to correct it.</source>
        <translation>Firmada el {when} por {who}. Una nota firmada no se puede cambiar; agrega una adenda para corregirla.</translation>
    </message>
    <message>
        <source>Draft: not signed yet.</source>
        <translation>Borrador: aún sin firmar.</translation>
    </message>
    <message>
        <source>No addenda.</source>
        <translation>Sin adendas.</translation>
    </message>
    <message>
        <source>Addendum (amendment), signed by {who} on {when}</source>
        <translation>Adenda (enmienda), firmada por {who} el {when}</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Choose the person to keep this draft.</source>
        <translation>Elige a la persona para conservar este borrador.</translation>
    </message>
    <message>
        <source>This note was deleted meanwhile.</source>
        <translation>Mientras tanto, esta nota fue eliminada.</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>Borrador guardado a las {time}.</translation>
    </message>
    <message>
        <source>Sign this note?</source>
        <translation>¿Firmar esta nota?</translation>
    </message>
    <message>
        <source>Signing finalises the note with today&apos;s date and time. After that it cannot be changed or deleted; corrections are added as dated, signed addenda.</source>
        <translation>Al firmar, la nota queda finalizada con la fecha y la hora de hoy. Después ya no se puede cambiar ni eliminar; las correcciones se agregan como adendas fechadas y firmadas.</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>Firmada.</translation>
    </message>
    <message>
        <source>Not signed yet. Fill in first: {fields}.</source>
        <translation>Aún sin firmar. Primero completa: {fields}.</translation>
    </message>
    <message>
        <source>Addendum not added: {why}</source>
        <translation>No se agregó la adenda: {why}</translation>
    </message>
    <message>
        <source>Addendum added.</source>
        <translation>Adenda agregada.</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>¿Eliminar este borrador?</translation>
    </message>
    <message>
        <source>The draft and its words are removed from the vault for good.</source>
        <translation>El borrador y sus palabras se eliminan de la bóveda para siempre.</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Borrador eliminado.</translation>
    </message>
    <message>
        <source>Unsaved changes from before the lock were restored.</source>
        <translation>Se restauraron los cambios sin guardar de antes del bloqueo.</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <source>Sign and finalise this note</source>
        <translation>Firmar y finalizar esta nota</translation>
    </message>
    <message>
        <source>Add &amp;addendum…</source>
        <translation>Agregar &amp;adenda…</translation>
    </message>
    <message>
        <source>Add an addendum</source>
        <translation>Agregar una adenda</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Delete this draft</source>
        <translation>Eliminar este borrador</translation>
    </message>
    <message>
        <source>Saved state</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>Estado de la nota</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Person served</source>
        <translation>Persona acompañada</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Fecha y hora</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Start time, e.g. 09:30</source>
        <translation>Hora de inicio, p. ej., 09:30</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>End time, e.g. 10:20</source>
        <translation>Hora de fin, p. ej., 10:20</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>&amp;Setting and mode</source>
        <translation>&amp;Modalidad y formato</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Individual or group</source>
        <translation>Individual o grupal</translation>
    </message>
    <message>
        <source>Ser&amp;vice type</source>
        <translation>Tipo de ser&amp;vicio</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>Edit the list…</source>
        <translation>Editar la lista…</translation>
    </message>
    <message>
        <source>Edit the list of service types</source>
        <translation>Editar la lista de tipos de servicio</translation>
    </message>
    <message>
        <source>&amp;Goals addressed</source>
        <translation>&amp;Metas trabajadas</translation>
    </message>
    <message>
        <source>Goals addressed in this session</source>
        <translation>Metas trabajadas en esta sesión</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;Qué se hizo</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>In their &amp;own words</source>
        <translation>En sus &amp;propias palabras</translation>
    </message>
    <message>
        <source>The person&apos;s response in their own words</source>
        <translation>La respuesta de la persona en sus propias palabras</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>Próximos pa&amp;sos</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Who does &amp;them</source>
        <translation>Quién los &amp;hace</translation>
    </message>
    <message>
        <source>Who does the next steps</source>
        <translation>Quién hace los próximos pasos</translation>
    </message>
    <message>
        <source>S&amp;taff and credential</source>
        <translation>Personal y &amp;credencial</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation>Nombre del personal</translation>
    </message>
    <message>
        <source>e.g. CPRS</source>
        <translation>p. ej., CPRS</translation>
    </message>
    <message>
        <source>Staff credential</source>
        <translation>Credencial del personal</translation>
    </message>
    <message>
        <source>Addenda (corrections after signing, oldest first)</source>
        <translation>Adendas (correcciones después de firmar, la más antigua primero)</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
</context>
<context>
    <name>NoteFields</name>
    <message>
        <source>start time</source>
        <translation>hora de inicio</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>hora de fin</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>modalidad</translation>
    </message>
    <message>
        <source>individual or group</source>
        <translation>individual o grupal</translation>
    </message>
    <message>
        <source>service type</source>
        <translation>tipo de servicio</translation>
    </message>
    <message>
        <source>goals addressed</source>
        <translation>metas trabajadas</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>qué se hizo</translation>
    </message>
    <message>
        <source>the person&apos;s response</source>
        <translation>la respuesta de la persona</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>próximos pasos</translation>
    </message>
    <message>
        <source>who does them</source>
        <translation>quién los hace</translation>
    </message>
    <message>
        <source>staff name</source>
        <translation>nombre del personal</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>credencial</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Duration: {m} minutes</source>
        <translation>Duración: {m} minutos</translation>
    </message>
    <message>
        <source>Service: {s}</source>
        <translation>Servicio: {s}</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>En sus propias palabras</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Who does them</source>
        <translation>Quién los hace</translation>
    </message>
    <message>
        <source>Signed by {who} on {when} UTC</source>
        <translation>Firmada por {who} el {when} UTC</translation>
    </message>
    <message>
        <source>written and signed by {who} on {when} UTC</source>
        <translation>escrita y firmada por {who} el {when} UTC</translation>
    </message>
    <message>
        <source>No notes in this selection.</source>
        <translation>No hay notas en esta selección.</translation>
    </message>
    <message>
        <source>This note is signed, so it can no longer be changed or deleted. Add an addendum to correct or complete it.</source>
        <translation>Esta nota está firmada, así que ya no se puede cambiar ni eliminar. Agrega una adenda para corregirla o completarla.</translation>
    </message>
    <message>
        <source>A service type needs a name.</source>
        <translation>Un tipo de servicio necesita un nombre.</translation>
    </message>
    <message>
        <source>There is no such service type.</source>
        <translation>Ese tipo de servicio no existe.</translation>
    </message>
    <message>
        <source>That service type is already in the list.</source>
        <translation>Ese tipo de servicio ya está en la lista.</translation>
    </message>
    <message>
        <source>There is no such note.</source>
        <translation>Esa nota no existe.</translation>
    </message>
    <message>
        <source>Choose the person this note is about.</source>
        <translation>Elige a la persona de quien trata esta nota.</translation>
    </message>
    <message>
        <source>Fill in before signing: {fields}.</source>
        <translation>Completa antes de firmar: {fields}.</translation>
    </message>
    <message>
        <source>An addendum needs some text.</source>
        <translation>Una adenda necesita algo de texto.</translation>
    </message>
    <message>
        <source>An addendum is too long.</source>
        <translation>La adenda es demasiado larga.</translation>
    </message>
    <message>
        <source>Sign the addendum with your name.</source>
        <translation>Firma la adenda con tu nombre.</translation>
    </message>
    <message>
        <source>Only a signed note takes addenda; edit the draft instead.</source>
        <translation>Solo una nota firmada admite adendas; edita el borrador en su lugar.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Modalidad desconocida.</translation>
    </message>
    <message>
        <source>A note needs a date.</source>
        <translation>Una nota necesita una fecha.</translation>
    </message>
    <message>
        <source>Times are written HH:MM, e.g. 09:30.</source>
        <translation>Las horas se escriben HH:MM, p. ej., 09:30.</translation>
    </message>
    <message>
        <source>Setting: in person, phone or video.</source>
        <translation>Modalidad: en persona, teléfono o video.</translation>
    </message>
    <message>
        <source>Mode: individual or group.</source>
        <translation>Formato: individual o grupal.</translation>
    </message>
    <message>
        <source>A note can only address this person&apos;s own goals.</source>
        <translation>Una nota solo puede trabajar metas propias de esta persona.</translation>
    </message>
    <message>
        <source>That text is too long for a note.</source>
        <translation>Ese texto es demasiado largo para una nota.</translation>
    </message>
    <message>
        <source>The session cannot end before it starts.</source>
        <translation>La sesión no puede terminar antes de empezar.</translation>
    </message>
</context>
<context>
    <name>NotesExportDialog</name>
    <message>
        <source>PDF (.pdf): to print or file</source>
        <translation>PDF (.pdf): para imprimir o archivar</translation>
    </message>
    <message>
        <source>CSV (.csv): one row a note, for review tools</source>
        <translation>CSV (.csv): una fila por nota, para herramientas de revisión</translation>
    </message>
    <message>
        <source>This note</source>
        <translation>Esta nota</translation>
    </message>
    <message>
        <source>Notes in a date range</source>
        <translation>Notas en un rango de fechas</translation>
    </message>
    <message>
        <source>Everyone on the caseload</source>
        <translation>Todas las personas de los casos a cargo</translation>
    </message>
    <message>
        <source>Printed on the export, as your organisation requires:
{notice}</source>
        <translation>Impreso en la exportación, como lo exige tu organización:
{notice}</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Choose the file and save</source>
        <translation>Elegir el archivo y guardar</translation>
    </message>
    <message>
        <source>Your organisation does not allow readable (unencrypted) exports on this computer.</source>
        <translation>Tu organización no permite exportaciones legibles (sin cifrar) en esta computadora.</translation>
    </message>
    <message numerus="yes">
        <source>Session notes in the file: %n. Each with the person&apos;s name, date and times, setting, service type, goals addressed, what was done, the person&apos;s own words, next steps, staff name and credential, whether it is signed, and every addendum. The file is not encrypted.</source>
        <translation>
            <numerusform>Notas de sesión en el archivo: %n. Cada una con el nombre de la persona, la fecha y las horas, la modalidad, el tipo de servicio, las metas trabajadas, lo que se hizo, las propias palabras de la persona, los próximos pasos, el nombre y la credencial del personal, si está firmada, y cada adenda. El archivo no está cifrado.</numerusform>
            <numerusform>Notas de sesión en el archivo: %n. Cada una con el nombre de la persona, la fecha y las horas, la modalidad, el tipo de servicio, las metas trabajadas, lo que se hizo, las propias palabras de la persona, los próximos pasos, el nombre y la credencial del personal, si está firmada, y cada adenda. El archivo no está cifrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <source>Could not write {name}: {why}</source>
        <translation>No se pudo escribir {name}: {why}</translation>
    </message>
    <message>
        <source>Export session notes</source>
        <translation>Exportar notas de sesión</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>&amp;Which notes</source>
        <translation>&amp;Qué notas</translation>
    </message>
    <message>
        <source>Which notes to export</source>
        <translation>Qué notas exportar</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Only this person&apos;s notes</source>
        <translation>Solo las notas de esta persona</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Only notes from a date</source>
        <translation>Solo notas desde una fecha</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Primera fecha</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Only notes until a date</source>
        <translation>Solo notas hasta una fecha</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Última fecha</translation>
    </message>
    <message>
        <source>What the file will hold</source>
        <translation>Qué tendrá el archivo</translation>
    </message>
    <message>
        <source>The organisation&apos;s notice</source>
        <translation>Aviso de la organización</translation>
    </message>
    <message>
        <source>I understand that the file is not encrypted: anyone who has it can read it.</source>
        <translation>Entiendo que el archivo no está cifrado: cualquier persona que lo tenga puede leerlo.</translation>
    </message>
    <message>
        <source>Confirm an unencrypted file</source>
        <translation>Confirmar un archivo sin cifrar</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>All notes</source>
        <translation>Todas las notas</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmadas</translation>
    </message>
    <message>
        <source>Search the notes: every word must match</source>
        <translation>Buscar en las notas: cada palabra debe coincidir</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <source>New session note</source>
        <translation>Nueva nota de sesión</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export notes as PDF or CSV</source>
        <translation>Exportar notas como PDF o CSV</translation>
    </message>
    <message>
        <source>Only this person&apos;s notes</source>
        <translation>Solo las notas de esta persona</translation>
    </message>
    <message>
        <source>Drafts or signed notes</source>
        <translation>Borradores o notas firmadas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Only notes from a date</source>
        <translation>Solo notas desde una fecha</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Only notes until a date</source>
        <translation>Solo notas hasta una fecha</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Primera fecha</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Última fecha</translation>
    </message>
    <message>
        <source>How many notes are listed</source>
        <translation>Cuántas notas aparecen en la lista</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message numerus="yes">
        <source>Matching notes: %n</source>
        <translation>
            <numerusform>Notas que coinciden: %n</numerusform>
            <numerusform>Notas que coinciden: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words.</source>
        <translation>Nada coincide. Prueba con menos palabras.</translation>
    </message>
    <message numerus="yes">
        <source>Notes: %n</source>
        <translation>
            <numerusform>Notas: %n</numerusform>
            <numerusform>Notas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes here yet. “New note” starts one.</source>
        <translation>Aún no hay notas aquí. “Nueva nota” empieza una.</translation>
    </message>
    <message>
        <source>Exported to {name}.</source>
        <translation>Exportado a {name}.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Share passphrase</source>
        <translation>Frase de contraseña para compartir</translation>
    </message>
    <message>
        <source>This file is locked with a share passphrase. Type the one you agreed on:</source>
        <translation>Este archivo está protegido con una frase de contraseña para compartir. Escribe la que acordaron:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Al menos %n carácter.</numerusform>
            <numerusform>Al menos %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>This is &amp;me (the person who uses this vault)</source>
        <translation>Esta persona soy &amp;yo (quien usa esta bóveda)</translation>
    </message>
    <message>
        <source>&amp;Contact details (optional; only exported when you ask)</source>
        <translation>Datos de &amp;contacto (opcional; solo se exportan si lo pides)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>PlanContactDialog</name>
    <message>
        <source>Next planned contact</source>
        <translation>Próximo contacto planificado</translation>
    </message>
    <message>
        <source>Date and time of the next contact</source>
        <translation>Fecha y hora del próximo contacto</translation>
    </message>
    <message>
        <source>Setting of the next contact</source>
        <translation>Modalidad del próximo contacto</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>The caseload shows the next contact planned from now on.</source>
        <translation>Los casos a cargo muestran el próximo contacto planificado a partir de ahora.</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Setting</source>
        <translation>&amp;Modalidad</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Save the recovery plan</source>
        <translation>Guardar el plan de recuperación</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>No se guardó el plan</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Plan guardado</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <source>Print a recovery plan</source>
        <translation>Imprimir un plan de recuperación</translation>
    </message>
    <message>
        <source>&amp;Whose plan</source>
        <translation>&amp;De quién es el plan</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;Goals to include</source>
        <translation>&amp;Metas que incluir</translation>
    </message>
    <message>
        <source>What else goes in</source>
        <translation>Qué más se incluye</translation>
    </message>
    <message>
        <source>Why each goal matters</source>
        <translation>Por qué importa cada meta</translation>
    </message>
    <message>
        <source>Milestones with owners and dates</source>
        <translation>Hitos con responsables y fechas</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Quién hace qué</translation>
    </message>
    <message>
        <source>Contact details of the people</source>
        <translation>Datos de contacto de las personas</translation>
    </message>
    <message>
        <source>Recent check-ins per goal</source>
        <translation>Seguimientos recientes por meta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The list of small victories</source>
        <translation>La lista de pequeñas victorias</translation>
    </message>
    <message>
        <source>The file is not encrypted: hand it over in person and keep it somewhere safe.</source>
        <translation>El archivo no está cifrado: entrégalo en persona y guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <source>{title} · {status}</source>
        <translation>{title} · {status}</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>(not managed: personal areas; agency areas if enabled)</source>
        <translation>(no administrado: áreas personales; áreas de la agencia si están activadas)</translation>
    </message>
    <message>
        <source>(anywhere)</source>
        <translation>(en cualquier lugar)</translation>
    </message>
    <message>
        <source>(no limit)</source>
        <translation>(sin límite)</translation>
    </message>
    <message>
        <source>The policy could not be read; the strictest reading applies:</source>
        <translation>No se pudo leer la política; se aplica la interpretación más estricta:</translation>
    </message>
    <message>
        <source>Policy read from: {where}</source>
        <translation>Política leída de: {where}</translation>
    </message>
    <message>
        <source>No organisation policy on this computer (built-in defaults).</source>
        <translation>No hay política de la organización en esta computadora (valores predeterminados integrados).</translation>
    </message>
    <message>
        <source>default (not managed)</source>
        <translation>predeterminado (no administrado)</translation>
    </message>
    <message>
        <source>strictest fallback (the policy could not be read)</source>
        <translation>alternativa más estricta (no se pudo leer la política)</translation>
    </message>
    <message>
        <source>Your organisation requires a stronger passphrase; add a few more words.</source>
        <translation>Tu organización exige una frase de contraseña más fuerte; agrega algunas palabras más.</translation>
    </message>
    <message>
        <source>Your organisation allows vaults only in these folders: {places}.</source>
        <translation>Tu organización solo permite bóvedas en estas carpetas: {places}.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy allows no vault folder here; ask your administrator.</source>
        <translation>La política de tu organización no permite ninguna carpeta de bóveda aquí; consulta con tu administrador.</translation>
    </message>
    <message>
        <source>Your organisation does not allow readable (unencrypted) exports on this computer; nothing was written.</source>
        <translation>Tu organización no permite exportaciones legibles (sin cifrar) en esta computadora; no se escribió nada.</translation>
    </message>
    <message>
        <source>Your organisation does not allow remembering vaults on this computer.</source>
        <translation>Tu organización no permite recordar bóvedas en esta computadora.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>What this file would change</source>
        <translation>Qué cambiaría este archivo</translation>
    </message>
    <message>
        <source>Preview of a received file</source>
        <translation>Vista previa de un archivo recibido</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>From %1, a known contact.</source>
        <translation>De %1, un contacto conocido.</translation>
    </message>
    <message>
        <source>From %1, new to this vault (you compared the fingerprint words).</source>
        <translation>De %1, nuevo en esta bóveda (compararon las palabras de huella).</translation>
    </message>
    <message>
        <source>someone with no name</source>
        <translation>alguien sin nombre</translation>
    </message>
    <message>
        <source>Roadmap of %1.</source>
        <translation>Hoja de ruta de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Cantidades</translation>
    </message>
    <message>
        <source>This file changes nothing here: you have it all.</source>
        <translation>Este archivo no cambia nada aquí: ya lo tienes todo.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>&amp;Items (%1)</source>
        <translation>&amp;Elementos (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflictos (%1)</translation>
    </message>
    <message>
        <source>&amp;Who is who</source>
        <translation>&amp;Quién es quién</translation>
    </message>
    <message>
        <source>A progress summary: it is kept with this contact and never mixed into your journal.</source>
        <translation>Un resumen de progreso: se guarda con este contacto y nunca se mezcla con tu diario.</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>What is left to decide</source>
        <translation>Lo que queda por decidir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Read in</source>
        <translation>&amp;Incorporar</translation>
    </message>
    <message>
        <source>Read in</source>
        <translation>Incorporar</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Both of you changed these since your last exchange. Pick which version to keep for each; nothing is read in until you choose.</source>
        <translation>Las dos personas cambiaron estos elementos desde su último intercambio. Elige qué versión conservar en cada uno; no se incorpora nada hasta que elijas.</translation>
    </message>
    <message>
        <source>Mine (in this vault)</source>
        <translation>Lo mío (en esta bóveda)</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar lo mío</translation>
    </message>
    <message>
        <source>Theirs (in the file)</source>
        <translation>Lo suyo (en el archivo)</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Tomar lo suyo</translation>
    </message>
    <message>
        <source>All &amp;mine</source>
        <translation>Todo lo &amp;mío</translation>
    </message>
    <message>
        <source>Keep mine for every conflict</source>
        <translation>Conservar lo mío en todos los conflictos</translation>
    </message>
    <message>
        <source>All t&amp;heirs</source>
        <translation>Todo lo &amp;suyo</translation>
    </message>
    <message>
        <source>Take theirs for every conflict</source>
        <translation>Tomar lo suyo en todos los conflictos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The file names these people. Say who each one is in your circle, or add them; PeerDesk remembers it for the next files from this contact.</source>
        <translation>El archivo nombra a estas personas. Indica quién es cada una en tu círculo, o agrégalas; PeerDesk lo recuerda para los próximos archivos de este contacto.</translation>
    </message>
    <message>
        <source>Who %1 is here</source>
        <translation>Quién es %1 aquí</translation>
    </message>
    <message>
        <source>Someone new in my circle</source>
        <translation>Alguien nuevo en mi círculo</translation>
    </message>
    <message>
        <source>%1 in their file is:</source>
        <translation>%1 en su archivo es:</translation>
    </message>
    <message>
        <source>Nothing to read in: close this window.</source>
        <translation>No hay nada que incorporar: cierra esta ventana.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a version for %n conflict(s) first.</source>
        <translation>
            <numerusform>Primero elige una versión para %n conflicto.</numerusform>
            <numerusform>Primero elige una versión para %n conflictos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press “Read in”; it is one step you can cancel.</source>
        <translation>No se escribe nada hasta que presiones “Incorporar”; es un solo paso que puedes cancelar.</translation>
    </message>
</context>
<context>
    <name>ProcessWork</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: nothing is written</source>
        <translation>Cancelar: no se guarda nada</translation>
    </message>
</context>
<context>
    <name>ReceiveFlow</name>
    <message>
        <source>Opening the file with the share passphrase…</source>
        <translation>Abriendo el archivo con la frase de contraseña para compartir…</translation>
    </message>
    <message>
        <source>Reading the file in…</source>
        <translation>Incorporando el archivo…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled</source>
        <translation>
            <numerusform>%n conflicto resuelto</numerusform>
            <numerusform>%n conflictos resueltos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added to your circle</source>
        <translation>
            <numerusform>%n persona agregada a tu círculo</numerusform>
            <numerusform>%n personas agregadas a tu círculo</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is read in</source>
        <translation>El archivo está incorporado</translation>
    </message>
    <message>
        <source>This file was not read in</source>
        <translation>Este archivo no se incorporó</translation>
    </message>
    <message>
        <source>Nothing in your vault was changed.</source>
        <translation>No se cambió nada en tu bóveda.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Save the recovery code (then move it off this computer)</source>
        <translation>Guardar el código de recuperación (y luego sacarlo de esta computadora)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved to {path}. Now move it off this computer (a USB stick, or print it and delete the file): anyone with this computer and the code can open your vault.</source>
        <translation>Guardado en {path}. Ahora sácalo de esta computadora (a una memoria USB, o imprímelo y borra el archivo): cualquier persona con esta computadora y el código puede abrir tu bóveda.</translation>
    </message>
</context>
<context>
    <name>RememberPage</name>
    <message>
        <source>Your organisation does not allow remembering vaults on this computer: you will type your passphrase each time.</source>
        <translation>Tu organización no permite recordar bóvedas en esta computadora: escribirás tu frase de contraseña cada vez.</translation>
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
        <translation>Co&amp;mpartir…</translation>
    </message>
    <message>
        <source>Share this person&apos;s roadmap</source>
        <translation>Compartir la hoja de ruta de esta persona</translation>
    </message>
    <message>
        <source>Share the roadmap of the selected person (or the goal&apos;s person) in a file</source>
        <translation>Compartir en un archivo la hoja de ruta de la persona seleccionada (o de la persona de la meta)</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n hito</numerusform>
            <numerusform>%n hitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n seguimiento</numerusform>
            <numerusform>%n seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}” with its {parts}?</source>
        <translation>¿Eliminar “{title}” con sus {parts}?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>¿Eliminar “{title}”?</translation>
    </message>
    <message>
        <source>Its victories stay in the victories list. You can undo this straight after.</source>
        <translation>Sus victorias se quedan en la lista de victorias. Puedes deshacer esto justo después.</translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation>¿Eliminar esta meta?</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>Se eliminó “{title}”.</translation>
    </message>
    <message>
        <source>A small victory, worth noticing: {text}. It is kept in your Victories list.</source>
        <translation>Una pequeña victoria que vale la pena notar: {text}. Queda guardada en tu lista de Victorias.</translation>
    </message>
    <message>
        <source>&amp;New goal</source>
        <translation>&amp;Nueva meta</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>Hacer &amp;seguimiento</translation>
    </message>
    <message>
        <source>Log a &amp;win</source>
        <translation>Anotar una &amp;victoria</translation>
    </message>
    <message>
        <source>&amp;Print a plan…</source>
        <translation>Im&amp;primir un plan…</translation>
    </message>
    <message>
        <source>&amp;Delete goal…</source>
        <translation>Eliminar &amp;meta…</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Show goals of</source>
        <translation>Mostrar metas de</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Hoja de ruta</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>For me</source>
        <translation>Para mí</translation>
    </message>
    <message>
        <source>Due in the next two weeks</source>
        <translation>Vence en las próximas dos semanas</translation>
    </message>
    <message>
        <source>Waiting on me</source>
        <translation>Lo que depende de mí</translation>
    </message>
    <message>
        <source>Victories</source>
        <translation>Victorias</translation>
    </message>
    <message>
        <source>Every step counts. This list is here to look back on, especially on a hard day.</source>
        <translation>Cada paso cuenta. Esta lista está aquí para mirar atrás, sobre todo en un día difícil.</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>&amp;Add someone…</source>
        <translation>&amp;Agregar a alguien…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Life &amp;areas…</source>
        <translation>Á&amp;reas de la vida…</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Saved as {name} in {folder}.</source>
        <translation>Guardado como {name} en {folder}.</translation>
    </message>
    <message>
        <source>Open it to read or print it, or show the folder that holds it.</source>
        <translation>Ábrelo para leerlo o imprimirlo, o muestra la carpeta que lo contiene.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Mostrar &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>Imprimirlo</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Abrir el archivo guardado</translation>
    </message>
    <message>
        <source>Show the folder of the saved file</source>
        <translation>Mostrar la carpeta del archivo guardado</translation>
    </message>
</context>
<context>
    <name>SenderDialog</name>
    <message>
        <source>Someone new</source>
        <translation>Alguien nuevo</translation>
    </message>
    <message>
        <source>This file is from “%1”, who is not among your contacts yet. Before anything is read in, compare these words aloud with them, in person or on the phone. They find theirs in Settings, under Contacts.</source>
        <translation>Este archivo es de “%1”, que aún no está entre tus contactos. Antes de incorporar nada, comparen estas palabras en voz alta, en persona o por teléfono. Esa persona encuentra las suyas en Configuración, en Contactos.</translation>
    </message>
    <message>
        <source>someone with no name</source>
        <translation>alguien sin nombre</translation>
    </message>
    <message>
        <source>Fingerprint words</source>
        <translation>Palabras de huella</translation>
    </message>
    <message>
        <source>If a single word differs, do not trust it: the file may not come from them.</source>
        <translation>Si una sola palabra es distinta, no confíes: puede que el archivo no venga de esa persona.</translation>
    </message>
    <message>
        <source>They differ — do not read it in</source>
        <translation>Son distintas — no incorporarlo</translation>
    </message>
    <message>
        <source>The words differ, do not read it in</source>
        <translation>Las palabras son distintas, no incorporarlo</translation>
    </message>
    <message>
        <source>The words &amp;match — trust them</source>
        <translation>Las palabras &amp;coinciden — confiar</translation>
    </message>
    <message>
        <source>The words match, trust this sender</source>
        <translation>Las palabras coinciden, confiar en esta persona remitente</translation>
    </message>
</context>
<context>
    <name>ServiceType</name>
    <message>
        <source>Peer support (individual)</source>
        <translation>Apoyo de pares (individual)</translation>
    </message>
    <message>
        <source>Peer support (group)</source>
        <translation>Apoyo de pares (grupal)</translation>
    </message>
    <message>
        <source>Recovery planning</source>
        <translation>Plan de recuperación</translation>
    </message>
    <message>
        <source>Resource navigation</source>
        <translation>Orientación sobre recursos</translation>
    </message>
    <message>
        <source>Crisis support</source>
        <translation>Apoyo en crisis</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Alcance comunitario</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>ServiceTypesDialog</name>
    <message>
        <source>Service types</source>
        <translation>Tipos de servicio</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Add a service type</source>
        <translation>Agregar un tipo de servicio</translation>
    </message>
    <message>
        <source>Rename the chosen service type</source>
        <translation>Cambiar el nombre del tipo de servicio elegido</translation>
    </message>
    <message>
        <source>Retire the chosen service type</source>
        <translation>Retirar el tipo de servicio elegido</translation>
    </message>
    <message>
        <source>Notes already written keep the service type they were given.</source>
        <translation>Las notas ya escritas conservan el tipo de servicio que se les dio.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rename a service type</source>
        <translation>Cambiar el nombre de un tipo de servicio</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Bloquear tras</translation>
    </message>
    <message>
        <source>Managed by your organisation: its policy decides which screens are shown.</source>
        <translation>Administrado por tu organización: su política decide qué pantallas se muestran.</translation>
    </message>
    <message>
        <source>The caseload and session notes are for a peer specialist&apos;s records about the people they serve; those records belong to the specialist&apos;s work, not to the person. If this vault is your own, for your own recovery, leave this off: your journal, roadmap and library are all you need.</source>
        <translation>Los casos a cargo y las notas de sesión son para los registros de una persona especialista de pares sobre las personas a quienes acompaña; esos registros pertenecen al trabajo de especialista, no a la persona. Si esta bóveda es tuya, para tu propia recuperación, déjalo desactivado: tu diario, tu hoja de ruta y tu biblioteca son todo lo que necesitas.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Administrado por tu organización</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>When the vault was opened and locked, and what left it — never what you wrote.</source>
        <translation>Cuándo se abrió y se bloqueó la bóveda, y qué salió de ella — nunca lo que escribiste.</translation>
    </message>
    <message>
        <source>Show the &amp;activity log…</source>
        <translation>Mostrar el registro de &amp;actividad…</translation>
    </message>
    <message>
        <source>Show the activity log</source>
        <translation>Mostrar el registro de actividad</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Your organisation does not allow remembering vaults on this computer: type your passphrase each time.</source>
        <translation>Tu organización no permite recordar bóvedas en esta computadora: escribe tu frase de contraseña cada vez.</translation>
    </message>
    <message>
        <source>{setting}: set in {source}</source>
        <translation>{setting}: definido en {source}</translation>
    </message>
    <message>
        <source>The organisation&apos;s policy could not be read, so the strictest rules apply:
{problems}</source>
        <translation>No se pudo leer la política de la organización, así que se aplican las reglas más estrictas:
{problems}</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> minutos sin uso</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>&amp;Remember this vault in the system keyring (no passphrase needed here)</source>
        <translation>&amp;Recordar esta bóveda en el llavero del sistema (aquí no hará falta la frase de contraseña)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Mantener las últimas</translation>
    </message>
    <message>
        <source> automatic backups</source>
        <translation> copias automáticas</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer una copia a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Save a backup to a file…</source>
        <translation>&amp;Guardar una copia en un archivo…</translation>
    </message>
    <message>
        <source>Agency screens</source>
        <translation>Pantallas de agencia</translation>
    </message>
    <message>
        <source>Show the &amp;caseload and session notes (for a peer specialist at an agency)</source>
        <translation>Mostrar los &amp;casos a cargo y las notas de sesión (para especialistas de pares en una agencia)</translation>
    </message>
    <message>
        <source>Show the caseload and session notes</source>
        <translation>Mostrar los casos a cargo y las notas de sesión</translation>
    </message>
    <message>
        <source>About the agency screens</source>
        <translation>Acerca de las pantallas de agencia</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Everything in this vault is encrypted on this computer; only your passphrase (or recovery code) opens it. The technical details are in Help ▸ About PeerDesk.</source>
        <translation>Todo lo que hay en esta bóveda está cifrado en esta computadora; solo tu frase de contraseña (o tu código de recuperación) la abre. Los detalles técnicos están en Ayuda ▸ Acerca de PeerDesk.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with someone</source>
        <translation>Compartir con alguien</translation>
    </message>
    <message>
        <source>One person&apos;s &amp;roadmap</source>
        <translation>La &amp;hoja de ruta de una persona</translation>
    </message>
    <message>
        <source>Strategy &amp;cards</source>
        <translation>&amp;Tarjetas de estrategia</translation>
    </message>
    <message>
        <source>A progress &amp;summary (never journal text)</source>
        <translation>Un &amp;resumen de progreso (nunca el texto del diario)</translation>
    </message>
    <message>
        <source>Whose roadmap or summary</source>
        <translation>De quién es la hoja de ruta o el resumen</translation>
    </message>
    <message>
        <source>Which cards</source>
        <translation>Qué tarjetas</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Todas las tarjetas</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Solo las favoritas</translation>
    </message>
    <message>
        <source>The cards ticked below</source>
        <translation>Las tarjetas marcadas abajo</translation>
    </message>
    <message>
        <source>Cards to share</source>
        <translation>Tarjetas para compartir</translation>
    </message>
    <message>
        <source>Include contact &amp;details and the card use log</source>
        <translation>Incluir los &amp;datos de contacto y el registro de uso de las tarjetas</translation>
    </message>
    <message>
        <source>Include contact details and the use log</source>
        <translation>Incluir los datos de contacto y el registro de uso</translation>
    </message>
    <message>
        <source>Off by default: names and roles only, and no use log of the cards.</source>
        <translation>Desactivado por defecto: solo nombres y roles, y ningún registro de uso de las tarjetas.</translation>
    </message>
    <message>
        <source>What to share</source>
        <translation>Qué compartir</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;De quién:</translation>
    </message>
    <message>
        <source>C&amp;ards:</source>
        <translation>T&amp;arjetas:</translation>
    </message>
    <message>
        <source>To a &amp;known contact (only they can open it)</source>
        <translation>Para un &amp;contacto conocido (solo esa persona puede abrirlo)</translation>
    </message>
    <message>
        <source>To a known contact</source>
        <translation>Para un contacto conocido</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>With a share &amp;passphrase agreed in person</source>
        <translation>Con una &amp;frase de contraseña para compartir acordada en persona</translation>
    </message>
    <message>
        <source>With a share passphrase</source>
        <translation>Con una frase de contraseña para compartir</translation>
    </message>
    <message>
        <source>Share passphrase</source>
        <translation>Frase de contraseña para compartir</translation>
    </message>
    <message>
        <source>Share passphrase again</source>
        <translation>Repite la frase de contraseña para compartir</translation>
    </message>
    <message>
        <source>Agree on it face to face and never send it with the file. After this first file, replies are locked to each other&apos;s keys and need no passphrase.</source>
        <translation>Acuérdenla cara a cara y nunca la envíes con el archivo. Después de este primer archivo, las respuestas quedan protegidas con las claves de cada quien y no necesitan frase de contraseña.</translation>
    </message>
    <message>
        <source>The file &amp;expires after</source>
        <translation>El archivo &amp;vence después de</translation>
    </message>
    <message>
        <source>The file expires</source>
        <translation>El archivo vence</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Who can open it</source>
        <translation>Quién puede abrirlo</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>&amp;Frase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>What the file will hold</source>
        <translation>Qué tendrá el archivo</translation>
    </message>
    <message>
        <source>The file will hold exactly</source>
        <translation>El archivo tendrá exactamente</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Whose: %1</source>
        <translation>De quién: %1</translation>
    </message>
    <message>
        <source>Titles:</source>
        <translation>Títulos:</translation>
    </message>
    <message>
        <source>People named:</source>
        <translation>Personas nombradas:</translation>
    </message>
    <message>
        <source>Choose a contact.</source>
        <translation>Elige un contacto.</translation>
    </message>
    <message numerus="yes">
        <source>The share passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La frase de contraseña para compartir necesita al menos %n carácter.</numerusform>
            <numerusform>La frase de contraseña para compartir necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two share passphrases are not the same.</source>
        <translation>Las dos frases de contraseña para compartir no son iguales.</translation>
    </message>
    <message>
        <source>A file with this name exists already; choose another name.</source>
        <translation>Ya existe un archivo con este nombre; elige otro.</translation>
    </message>
    <message>
        <source>Gathering what the file will hold…</source>
        <translation>Reuniendo lo que tendrá el archivo…</translation>
    </message>
    <message>
        <source>Locking the file with the share passphrase…</source>
        <translation>Protegiendo el archivo con la frase de contraseña para compartir…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every shortcut PeerDesk offers now. Type to search.</source>
        <translation>Todos los atajos que PeerDesk ofrece ahora. Escribe para buscar.</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <source>Shows only the shortcuts whose name, keys or area contain what you type</source>
        <translation>Muestra solo los atajos cuyo nombre, teclas o área contienen lo que escribes</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Grouped by menu and by area</source>
        <translation>Agrupados por menú y por área</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>{name} (dashed, scaled to 0–10)</source>
        <translation>{name} (discontinua, escalada a 0–10)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) checked in</source>
        <translation>
            <numerusform>%n día con registro</numerusform>
            <numerusform>%n días con registro</numerusform>
        </translation>
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
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Put a backup (.pdbackup) back in place of this vault&apos;s files</source>
        <translation>Poner una copia de seguridad (.pdbackup) en lugar de los archivos de esta bóveda</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Use my recovery code</source>
        <translation>Usar mi código de recuperación</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock with the system keyring</source>
        <translation>Desbloquear con el llavero del sistema</translation>
    </message>
    <message>
        <source>Why the vault did not open</source>
        <translation>Por qué no se abrió la bóveda</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>damaged: {error}</source>
        <translation>dañada: {error}</translation>
    </message>
</context>
<context>
    <name>VaultPickerDialog</name>
    <message>
        <source>Open the selected vault</source>
        <translation>Abrir la bóveda seleccionada</translation>
    </message>
    <message>
        <source>Close PeerDesk without opening a vault</source>
        <translation>Cerrar PeerDesk sin abrir ninguna bóveda</translation>
    </message>
    <message>
        <source>Labels and folders of the vaults opened on this computer</source>
        <translation>Etiquetas y carpetas de las bóvedas abiertas en esta computadora</translation>
    </message>
    <message>
        <source>Rename the selected vault&apos;s label</source>
        <translation>Cambiar la etiqueta de la bóveda seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected vault from this list</source>
        <translation>Quitar la bóveda seleccionada de esta lista</translation>
    </message>
    <message>
        <source>Open a vault in another folder</source>
        <translation>Abrir una bóveda en otra carpeta</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Crear una bóveda nueva</translation>
    </message>
    <message>
        <source>Your organisation allows vaults only in: {folders}</source>
        <translation>Tu organización solo permite bóvedas en: {folders}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy allows no vault folder on this computer until it is fixed; ask your administrator.</source>
        <translation>La política de tu organización no permite ninguna carpeta de bóveda en esta computadora hasta que se corrija; consulta con tu administrador.</translation>
    </message>
    <message>
        <source>not in a folder your organisation allows</source>
        <translation>no está en una carpeta que tu organización permita</translation>
    </message>
    <message>
        <source>no vault there any more</source>
        <translation>ya no hay una bóveda ahí</translation>
    </message>
    <message>
        <source>Rename label</source>
        <translation>Cambiar la etiqueta</translation>
    </message>
    <message>
        <source>A label for this vault (shown before unlocking: no names):</source>
        <translation>Una etiqueta para esta bóveda (se muestra antes de desbloquear: sin nombres):</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Abrir una carpeta de bóveda</translation>
    </message>
    <message>
        <source>No vault there</source>
        <translation>No hay ninguna bóveda ahí</translation>
    </message>
    <message>
        <source>That folder holds no PeerDesk vault. Choose “Create a new vault…”.</source>
        <translation>Esa carpeta no contiene ninguna bóveda de PeerDesk. Elige “Crear una bóveda nueva…”.</translation>
    </message>
    <message>
        <source>A label for the new vault (shown before unlocking: no names):</source>
        <translation>Una etiqueta para la bóveda nueva (se muestra antes de desbloquear: sin nombres):</translation>
    </message>
    <message>
        <source>Choose where the new vault goes</source>
        <translation>Elige dónde va la bóveda nueva</translation>
    </message>
    <message>
        <source>Not allowed here</source>
        <translation>No está permitido aquí</translation>
    </message>
    <message>
        <source>Choose a vault — PeerDesk</source>
        <translation>Elige una bóveda — PeerDesk</translation>
    </message>
    <message>
        <source>Which vault do you want to open?</source>
        <translation>¿Qué bóveda quieres abrir?</translation>
    </message>
    <message>
        <source>Each vault opens only with its own passphrase. Labels and folders are shown here before anyone unlocks, so never use a person&apos;s name in them.</source>
        <translation>Cada bóveda se abre solo con su propia frase de contraseña. Las etiquetas y las carpetas se muestran aquí antes de que alguien desbloquee, así que nunca uses el nombre de una persona en ellas.</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Bóvedas recientes</translation>
    </message>
    <message>
        <source>&amp;Rename label…</source>
        <translation>Cambiar la &amp;etiqueta…</translation>
    </message>
    <message>
        <source>Remove from this &amp;list</source>
        <translation>Quitar de esta &amp;lista</translation>
    </message>
    <message>
        <source>Open &amp;another…</source>
        <translation>Abrir &amp;otra…</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Crear una bóveda nueva…</translation>
    </message>
</context>
<context>
    <name>_Side</name>
    <message>
        <source>Changed by %1, %2</source>
        <translation>Cambiado por %1, %2</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Cambiado por %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>unknown emotion: --emotion takes one the check-in panel offers (for example peaceful, hopeful, anxious, tired)</source>
        <translation>emoción desconocida: --emotion acepta una de las que ofrece el panel de registro (por ejemplo peaceful, hopeful, anxious, tired)</translation>
    </message>
    <message>
        <source>Check-in saved (mood {mood}).</source>
        <translation>Registro guardado (ánimo {mood}).</translation>
    </message>
    <message>
        <source>standard input cannot hold both the passphrase and the text</source>
        <translation>la entrada estándar no puede contener a la vez la frase de contraseña y el texto</translation>
    </message>
    <message>
        <source>write something first: the entry is empty</source>
        <translation>escribe algo primero: la entrada está vacía</translation>
    </message>
    <message>
        <source>Entry saved ({count} characters).</source>
        <translation>Entrada guardada ({count} caracteres).</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Name shown in this vault:</source>
        <translation>Nombre que se muestra en esta bóveda:</translation>
    </message>
    <message>
        <source>Save the exchange file</source>
        <translation>Guardar el archivo de intercambio</translation>
    </message>
    <message>
        <source>PeerDesk exchange files (*%1)</source>
        <translation>Archivos de intercambio de PeerDesk (*%1)</translation>
    </message>
</context>
</TS>
