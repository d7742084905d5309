<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PeerDesk</source>
        <translation>Acerca de PeerDesk</translation>
    </message>
    <message>
        <source>A private, offline workspace for peer support in recovery: a journal of check-ins, a roadmap of goals shared with the people who support you, and a library of coping strategies you can pass on as files.

Everything stays on this computer, encrypted. PeerDesk never uses the network; nothing leaves unless you export it.</source>
        <translation>Un espacio privado y sin conexión para el apoyo entre pares en la recuperación: un diario de registros, una hoja de ruta con metas que compartes con las personas que te apoyan y una biblioteca de estrategias para afrontar momentos difíciles que puedes pasar a otras personas en archivos.

Todo se queda en esta computadora, cifrado. PeerDesk nunca usa la red; nada sale de aquí a menos que tú lo exportes.</translation>
    </message>
    <message>
        <source>Encryption: SQLCipher {sqlcipher} (AES-256) with a random key; your passphrase unlocks that key through Argon2id.</source>
        <translation>Cifrado: SQLCipher {sqlcipher} (AES-256) con una clave aleatoria; tu frase de contraseña desbloquea esa clave mediante Argon2id.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>opened with</source>
        <translation>abierta con</translation>
    </message>
    <message>
        <source>why</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>person record</source>
        <translation>ficha de la persona</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>how many</source>
        <translation>cuántos</translation>
    </message>
    <message>
        <source>first try</source>
        <translation>primer intento</translation>
    </message>
    <message>
        <source>last try</source>
        <translation>último intento</translation>
    </message>
    <message>
        <source>tries</source>
        <translation>intentos</translation>
    </message>
    <message>
        <source>organisation&apos;s policy</source>
        <translation>política de la organización</translation>
    </message>
    <message>
        <source>policy read from</source>
        <translation>política leída de</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>frase de contraseña</translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>código de recuperación</translation>
    </message>
    <message>
        <source>key saved in the system keyring</source>
        <translation>clave guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>a new vault</source>
        <translation>una bóveda nueva</translation>
    </message>
    <message>
        <source>locked by you</source>
        <translation>la bloqueaste tú</translation>
    </message>
    <message>
        <source>not used for a while</source>
        <translation>sin usar durante un rato</translation>
    </message>
    <message>
        <source>the computer&apos;s screen locked</source>
        <translation>se bloqueó la pantalla de la computadora</translation>
    </message>
    <message>
        <source>PeerDesk closed</source>
        <translation>PeerDesk se cerró</translation>
    </message>
    <message>
        <source>a command finished</source>
        <translation>terminó un comando</translation>
    </message>
    <message>
        <source>none (no policy here)</source>
        <translation>ninguna (aquí no hay política)</translation>
    </message>
    <message>
        <source>a policy file</source>
        <translation>un archivo de política</translation>
    </message>
    <message>
        <source>the Windows registry</source>
        <translation>el registro de Windows</translation>
    </message>
    <message>
        <source>a policy file and the Windows registry</source>
        <translation>un archivo de política y el registro de Windows</translation>
    </message>
    <message>
        <source>the strictest rules (unreadable policy)</source>
        <translation>las reglas más estrictas (política ilegible)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>off by the organisation&apos;s policy</source>
        <translation>desactivado por la política de la organización</translation>
    </message>
    <message>
        <source>a backup</source>
        <translation>una copia de seguridad</translation>
    </message>
    <message>
        <source>unlocking</source>
        <translation>desbloquear</translation>
    </message>
    <message>
        <source>setting a new passphrase</source>
        <translation>elegir una frase de contraseña nueva</translation>
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
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueada</translation>
    </message>
    <message>
        <source>Failed unlock attempts</source>
        <translation>Intentos fallidos de desbloqueo</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restaurada desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation>Se usó el código de recuperación</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Código de recuperación nuevo</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>Clave renovada</translation>
    </message>
    <message>
        <source>Remember on this computer changed</source>
        <translation>Cambió “Recordar en esta computadora”</translation>
    </message>
    <message>
        <source>{utc} (UTC)</source>
        <translation>{utc} (UTC)</translation>
    </message>
    <message>
        <source>The row&apos;s number: a check names the first changed row by it</source>
        <translation>El número de la fila: una revisión señala por él la primera fila cambiada</translation>
    </message>
    <message>
        <source>When it happened, by this computer&apos;s clock</source>
        <translation>Cuándo pasó, según el reloj de esta computadora</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>How and what, in plain words — never anything you wrote</source>
        <translation>Cómo y qué, en palabras sencillas; nunca nada de lo que escribiste</translation>
    </message>
    <message>
        <source>Who was logged in to this computer</source>
        <translation>Quién tenía la sesión abierta en esta computadora</translation>
    </message>
    <message>
        <source>The vault&apos;s label, or the name of its folder</source>
        <translation>La etiqueta de la bóveda, o el nombre de su carpeta</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Computer user</source>
        <translation>Usuario de la computadora</translation>
    </message>
    <message>
        <source>Vault label</source>
        <translation>Etiqueta de la bóveda</translation>
    </message>
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
        <source>Demo vault (deleted when PeerDesk closes)</source>
        <translation>Bóveda de demostración (se borra al cerrar PeerDesk)</translation>
    </message>
    <message>
        <source>Demo vault: the passphrase is “{passphrase}”.</source>
        <translation>Bóveda de demostración: la frase de contraseña es “{passphrase}”.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>No se recordó</translation>
    </message>
    <message>
        <source>{problem} Check Caps Lock and try again; there is no limit on tries.</source>
        <translation>{problem} Revisa que Bloq Mayús no esté activado e inténtalo de nuevo; puedes intentarlo todas las veces que necesites.</translation>
    </message>
    <message>
        <source>The disk holding your vault is full ({free} kB free). You can read everything, but saving will fail until you free some space.</source>
        <translation>El disco donde está tu bóveda está lleno ({free} kB libres). Puedes leer todo, pero no se podrá guardar hasta que liberes algo de espacio.</translation>
    </message>
    <message>
        <source>Make a new recovery code?</source>
        <translation>¿Hacer un código de recuperación nuevo?</translation>
    </message>
    <message>
        <source>A change of your vault&apos;s key was interrupted last time. Your data is safe and your passphrase works, but your recovery code may not. Make a new one now?</source>
        <translation>La última vez se interrumpió un cambio de la clave de tu bóveda. Tus datos están a salvo y tu frase de contraseña funciona, pero puede que tu código de recuperación no. ¿Hacemos uno nuevo ahora?</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Haciendo la copia de seguridad de hoy…</translation>
    </message>
    <message>
        <source>Today&apos;s encrypted backup is made.</source>
        <translation>La copia de seguridad cifrada de hoy está hecha.</translation>
    </message>
    <message>
        <source>No automatic backup today: {problem}</source>
        <translation>Hoy no hay copia de seguridad automática: {problem}</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Elige una frase de contraseña nueva</translation>
    </message>
    <message>
        <source>You opened your vault with the recovery code. Choose a new passphrase now; the recovery code keeps working too.</source>
        <translation>Abriste tu bóveda con el código de recuperación. Elige ahora una frase de contraseña nueva; el código de recuperación sigue funcionando también.</translation>
    </message>
    <message>
        <source>Locked. Text you had not saved could not be kept: the disk is full.</source>
        <translation>Bloqueado. El texto que no habías guardado no se pudo conservar: el disco está lleno.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>No se restauró nada</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The backup is back in place. The files it replaced are kept in {folder}.

Unlock with the backup&apos;s passphrase.</source>
        <translation>La copia de seguridad ya está en su lugar. Los archivos que reemplazó se guardan en {folder}.

Desbloquea con la frase de contraseña de la copia.</translation>
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
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>PeerDesk backups (*{suffix})</source>
        <translation>Copias de PeerDesk (*{suffix})</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>The passphrase that was in use when this backup was made:</source>
        <translation>La frase de contraseña que usabas cuando se hizo esta copia:</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Tu código de recuperación nuevo</translation>
    </message>
    <message>
        <source>Write it down and keep it somewhere safe: it is shown only once.</source>
        <translation>Anótalo y guárdalo en un lugar seguro: solo se muestra esta vez.</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Hoja de ruta</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Casos a cargo</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>{area} ({keys})</source>
        <translation>{area} ({keys})</translation>
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
    <name>BoardColumn</name>
    <message numerus="yes">
        <source>Board column {status}: %n goal(s)</source>
        <translation>
            <numerusform>Columna {status} del tablero: %n meta</numerusform>
            <numerusform>Columna {status} del tablero: %n metas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Move the goal to the next column</source>
        <translation>Mover la meta a la columna siguiente</translation>
    </message>
    <message>
        <source>Move the goal to the previous column</source>
        <translation>Mover la meta a la columna anterior</translation>
    </message>
    <message>
        <source>Move the goal up its column</source>
        <translation>Subir la meta en su columna</translation>
    </message>
    <message>
        <source>Move the goal down its column</source>
        <translation>Bajar la meta en su columna</translation>
    </message>
    <message>
        <source>Arrow keys choose a goal. Ctrl+Shift+Left or Right moves it to another column (its status); Ctrl+Shift+Up or Down moves it within the column.</source>
        <translation>Las flechas eligen una meta. Ctrl+Mayús+Izquierda o Derecha la mueve a otra columna (su estado); Ctrl+Mayús+Arriba o Abajo la mueve dentro de la columna.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
</context>
<context>
    <name>CardDetail</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Cuándo usarla</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <source>Checked when the card is one of your favourites (Ctrl+D)</source>
        <translation>Marcado cuando la tarjeta es una de tus favoritas (Ctrl+D)</translation>
    </message>
    <message>
        <source>Steps and when to use it</source>
        <translation>Pasos y cuándo usarla</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>unos {minutes} min</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>etiquetas: {tags}</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Quitar de favoritas</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Añadir a favoritas</translation>
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
        <source>Close the card editor without saving</source>
        <translation>Cerrar el editor de la tarjeta sin guardar</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Editar tarjeta</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nueva tarjeta</translation>
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
        <source>Ta&amp;kes</source>
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
    <message>
        <source>The next contact planned from now on</source>
        <translation>El próximo contacto planificado a partir de ahora</translation>
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
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>last contact {date}</source>
        <translation>último contacto el {date}</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>todavía sin contacto</translation>
    </message>
    <message>
        <source>next contact not planned</source>
        <translation>próximo contacto sin planificar</translation>
    </message>
    <message>
        <source>next contact {when}</source>
        <translation>próximo contacto: {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) due</source>
        <translation>
            <numerusform>%n meta por vencer</numerusform>
            <numerusform>%n metas por vencer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting on them for %n milestone(s)</source>
        <translation>
            <numerusform>%n hito pendiente de su parte</numerusform>
            <numerusform>%n hitos pendientes de su parte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not signed, the oldest from {date}</source>
        <translation>
            <numerusform>%n nota sin firmar, del {date}</numerusform>
            <numerusform>%n notas sin firmar, la más antigua del {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) overdue</source>
        <translation>
            <numerusform>%n hito atrasado</numerusform>
            <numerusform>%n hitos atrasados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Find a person by name</source>
        <translation>Buscar a una persona por nombre</translation>
    </message>
    <message>
        <source>Enter or Tab goes to the list of people</source>
        <translation>Enter o Tab te lleva a la lista de personas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
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
        <source>One row a person. Enter opens their session notes.</source>
        <translation>Una fila por persona. Enter abre sus notas de sesión.</translation>
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
        <source>Find a person</source>
        <translation>Buscar a una persona</translation>
    </message>
    <message>
        <source>Go to the search box of the caseload</source>
        <translation>Ir a la casilla de búsqueda de los casos a cargo</translation>
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
        <source>A few unrelated words work well.</source>
        <translation>Unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Las dos frases de contraseña nuevas no son iguales.</translation>
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
        <source>A scale from 0 to 10</source>
        <translation>Una escala del 0 al 10</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Sí o no</translation>
    </message>
    <message>
        <source>What do you want to track? (e.g. cravings, went outside)</source>
        <translation>¿Qué quieres seguir? (por ejemplo, antojos, salí de casa)</translation>
    </message>
    <message>
        <source>Recorded as:</source>
        <translation>Se registra como:</translation>
    </message>
    <message>
        <source>Mood {value} of 10</source>
        <translation>Ánimo {value} de 10</translation>
    </message>
    <message>
        <source>Save the check-in</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <source>Check-in: mood {value}</source>
        <translation>Registro: ánimo {value}</translation>
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
        <source>{group}:</source>
        <translation>{group}:</translation>
    </message>
    <message>
        <source>Feeling, in the group {group}</source>
        <translation>Sentimiento, del grupo {group}</translation>
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
        <source>From {low} to {high}; — for none</source>
        <translation>Del {low} al {high}; — si no hay valor</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Guardado a las {time}.</translation>
    </message>
</context>
<context>
    <name>CheckinRating</name>
    <message>
        <source>Struggling</source>
        <translation>Con dificultad</translation>
    </message>
    <message>
        <source>Hard going</source>
        <translation>Cuesta arriba</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Estable</translation>
    </message>
    <message>
        <source>Going well</source>
        <translation>Va bien</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>{label} ({rating} of 5)</source>
        <translation>{label} ({rating} de 5)</translation>
    </message>
</context>
<context>
    <name>CheckinRow</name>
    <message>
        <source>Status changed from {old} to {new}</source>
        <translation>El estado cambió de {old} a {new}</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>Circle</name>
    <message>
        <source>Remove {name} from the circle? Their past milestones and check-ins keep their name.</source>
        <translation>¿Quitar a {name} del círculo? Sus hitos y seguimientos anteriores conservan su nombre.</translation>
    </message>
    <message>
        <source>Remove from the circle?</source>
        <translation>¿Quitar del círculo?</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No se quitó</translation>
    </message>
    <message>
        <source>Life areas</source>
        <translation>Áreas de la vida</translation>
    </message>
    <message>
        <source>One life area per line. Goals keep their area if you remove it here.</source>
        <translation>Un área de la vida por línea. Las metas conservan su área aunque la quites de aquí.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Life areas, one per line</source>
        <translation>Áreas de la vida, una por línea</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>No se cambió</translation>
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
        <source>Name shown in this vault:</source>
        <translation>Nombre que se muestra en esta bóveda:</translation>
    </message>
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
    <name>CreateVaultWizard</name>
    <message>
        <source>Create your PeerDesk vault</source>
        <translation>Crea tu bóveda de PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Create my vault</source>
        <translation>&amp;Crear mi bóveda</translation>
    </message>
    <message>
        <source>&amp;Start using PeerDesk</source>
        <translation>&amp;Empezar a usar PeerDesk</translation>
    </message>
</context>
<context>
    <name>CrisisItemDialog</name>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>a phone number, an address, when they are around</source>
        <translation>un número de teléfono, una dirección, cuándo suele estar disponible</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>(no card)</source>
        <translation>(sin tarjeta)</translation>
    </message>
    <message>
        <source>Strategy &amp;card</source>
        <translation>&amp;Tarjeta de estrategia</translation>
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
        <source>Crisis plan</source>
        <translation>Plan de crisis</translation>
    </message>
    <message>
        <source>Save the crisis plan</source>
        <translation>Guardar el plan de crisis</translation>
    </message>
    <message>
        <source>Could not write the PDF: {reason}</source>
        <translation>No se pudo escribir el PDF: {reason}</translation>
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
    <name>CrisisSectionModel</name>
    <message>
        <source>(card: {title})</source>
        <translation>(tarjeta: {title})</translation>
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
    <name>DueSoonModel</name>
    <message>
        <source>Overdue: worth a word at the next check-in (no judgement).</source>
        <translation>Ya venció: vale la pena hablarlo en el próximo seguimiento (sin juzgar).</translation>
    </message>
</context>
<context>
    <name>Effectiveness</name>
    <message>
        <source>Not used yet</source>
        <translation>Todavía sin usar</translation>
    </message>
    <message>
        <source>Used once</source>
        <translation>Usada una vez</translation>
    </message>
    <message numerus="yes">
        <source>Used %n time(s)</source>
        <translation>
            <numerusform>Usada %n vez</numerusform>
            <numerusform>Usada %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>{used} · distress unchanged on average</source>
        <translation>{used} · el malestar quedó igual en promedio</translation>
    </message>
    <message>
        <source>{used} · distress down {change} on average</source>
        <translation>{used} · el malestar bajó {change} en promedio</translation>
    </message>
    <message>
        <source>{used} · distress up {change} on average</source>
        <translation>{used} · el malestar subió {change} en promedio</translation>
    </message>
    <message>
        <source>Used {count}×</source>
        <translation>Usada {count}×</translation>
    </message>
    <message>
        <source>{used} · distress unchanged</source>
        <translation>{used} · malestar igual</translation>
    </message>
    <message>
        <source>{used} · distress {arrow}{change}</source>
        <translation>{used} · malestar {arrow}{change}</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Your own prompt</source>
        <translation>Tu propia pregunta</translation>
    </message>
    <message>
        <source>A question to ask yourself:</source>
        <translation>Una pregunta para hacerte:</translation>
    </message>
    <message>
        <source>Save as a template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>Unsaved text from last time was restored.</source>
        <translation>Recuperamos el texto que quedó sin guardar la última vez.</translation>
    </message>
    <message>
        <source>Add a prompt…</source>
        <translation>Agregar una pregunta…</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>{category}: {prompt}</source>
        <translation>{category}: {prompt}</translation>
    </message>
    <message>
        <source>Write my own prompt…</source>
        <translation>Escribir mi propia pregunta…</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Empezar con una plantilla…</translation>
    </message>
    <message>
        <source>Save this text as a template…</source>
        <translation>Guardar este texto como plantilla…</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Primero escribe algo.</translation>
    </message>
    <message>
        <source>This entry was deleted meanwhile; save it as a new one.</source>
        <translation>Esta entrada se eliminó mientras tanto; guárdala como una nueva.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Guardado a las {time}.</translation>
    </message>
    <message>
        <source>Deleted. Undo ({keys}) brings it back.</source>
        <translation>Eliminada. Deshacer ({keys}) la recupera.</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <source>Part of the vault file could not be read: it may be damaged. Your last change may not have been saved. Run “Back up now” if you can, then lock PeerDesk and choose “Restore from a backup…”.</source>
        <translation>No se pudo leer una parte del archivo de la bóveda: puede estar dañado. Es posible que tu último cambio no se haya guardado. Si puedes, usa “Hacer una copia ahora”; luego bloquea PeerDesk y elige “Restaurar desde una copia de seguridad…”.</translation>
    </message>
    <message>
        <source>Something went wrong, and the last action may not have finished. Everything saved before it is safe. If it happens again, lock and unlock PeerDesk.</source>
        <translation>Algo salió mal y puede que la última acción no haya terminado. Todo lo que se guardó antes está a salvo. Si vuelve a pasar, bloquea y desbloquea PeerDesk.</translation>
    </message>
    <message>
        <source>Part of the vault file could not be read: it may be damaged. Your last change may not have been saved. A backup can put the vault back as it was when the backup was made.</source>
        <translation>No se pudo leer una parte del archivo de la bóveda: puede estar dañado. Es posible que tu último cambio no se haya guardado. Una copia de seguridad puede devolver la bóveda a como estaba cuando se hizo la copia.</translation>
    </message>
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
        <source>Person in recovery</source>
        <translation>Persona en recuperación</translation>
    </message>
    <message>
        <source>Peer specialist</source>
        <translation>Especialista de pares</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Persona de apoyo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>(kept, with edits)</source>
        <translation>(conservado, con cambios)</translation>
    </message>
    <message>
        <source>{kind} “{item}”</source>
        <translation>{kind} “{item}”</translation>
    </message>
    <message>
        <source>New: {what}</source>
        <translation>Nuevo: {what}</translation>
    </message>
    <message>
        <source>Changed: {what}</source>
        <translation>Cambiado: {what}</translation>
    </message>
    <message>
        <source>Restored: {what}</source>
        <translation>Restaurado: {what}</translation>
    </message>
    <message>
        <source>Deleted: {what}</source>
        <translation>Eliminado: {what}</translation>
    </message>
    <message>
        <source>Conflict: {what}, both of you changed it</source>
        <translation>Conflicto: {what}, las dos personas lo cambiaron</translation>
    </message>
    <message>
        <source>keeping mine</source>
        <translation>se conserva lo mío</translation>
    </message>
    <message>
        <source>taking theirs</source>
        <translation>se toma lo suyo</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>aún sin elegir</translation>
    </message>
    <message>
        <source>{item}, {field}: mine “{mine}”, theirs “{theirs}”; {decided}</source>
        <translation>{item}, {field}: lo mío “{mine}”, lo suyo “{theirs}”; {decided}</translation>
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
        <source>{name}, fingerprint words: {words}; last exchange {when}</source>
        <translation>{name}, palabras de huella: {words}; último intercambio: {when}</translation>
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
    <message>
        <source>This file claims to come from another contact&apos;s vault.</source>
        <translation>Este archivo dice venir de la bóveda de otro contacto.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <source>The library is not available.</source>
        <translation>La biblioteca no está disponible.</translation>
    </message>
    <message>
        <source>received from %1 on %2</source>
        <translation>recibida de %1 el %2</translation>
    </message>
    <message>
        <source>A card in the file cannot be stored.</source>
        <translation>Una tarjeta del archivo no se puede guardar.</translation>
    </message>
    <message>
        <source>A PeerDesk vault</source>
        <translation>Una bóveda de PeerDesk</translation>
    </message>
    <message>
        <source>This file was made by this vault.</source>
        <translation>Este archivo lo hizo esta misma bóveda.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>No hay nada que incorporar.</translation>
    </message>
    <message>
        <source>The sender is not known yet: compare the fingerprint words, then confirm.</source>
        <translation>Aún no conoces a quien lo envía: comparen las palabras de huella y luego confirma.</translation>
    </message>
    <message>
        <source>Choose which version to keep for every conflict.</source>
        <translation>Elige qué versión conservar en cada conflicto.</translation>
    </message>
    <message>
        <source>Choose a contact or a share passphrase.</source>
        <translation>Elige un contacto o una frase de contraseña para compartir.</translation>
    </message>
    <message>
        <source>The file&apos;s contents do not match its label.</source>
        <translation>El contenido del archivo no coincide con su etiqueta.</translation>
    </message>
    <message>
        <source>Choose whose roadmap to share.</source>
        <translation>Elige de quién es la hoja de ruta que quieres compartir.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Victories</source>
        <translation>Victorias</translation>
    </message>
    <message>
        <source>People in goals</source>
        <translation>Personas en las metas</translation>
    </message>
    <message>
        <source>Strategy cards</source>
        <translation>Tarjetas de estrategia</translation>
    </message>
    <message>
        <source>Entries of the use log</source>
        <translation>Entradas del registro de uso</translation>
    </message>
    <message>
        <source>People named</source>
        <translation>Personas nombradas</translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>Eliminaciones</translation>
    </message>
    <message>
        <source>A summary: mood average and days checked in per week, goal progress counts</source>
        <translation>Un resumen: ánimo promedio y días con registro por semana, cuántos avances hay en las metas</translation>
    </message>
    <message>
        <source>No contact details and no use log</source>
        <translation>Sin datos de contacto ni registro de uso</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usada</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed.</source>
        <translation>El contenido del archivo está mal formado.</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed (a record id).</source>
        <translation>El contenido del archivo está mal formado (el identificador de un registro).</translation>
    </message>
    <message>
        <source>The file&apos;s contents are too large.</source>
        <translation>El contenido del archivo es demasiado grande.</translation>
    </message>
    <message>
        <source>The file&apos;s contents are cut short.</source>
        <translation>El contenido del archivo está incompleto.</translation>
    </message>
    <message>
        <source>The file&apos;s contents cannot be unpacked.</source>
        <translation>El contenido del archivo no se puede descomprimir.</translation>
    </message>
    <message>
        <source>The file&apos;s contents are not readable.</source>
        <translation>El contenido del archivo no se puede leer.</translation>
    </message>
    <message>
        <source>This is not a PeerDesk exchange.</source>
        <translation>Esto no es un intercambio de PeerDesk.</translation>
    </message>
    <message>
        <source>This file was made by a newer PeerDesk; update PeerDesk to receive it.</source>
        <translation>Este archivo se hizo con una versión más nueva de PeerDesk; actualiza PeerDesk para recibirlo.</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed (what it holds).</source>
        <translation>El contenido del archivo está mal formado (lo que contiene).</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed (vaults).</source>
        <translation>El contenido del archivo está mal formado (las bóvedas).</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed (people).</source>
        <translation>El contenido del archivo está mal formado (las personas).</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed (versions).</source>
        <translation>El contenido del archivo está mal formado (las versiones).</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed (records).</source>
        <translation>El contenido del archivo está mal formado (los registros).</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed (summary).</source>
        <translation>El contenido del archivo está mal formado (el resumen).</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed (a record).</source>
        <translation>El contenido del archivo está mal formado (un registro).</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed (a record&apos;s kind).</source>
        <translation>El contenido del archivo está mal formado (el tipo de un registro).</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed (a record appears twice).</source>
        <translation>El contenido del archivo está mal formado (un registro aparece dos veces).</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed (a record&apos;s fields).</source>
        <translation>El contenido del archivo está mal formado (los campos de un registro).</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed (a field).</source>
        <translation>El contenido del archivo está mal formado (un campo).</translation>
    </message>
    <message>
        <source>The file&apos;s contents are malformed (a record lacks fields).</source>
        <translation>El contenido del archivo está mal formado (a un registro le faltan campos).</translation>
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
    <name>FeedModel</name>
    <message>
        <source>How it is going: {rating}</source>
        <translation>Cómo va: {rating}</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Próximo paso: {step}</translation>
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
    <message>
        <source>Not said</source>
        <translation>Sin decir</translation>
    </message>
    <message>
        <source>Space opens the list to choose someone else</source>
        <translation>La barra espaciadora abre la lista para elegir a otra persona</translation>
    </message>
    <message>
        <source>Say how it is going, what happened, or the next step.</source>
        <translation>Cuenta cómo va, qué pasó o cuál es el próximo paso.</translation>
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
        <source>Chosen goal</source>
        <translation>Meta elegida</translation>
    </message>
    <message>
        <source>Milestones done</source>
        <translation>Hitos hechos</translation>
    </message>
    <message>
        <source>Check-ins on this goal</source>
        <translation>Seguimientos de esta meta</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Los más recientes primero</translation>
    </message>
    <message>
        <source>Changing the status moves the goal to that column of the board</source>
        <translation>Al cambiar el estado, la meta pasa a esa columna del tablero</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Subir el paso</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Bajar el paso</translation>
    </message>
    <message>
        <source>Edit the step</source>
        <translation>Editar el paso</translation>
    </message>
    <message>
        <source>Space ticks the chosen step as done. Ctrl+Up or Ctrl+Down moves it; Enter edits it.</source>
        <translation>La barra espaciadora marca como hecho el paso elegido. Ctrl+Arriba o Ctrl+Abajo lo mueve; Intro lo edita.</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>para el {date}</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>desde el {date}</translation>
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
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Tick “Starts” to give a date</source>
        <translation>Marca “Inicio” para poner una fecha</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Tick “Target” to give a date</source>
        <translation>Marca “Para cuándo” para poner una fecha</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation>Quién participa</translation>
    </message>
    <message>
        <source>Space ticks a person; type their part in the second column</source>
        <translation>La barra espaciadora marca a una persona; escribe su parte en la segunda columna</translation>
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
    <name>GoalRow</name>
    <message>
        <source>No milestones yet</source>
        <translation>Aún no hay hitos</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n milestone(s) done</source>
        <translation>
            <numerusform>{done} de %n hito hecho</numerusform>
            <numerusform>{done} de %n hitos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>The target date is before the start date.</source>
        <translation>La fecha objetivo es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <source>One milestone is due after the goal&apos;s target date.</source>
        <translation>Un hito vence después de la fecha objetivo de la meta.</translation>
    </message>
    <message numerus="yes">
        <source>%n milestones are due after the goal&apos;s target date.</source>
        <translation>
            <numerusform>%n hito vence después de la fecha objetivo de la meta.</numerusform>
            <numerusform>%n hitos vencen después de la fecha objetivo de la meta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>Not achieved (yet)</source>
        <translation>No lograda (todavía)</translation>
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
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>Due after the goal&apos;s target date. Allowed, but worth a second look.</source>
        <translation>Vence después de la fecha objetivo de la meta. Está permitido, pero vale la pena revisarlo.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
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
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A short note with this check-in (optional). Enter saves the check-in.</source>
        <translation>Una nota breve con este registro (opcional). Enter guarda el registro.</translation>
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
        <source>Starred</source>
        <translation>Destacada</translation>
    </message>
    <message>
        <source>Star this entry to find it again with the ★ filter</source>
        <translation>Destaca esta entrada para encontrarla de nuevo con el filtro ★</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
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
        <source>Prompts</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Empezar con una plantilla</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Text of the entry</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Markdown. Tab moves on to the next field.</source>
        <translation>Markdown. Tab pasa al campo siguiente.</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, - lists, # headings. #tags become tags.</source>
        <translation>Escribe en Markdown: **negrita**, *cursiva*, - listas, # títulos. Las #palabras se convierten en etiquetas.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The text as it will look, read-only</source>
        <translation>Cómo se verá el texto, solo lectura</translation>
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
    <name>JournalErrors</name>
    <message>
        <source>{field} must be a whole number from 0 to 10.</source>
        <translation>{field} debe ser un número entero del 0 al 10.</translation>
    </message>
    <message>
        <source>{field} must be from 0 to 10 (got {value}).</source>
        <translation>{field} debe estar entre 0 y 10 (llegó {value}).</translation>
    </message>
    <message>
        <source>The title is longer than {limit} characters.</source>
        <translation>El título tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters.</source>
        <translation>El texto tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>El ánimo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>La energía</translation>
    </message>
    <message>
        <source>Sleep must be from 0 to 24 hours (got {value}).</source>
        <translation>El sueño debe estar entre 0 y 24 horas (llegó {value}).</translation>
    </message>
    <message>
        <source>An entry can have at most {limit} tags.</source>
        <translation>Una entrada puede tener {limit} etiquetas como máximo.</translation>
    </message>
    <message>
        <source>The tag {tag}… is longer than {limit}.</source>
        <translation>La etiqueta {tag}… tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>An emotion name is longer than {limit}.</source>
        <translation>El nombre de una emoción tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>A tracker needs a name of 1 to 80 characters.</source>
        <translation>Lo que sigues necesita un nombre de 1 a 80 caracteres.</translation>
    </message>
    <message>
        <source>A tracker is a scale or yes/no.</source>
        <translation>Un seguimiento es una escala o un sí/no.</translation>
    </message>
    <message>
        <source>A scale tracker needs a smaller lowest than highest value.</source>
        <translation>En una escala, el valor más bajo debe ser menor que el más alto.</translation>
    </message>
    <message>
        <source>There is already a tracker called {name}.</source>
        <translation>Ya sigues algo llamado {name}.</translation>
    </message>
    <message>
        <source>A prompt needs 1 to 1000 characters.</source>
        <translation>Una pregunta necesita de 1 a 1000 caracteres.</translation>
    </message>
    <message>
        <source>A template needs a name of 1 to 120 characters.</source>
        <translation>Una plantilla necesita un nombre de 1 a 120 caracteres.</translation>
    </message>
    <message>
        <source>A template is limited to 20 000 characters.</source>
        <translation>Una plantilla puede tener hasta 20 000 caracteres.</translation>
    </message>
    <message>
        <source>A tracker of this check-in no longer exists.</source>
        <translation>Algo que seguías en este registro ya no existe.</translation>
    </message>
    <message>
        <source>{name} must be from {low} to {high}.</source>
        <translation>{name} debe estar entre {low} y {high}.</translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <source>Mood {mood}/10 ({word})</source>
        <translation>Ánimo {mood}/10 ({word})</translation>
    </message>
    <message>
        <source>Energy {energy}/10</source>
        <translation>Energía {energy}/10</translation>
    </message>
    <message>
        <source>Sleep {hours} h</source>
        <translation>Sueño {hours} h</translation>
    </message>
    <message>
        <source>Feeling {emotions}</source>
        <translation>Sintiendo {emotions}</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>★ starred</source>
        <translation>★ destacada</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>{start} to today</source>
        <translation>del {start} hasta hoy</translation>
    </message>
    <message>
        <source>From the start to {end}</source>
        <translation>Desde el principio hasta el {end}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
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
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>I understand that the file is not encrypted: anyone who has it can read it.</source>
        <translation>Entiendo que el archivo no está cifrado: cualquier persona que lo tenga puede leerlo.</translation>
    </message>
    <message>
        <source>Markdown (.md) — readable text</source>
        <translation>Markdown (.md): texto fácil de leer</translation>
    </message>
    <message>
        <source>JSON (.json) — for other programs</source>
        <translation>JSON (.json): para otros programas</translation>
    </message>
    <message>
        <source>PDF (.pdf) — to print</source>
        <translation>PDF (.pdf): para imprimir</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
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
        <source>journal</source>
        <translation>diario</translation>
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
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Creando el PDF…</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Escribiendo la exportación…</translation>
    </message>
    <message>
        <source>Could not write {file}: {problem}</source>
        <translation>No se pudo escribir {file}: {problem}</translation>
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
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
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
    <name>JournalImport</name>
    <message>
        <source>the file holds NUL bytes; it is not a Daylio CSV</source>
        <translation>el archivo tiene bytes NUL; no es un CSV de Daylio</translation>
    </message>
    <message>
        <source>not a Daylio CSV export (missing column {names})</source>
        <translation>no es una exportación CSV de Daylio (falta la columna {names})</translation>
    </message>
    <message>
        <source>more values than columns</source>
        <translation>hay más valores que columnas</translation>
    </message>
    <message>
        <source>not valid CSV ({reason})</source>
        <translation>no es un CSV válido ({reason})</translation>
    </message>
    <message>
        <source>Scales not understood, left out: {names}.</source>
        <translation>Escalas que no entendimos y se dejan fuera: {names}.</translation>
    </message>
    <message>
        <source>Mood words without a value yet: {words} (choose one for each, or they are imported without a mood).</source>
        <translation>Palabras de ánimo todavía sin valor: {words} (elige uno para cada una, o se importan sin ánimo).</translation>
    </message>
    <message>
        <source>column &apos;full_date&apos; is not YYYY-MM-DD ({value})</source>
        <translation>la columna &apos;full_date&apos; no tiene la forma AAAA-MM-DD ({value})</translation>
    </message>
    <message>
        <source>columns &apos;year&apos;/&apos;date&apos; are not a date ({value})</source>
        <translation>las columnas &apos;year&apos;/&apos;date&apos; no forman una fecha ({value})</translation>
    </message>
    <message>
        <source>column &apos;time&apos; is not a time like 13:48 or 1:48 pm ({value})</source>
        <translation>la columna &apos;time&apos; no es una hora como 13:48 o 1:48 pm ({value})</translation>
    </message>
    <message>
        <source>column &apos;mood&apos; is empty</source>
        <translation>la columna &apos;mood&apos; está vacía</translation>
    </message>
    <message>
        <source>column &apos;mood&apos; is longer than 80 characters</source>
        <translation>la columna &apos;mood&apos; tiene más de 80 caracteres</translation>
    </message>
    <message>
        <source>%n photo(s) not imported (PeerDesk keeps text).</source>
        <translation>Fotos sin importar (PeerDesk guarda solo texto): %n.</translation>
    </message>
    <message>
        <source>%n video(s) not imported (PeerDesk keeps text).</source>
        <translation>Videos sin importar (PeerDesk guarda solo texto): %n.</translation>
    </message>
    <message>
        <source>%n audio recording(s) not imported (PeerDesk keeps text).</source>
        <translation>Grabaciones de audio sin importar (PeerDesk guarda solo texto): %n.</translation>
    </message>
    <message>
        <source>%n PDF(s) not imported (PeerDesk keeps text).</source>
        <translation>PDF sin importar (PeerDesk guarda solo texto): %n.</translation>
    </message>
    <message>
        <source>*(photo not imported)*</source>
        <translation>*(foto sin importar)*</translation>
    </message>
    <message>
        <source>*(video not imported)*</source>
        <translation>*(video sin importar)*</translation>
    </message>
    <message>
        <source>*(audio recording not imported)*</source>
        <translation>*(grabación de audio sin importar)*</translation>
    </message>
    <message>
        <source>*(PDF not imported)*</source>
        <translation>*(PDF sin importar)*</translation>
    </message>
    <message>
        <source>not a readable zip file ({reason})</source>
        <translation>no es un archivo zip que se pueda leer ({reason})</translation>
    </message>
    <message>
        <source>the zip holds no Day One .json journal</source>
        <translation>el zip no trae ningún diario .json de Day One</translation>
    </message>
    <message>
        <source>the zip is password-protected</source>
        <translation>el zip está protegido con contraseña</translation>
    </message>
    <message>
        <source>the journal inside is too large</source>
        <translation>el diario que trae adentro es demasiado grande</translation>
    </message>
    <message>
        <source>cannot unpack ({reason})</source>
        <translation>no se puede descomprimir ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>Media files in the zip not imported (PeerDesk keeps text): %n.</source>
        <translation>
            <numerusform>Archivos multimedia del zip sin importar (PeerDesk guarda solo texto): %n.</numerusform>
            <numerusform>Archivos multimedia del zip sin importar (PeerDesk guarda solo texto): %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>not a Day One JSON export (no &quot;entries&quot; list)</source>
        <translation>no es una exportación JSON de Day One (no hay lista &quot;entries&quot;)</translation>
    </message>
    <message>
        <source>should be an object</source>
        <translation>debería ser un objeto</translation>
    </message>
    <message>
        <source>Unknown time zones ({zones}): times shown in UTC.</source>
        <translation>Zonas horarias desconocidas ({zones}): las horas se muestran en UTC.</translation>
    </message>
    <message>
        <source>field &apos;creationDate&apos; is not an ISO date and time ({value})</source>
        <translation>el campo &apos;creationDate&apos; no es una fecha y hora ISO ({value})</translation>
    </message>
    <message>
        <source>The mood for {word} must be from 0 to 10.</source>
        <translation>El ánimo para {word} debe estar entre 0 y 10.</translation>
    </message>
    <message>
        <source>two entries share an id (in the file or with the vault); nothing was imported</source>
        <translation>dos entradas comparten un identificador (en el archivo o con la bóveda); no se importó nada</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation>esto no es un archivo</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>el JSON tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <source>field {name} holds an invalid character</source>
        <translation>el campo {name} tiene un carácter no válido</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>field {name} should be {kind}</source>
        <translation>el campo {name} debería ser {kind}</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB</source>
        <translation>el archivo pesa más de {limit} MB</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>línea {number}</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>entrada {number}</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte {number})</source>
        <translation>el texto no es UTF-8 válido (byte {number})</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>no es un JSON válido ({reason})</translation>
    </message>
    <message>
        <source>more than {limit} entries</source>
        <translation>más de {limit} entradas</translation>
    </message>
    <message>
        <source>the title is longer than {limit} characters</source>
        <translation>el título tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters</source>
        <translation>el texto tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>more than {limit} tags</source>
        <translation>más de {limit} etiquetas</translation>
    </message>
    <message>
        <source>a tag is longer than {limit} characters</source>
        <translation>una etiqueta tiene más de {limit} caracteres</translation>
    </message>
    <message numerus="yes">
        <source>Entries that appear twice in the file, imported once: %n.</source>
        <translation>
            <numerusform>Entradas que aparecen dos veces en el archivo, importadas una sola vez: %n.</numerusform>
            <numerusform>Entradas que aparecen dos veces en el archivo, importadas una sola vez: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>not a jrnl JSON export (no &quot;entries&quot; list)</source>
        <translation>no es una exportación JSON de jrnl (no hay lista &quot;entries&quot;)</translation>
    </message>
    <message>
        <source>field &apos;date&apos;/&apos;time&apos; is not YYYY-MM-DD and HH:MM ({value})</source>
        <translation>el campo &apos;date&apos;/&apos;time&apos; no tiene la forma AAAA-MM-DD y HH:MM ({value})</translation>
    </message>
    <message>
        <source>not valid JSON (expected {what})</source>
        <translation>no es un JSON válido (se esperaba {what})</translation>
    </message>
    <message>
        <source>not valid JSON (a key is not a string)</source>
        <translation>no es un JSON válido (una clave no es texto)</translation>
    </message>
    <message>
        <source>not valid JSON (extra data)</source>
        <translation>no es un JSON válido (sobran datos)</translation>
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
        <source>What the file holds</source>
        <translation>Lo que trae el archivo</translation>
    </message>
    <message>
        <source>What was found in the file, and what will be skipped</source>
        <translation>Lo que se encontró en el archivo y lo que se va a omitir</translation>
    </message>
    <message>
        <source>Your mood words, on PeerDesk&apos;s 0–10 scale</source>
        <translation>Tus palabras de estado de ánimo, en la escala de 0 a 10 de PeerDesk</translation>
    </message>
    <message>
        <source>Your mood words</source>
        <translation>Tus palabras de ánimo</translation>
    </message>
    <message>
        <source>jrnl JSON export (*.json)</source>
        <translation>Exportación JSON de jrnl (*.json)</translation>
    </message>
    <message>
        <source>Day One export (*.json *.zip)</source>
        <translation>Exportación de Day One (*.json *.zip)</translation>
    </message>
    <message>
        <source>Daylio CSV export (*.csv)</source>
        <translation>Exportación CSV de Daylio (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose the export to import</source>
        <translation>Elige la exportación que quieres importar</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>This file cannot be imported — {problem}. Nothing was changed.</source>
        <translation>Este archivo no se puede importar: {problem}. No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found</source>
        <translation>
            <numerusform>Se encontró %n elemento</numerusform>
            <numerusform>Se encontraron %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>, from {first} to {last}</source>
        <translation>, del {first} al {last}</translation>
    </message>
    <message numerus="yes">
        <source>Already in your journal, and skipped: %n.</source>
        <translation>
            <numerusform>Ya están en tu diario y se omiten: %n.</numerusform>
            <numerusform>Ya están en tu diario y se omiten: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To be added: %n.</source>
        <translation>
            <numerusform>Se van a agregar: %n.</numerusform>
            <numerusform>Se van a agregar: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to add.</source>
        <translation>No hay nada nuevo para agregar.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Mood word</source>
        <translation>Palabra de ánimo</translation>
    </message>
    <message>
        <source>On PeerDesk&apos;s scale</source>
        <translation>En la escala de PeerDesk</translation>
    </message>
    <message>
        <source>no mood</source>
        <translation>sin ánimo</translation>
    </message>
    <message>
        <source>Mood for “{word}”</source>
        <translation>Ánimo para «{word}»</translation>
    </message>
    <message>
        <source>From 0 to 10, or no mood</source>
        <translation>Del 0 al 10, o sin ánimo</translation>
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
    <name>JournalListDelegate</name>
    <message>
        <source>mood {mood}</source>
        <translation>ánimo {mood}</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>Mood {mood} of 10, {word}</source>
        <translation>Ánimo {mood} de 10, {word}</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Destacada</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Search your journal: every word must match; &quot;quote&quot; a phrase</source>
        <translation>Busca en tu diario: cada palabra debe coincidir; pon una frase &quot;entre comillas&quot;</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Every word must match. Down or Tab goes to the results; Ctrl+F comes back.</source>
        <translation>Cada palabra debe coincidir. Abajo o Tab lleva a los resultados; Ctrl+F vuelve aquí.</translation>
    </message>
    <message>
        <source>Search now</source>
        <translation>Buscar ahora</translation>
    </message>
    <message>
        <source>Find in the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Go to the journal&apos;s search box</source>
        <translation>Ir al cuadro de búsqueda del diario</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Delete selected entries</source>
        <translation>Eliminar las entradas elegidas</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Newest first. Enter opens the entry; Delete removes the chosen ones.</source>
        <translation>Las más recientes primero. Enter abre la entrada; Supr elimina las elegidas.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import from jrnl, Day One or Daylio</source>
        <translation>Importar desde jrnl, Day One o Daylio</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export to Markdown, JSON or PDF</source>
        <translation>Exportar a Markdown, JSON o PDF</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words.</source>
        <translation>No hay coincidencias. Prueba con menos palabras.</translation>
    </message>
    <message numerus="yes">
        <source>%n or more found</source>
        <translation>
            <numerusform>Se encontró %n o más</numerusform>
            <numerusform>Se encontraron %n o más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>Se encontró %n</numerusform>
            <numerusform>Se encontraron %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries yet. Check in above, or write.</source>
        <translation>Todavía no hay entradas. Regístrate arriba o escribe.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s).</source>
        <translation>
            <numerusform>Se importó %n elemento.</numerusform>
            <numerusform>Se importaron %n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the journal: %n.</source>
        <translation>
            <numerusform>Ya estaban en el diario: %n.</numerusform>
            <numerusform>Ya estaban en el diario: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Exportado a {file}.</translation>
    </message>
</context>
<context>
    <name>JournalUndo</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring library is not available.</source>
        <translation>La biblioteca del llavero no está disponible.</translation>
    </message>
    <message>
        <source>The system keyring could not be reached ({error}).</source>
        <translation>No se pudo acceder al llavero del sistema ({error}).</translation>
    </message>
    <message>
        <source>Remembering is not offered: the only keyring here stores secrets in a plain file, which is not safe.</source>
        <translation>No se ofrece recordar la bóveda: el único llavero de aquí guarda los secretos en un archivo sin cifrar, y eso no es seguro.</translation>
    </message>
    <message>
        <source>Remembering is not offered: this computer has no secure keyring service running (for example GNOME Keyring or KWallet on Linux).</source>
        <translation>No se ofrece recordar la bóveda: en esta computadora no hay ningún servicio de llavero seguro en marcha (por ejemplo, GNOME Keyring o KWallet en Linux).</translation>
    </message>
    <message>
        <source>Your system keyring can remember this vault.</source>
        <translation>El llavero de tu sistema puede recordar esta bóveda.</translation>
    </message>
    <message>
        <source>The system keyring refused to store the key ({error}).</source>
        <translation>El llavero del sistema no quiso guardar la clave ({error}).</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language</source>
        <extracomment>Languages PeerDesk ships, in the order Settings lists them (English is the source).</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of PeerDesk&apos;s window, messages, exports and sample texts</source>
        <translation>El idioma de la ventana de PeerDesk, sus mensajes, sus exportaciones y sus textos de ejemplo</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>El del sistema ({language})</translation>
    </message>
    <message>
        <source>&amp;PeerDesk speaks</source>
        <translation>&amp;PeerDesk habla</translation>
    </message>
    <message>
        <source>Kept on this computer, outside the vault: the lock screen speaks it too.</source>
        <translation>Se guarda en esta computadora, fuera de la bóveda: la pantalla de bloqueo también lo usa.</translation>
    </message>
    <message>
        <source>PeerDesk speaks {language} from the next time it starts.</source>
        <translation>PeerDesk hablará {language} a partir de la próxima vez que se abra.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Distress before must be a whole number from 0 to 10.</source>
        <translation>El malestar de antes debe ser un número entero del 0 al 10.</translation>
    </message>
    <message>
        <source>Distress after must be a whole number from 0 to 10.</source>
        <translation>El malestar de después debe ser un número entero del 0 al 10.</translation>
    </message>
    <message>
        <source>A strategy needs a title.</source>
        <translation>Una estrategia necesita un título.</translation>
    </message>
    <message>
        <source>The title is longer than {limit} characters.</source>
        <translation>El título tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>The category is longer than {limit} characters.</source>
        <translation>La categoría tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>A tag is longer than {limit} characters.</source>
        <translation>Una etiqueta tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>A warning sign is longer than {limit} characters.</source>
        <translation>Una señal de alerta tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>How long it takes must be between 0 and 1440 minutes.</source>
        <translation>La duración debe estar entre 0 y 1440 minutos.</translation>
    </message>
    <message>
        <source>A category needs a name of at most 80 characters.</source>
        <translation>Una categoría necesita un nombre de 80 caracteres como máximo.</translation>
    </message>
    <message>
        <source>There is already a category called “{name}”.</source>
        <translation>Ya hay una categoría llamada “{name}”.</translation>
    </message>
    <message>
        <source>That strategy no longer exists.</source>
        <translation>Esa estrategia ya no existe.</translation>
    </message>
    <message>
        <source>Unknown crisis plan section {key}.</source>
        <translation>Sección del plan de crisis desconocida: {key}.</translation>
    </message>
    <message>
        <source>Write something for this item.</source>
        <translation>Escribe algo para este punto.</translation>
    </message>
    <message>
        <source>This item is too long.</source>
        <translation>Este punto es demasiado largo.</translation>
    </message>
    <message>
        <source>That crisis plan item no longer exists.</source>
        <translation>Ese punto del plan de crisis ya no existe.</translation>
    </message>
    <message>
        <source>PeerDesk starter library</source>
        <extracomment>Stored on each starter card in English; shown with ``shown_provenance``.</extracomment>
        <translation>Biblioteca inicial de PeerDesk</translation>
    </message>
</context>
<context>
    <name>LibraryExport</name>
    <message numerus="yes">
        <source>%n strategy card(s) with title, category, summary, steps, when to use it, warning signs, how long it takes, tags, source and where it came from.</source>
        <translation>
            <numerusform>%n tarjeta de estrategia con título, categoría, resumen, pasos, cuándo usarla, señales de alerta, cuánto dura, etiquetas, fuente y de dónde viene.</numerusform>
            <numerusform>%n tarjetas de estrategia con título, categoría, resumen, pasos, cuándo usarlas, señales de alerta, cuánto duran, etiquetas, fuente y de dónde vienen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No personal data: no use log, no distress ratings or notes, no favourites, no crisis plan.</source>
        <translation>Ningún dato personal: ni usos, ni niveles de malestar, ni notas, ni favoritas, ni plan de crisis.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Your use log: {records} with date, distress before and after, and {notes} you wrote; and how much each card helped on average.</source>
        <translation>Tu historial de usos: {records} con fecha y malestar antes y después, y {notes} que escribiste; y cuánto te ayudó cada tarjeta en promedio.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Your use log: {records} with date, distress before and after; and how much each card helped on average.</source>
        <translation>Tu historial de usos: {records} con fecha y malestar antes y después; y cuánto te ayudó cada tarjeta en promedio.</translation>
    </message>
    <message numerus="yes">
        <source>%n favourite mark(s).</source>
        <translation>
            <numerusform>%n marca de favorita.</numerusform>
            <numerusform>%n marcas de favorita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Your crisis plan: {items}, including {contacts}.</source>
        <translation>Tu plan de crisis: {items}, con {contacts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Your crisis plan: {items}.</source>
        <translation>Tu plan de crisis: {items}.</translation>
    </message>
    <message>
        <source>No crisis plan (it is only included when the whole library is exported).</source>
        <translation>Sin plan de crisis (solo se incluye cuando exportas toda la biblioteca).</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Takes:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>unos {minutes} min</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Cuándo usarla</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>How it worked for me:</source>
        <translation>Cómo me funcionó:</translation>
    </message>
    <message>
        <source>My crisis plan</source>
        <translation>Mi plan de crisis</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(todavía no hay nada escrito)</translation>
    </message>
    <message>
        <source>(card: {title})</source>
        <translation>(tarjeta: {title})</translation>
    </message>
    <message>
        <source>distress {before} → {after}</source>
        <translation>malestar {before} → {after}</translation>
    </message>
    <message>
        <source>Coping strategies</source>
        <translation>Estrategias de afrontamiento</translation>
    </message>
    <message numerus="yes">
        <source>%n strategy card(s), exported from PeerDesk.</source>
        <translation>
            <numerusform>%n tarjeta de estrategia, exportada desde PeerDesk.</numerusform>
            <numerusform>%n tarjetas de estrategia, exportadas desde PeerDesk.</numerusform>
        </translation>
    </message>
    <message>
        <source>My use log</source>
        <translation>Mi historial de usos</translation>
    </message>
</context>
<context>
    <name>LibraryExportDialog</name>
    <message>
        <source>PeerDesk library (*.json)</source>
        <extracomment>File-dialog filters, marked for lupdate; shown through translate(&quot;LibraryExportDialog&quot;, …).</extracomment>
        <translation>Biblioteca de PeerDesk (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
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
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Export strategy cards</source>
        <translation>Exportar tarjetas de estrategias</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>No se pudo escribir {file}: {reason}</translation>
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
    <name>LibraryFile</name>
    <message>
        <source>the file is {size} MB; a library file may be at most {limit} MB</source>
        <translation>el archivo ocupa {size} MB; un archivo de biblioteca puede ocupar como máximo {limit} MB</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>this is a folder, not a library file</source>
        <translation>esto es una carpeta, no un archivo de biblioteca</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>the file is too large for a library file</source>
        <translation>el archivo es demasiado grande para ser un archivo de biblioteca</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (bad byte at position {position})</source>
        <translation>el archivo no es texto UTF-8 válido (byte incorrecto en la posición {position})</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>JSON no válido: {reason} (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>not a library file: the JSON is nested far too deeply</source>
        <translation>no es un archivo de biblioteca: el JSON tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>JSON no válido: {reason}</translation>
    </message>
    <message>
        <source>not a valid library file: the field {field} appears twice</source>
        <translation>no es un archivo de biblioteca válido: el campo {field} aparece dos veces</translation>
    </message>
    <message>
        <source>not valid JSON: {name} is not a number JSON allows</source>
        <translation>JSON no válido: {name} no es un número que JSON permita</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown field {field}</source>
        <translation>campo desconocido {field}</translation>
    </message>
    <message>
        <source>the field {field} is missing</source>
        <translation>falta el campo {field}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>contains a character that is not allowed ({code})</source>
        <translation>contiene un carácter no permitido ({code})</translation>
    </message>
    <message>
        <source>is not in the expected form</source>
        <translation>no tiene la forma esperada</translation>
    </message>
    <message>
        <source>must be an id like {example}</source>
        <translation>debe ser un identificador como {example}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>debe ser un número entero del {low} al {high}</translation>
    </message>
    <message>
        <source>must be a date and time like {example}</source>
        <translation>debe ser una fecha y hora como {example}</translation>
    </message>
    <message>
        <source>is not a real date and time</source>
        <translation>no es una fecha y hora real</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>has more than {limit} items</source>
        <translation>tiene más de {limit} elementos</translation>
    </message>
    <message>
        <source>not a PeerDesk library file (the format must be {format})</source>
        <translation>no es un archivo de biblioteca de PeerDesk (el formato debe ser {format})</translation>
    </message>
    <message>
        <source>this library file has format version {version}; this PeerDesk reads version {readable}</source>
        <translation>este archivo de biblioteca tiene la versión de formato {version}; este PeerDesk lee la versión {readable}</translation>
    </message>
    <message>
        <source>the same id appears on two cards</source>
        <translation>el mismo identificador aparece en dos tarjetas</translation>
    </message>
    <message>
        <source>refers to a card that is not in this file</source>
        <translation>se refiere a una tarjeta que no está en este archivo</translation>
    </message>
    <message>
        <source>the same id appears twice</source>
        <translation>el mismo identificador aparece dos veces</translation>
    </message>
    <message>
        <source>must be one of {names}</source>
        <translation>debe ser uno de estos: {names}</translation>
    </message>
</context>
<context>
    <name>LibraryImport</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadida</numerusform>
            <numerusform>%n añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n reemplazada</numerusform>
            <numerusform>%n reemplazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use log(s)</source>
        <translation>
            <numerusform>%n uso</numerusform>
            <numerusform>%n usos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crisis plan item(s)</source>
        <translation>
            <numerusform>%n punto del plan de crisis</numerusform>
            <numerusform>%n puntos del plan de crisis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s)</source>
        <translation>
            <numerusform>%n favorita</numerusform>
            <numerusform>%n favoritas</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from {file} on {date}</source>
        <translation>Importada de {file} el {date}</translation>
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
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Ya está</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiada</translation>
    </message>
    <message>
        <source>Add to my library</source>
        <translation>Añadir a mi biblioteca</translation>
    </message>
    <message>
        <source>Keep mine (skip)</source>
        <translation>Conservar la mía (omitir)</translation>
    </message>
    <message>
        <source>Take the file&apos;s version</source>
        <translation>Usar la versión del archivo</translation>
    </message>
    <message>
        <source>Add the file&apos;s version as another card</source>
        <translation>Añadir la versión del archivo como otra tarjeta</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada que hacer</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>how long it takes</source>
        <translation>cuánto dura</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>warning signs</source>
        <translation>señales de alerta</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>when to use it</source>
        <translation>cuándo usarla</translation>
    </message>
    <message>
        <source>Differs in: {fields}</source>
        <translation>Cambia en: {fields}</translation>
    </message>
    <message>
        <source>Title: {text}</source>
        <translation>Título: {text}</translation>
    </message>
    <message>
        <source>Category: {text}</source>
        <translation>Categoría: {text}</translation>
    </message>
    <message>
        <source>Summary: {text}</source>
        <translation>Resumen: {text}</translation>
    </message>
    <message>
        <source>Takes: {minutes} min</source>
        <translation>Duración: {minutes} min</translation>
    </message>
    <message>
        <source>Tags: {text}</source>
        <translation>Etiquetas: {text}</translation>
    </message>
    <message>
        <source>Warning signs: {text}</source>
        <translation>Señales de alerta: {text}</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Fuente: {text}</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>When to use it:</source>
        <translation>Cuándo usarla:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>In my library</source>
        <translation>En mi biblioteca</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <source>{title}: {match}, {action}</source>
        <translation>{title}: {match}, {action}</translation>
    </message>
    <message>
        <source>Cards in the file</source>
        <translation>Tarjetas del archivo</translation>
    </message>
    <message>
        <source>The card in my library</source>
        <translation>La tarjeta en mi biblioteca</translation>
    </message>
    <message>
        <source>The card in the file</source>
        <translation>La tarjeta en el archivo</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n card(s) — {new} new, {here} already in your library, {changed} different from yours. Choose a card to see it; for changed cards, choose which version to keep.</source>
        <translation>
            <numerusform>{file}: %n tarjeta. Nuevas: {new}; ya en tu biblioteca: {here}; distintas de las tuyas: {changed}. Elige una tarjeta para verla; si cambió, elige qué versión conservar.</numerusform>
            <numerusform>{file}: %n tarjetas. Nuevas: {new}; ya en tu biblioteca: {here}; distintas de las tuyas: {changed}. Elige una tarjeta para verla; en las que cambiaron, elige qué versión conservar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also import the &amp;personal data in this file ({uses}, {items}, {favourites})</source>
        <translation>Importar también los datos &amp;personales de este archivo ({uses}, {items}, {favourites})</translation>
    </message>
    <message numerus="yes">
        <source>%n use log(s)</source>
        <translation>
            <numerusform>%n uso</numerusform>
            <numerusform>%n usos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crisis plan item(s)</source>
        <translation>
            <numerusform>%n punto del plan de crisis</numerusform>
            <numerusform>%n puntos del plan de crisis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s)</source>
        <translation>
            <numerusform>%n favorita</numerusform>
            <numerusform>%n favoritas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>(not in your library)</source>
        <translation>(no está en tu biblioteca)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>{file} could not be imported: {reason}. Nothing changed.</source>
        <translation>No se pudo importar {file}: {reason}. No cambió nada.</translation>
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
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search cards (Ctrl+F)</source>
        <translation>Buscar tarjetas (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>Má&amp;s</translation>
    </message>
    <message>
        <source>Starter cards and categories</source>
        <translation>Tarjetas iniciales y categorías</translation>
    </message>
    <message>
        <source>More library actions</source>
        <translation>Más acciones de la biblioteca</translation>
    </message>
    <message>
        <source>Restore deleted starter cards</source>
        <translation>Recuperar las tarjetas iniciales eliminadas</translation>
    </message>
    <message>
        <source>Add a category…</source>
        <translation>Añadir una categoría…</translation>
    </message>
    <message>
        <source>Rename a category…</source>
        <translation>Cambiar el nombre de una categoría…</translation>
    </message>
    <message>
        <source>Remove a category from the list…</source>
        <translation>Quitar una categoría de la lista…</translation>
    </message>
    <message>
        <source>Chosen card</source>
        <translation>Tarjeta elegida</translation>
    </message>
    <message>
        <source>Strategy cards</source>
        <translation>Tarjetas de estrategia</translation>
    </message>
    <message>
        <source>Arrow keys move between cards, Enter edits the chosen card, Tab goes on to the card&apos;s steps and buttons.</source>
        <translation>Las flechas pasan de una tarjeta a otra, Intro edita la tarjeta elegida y Tab sigue a los pasos y botones de la tarjeta.</translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation>Plan de crisis</translation>
    </message>
    <message>
        <source>Open my crisis plan ({keys})</source>
        <translation>Abrir mi plan de crisis ({keys})</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Buscar tarjetas</translation>
    </message>
    <message>
        <source>Go to the search box of the library</source>
        <translation>Ir al cuadro de búsqueda de la biblioteca</translation>
    </message>
    <message>
        <source>Favourite: mark or unmark the card</source>
        <translation>Favorita: marcar o desmarcar la tarjeta</translation>
    </message>
    <message>
        <source>Delete the card</source>
        <translation>Eliminar la tarjeta</translation>
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
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Any situation</source>
        <translation>Cualquier situación</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n card(s)</source>
        <translation>
            <numerusform>{shown} de %n tarjeta</numerusform>
            <numerusform>{shown} de %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>No card matches “{text}” with these filters.</source>
        <translation>Ninguna tarjeta coincide con “{text}” con estos filtros.</translation>
    </message>
    <message>
        <source>No card matches these filters.</source>
        <translation>Ninguna tarjeta coincide con estos filtros.</translation>
    </message>
    <message>
        <source>I used this</source>
        <translation>Usé esto</translation>
    </message>
    <message>
        <source>Import strategy cards</source>
        <translation>Importar tarjetas de estrategias</translation>
    </message>
    <message>
        <source>PeerDesk library (*.json);;All files (*)</source>
        <translation>Biblioteca de PeerDesk (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the library file…</source>
        <translation>Leyendo el archivo de la biblioteca…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {reason}. Nothing was imported.</source>
        <translation>No se puede importar {file}: {reason}. No se importó nada.</translation>
    </message>
    <message>
        <source>Import: {summary}.</source>
        <translation>Importación: {summary}.</translation>
    </message>
    <message>
        <source>Starter cards</source>
        <translation>Tarjetas iniciales</translation>
    </message>
    <message numerus="yes">
        <source>%n starter card(s) brought back.</source>
        <translation>
            <numerusform>Se recuperó %n tarjeta inicial.</numerusform>
            <numerusform>Se recuperaron %n tarjetas iniciales.</numerusform>
        </translation>
    </message>
    <message>
        <source>All the starter cards are already in your library.</source>
        <translation>Todas las tarjetas iniciales ya están en tu biblioteca.</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Añadir una categoría</translation>
    </message>
    <message>
        <source>Name of the new category:</source>
        <translation>Nombre de la nueva categoría:</translation>
    </message>
    <message>
        <source>Rename a category</source>
        <translation>Cambiar el nombre de una categoría</translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation>Nuevo nombre para {name}:</translation>
    </message>
    <message>
        <source>Remove a category from the list</source>
        <translation>Quitar una categoría de la lista</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Eliminar tarjeta</translation>
    </message>
    <message>
        <source>Delete “{title}”? Its use log stays in the vault.</source>
        <translation>¿Eliminar “{title}”? Su historial de usos se queda en la bóveda.</translation>
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
        <source>&amp;Clear the search and filters</source>
        <translation>&amp;Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>Choose a card to see its steps, log a use, or edit it.</source>
        <translation>Elige una tarjeta para ver sus pasos, anotar que la usaste o editarla.</translation>
    </message>
</context>
<context>
    <name>LibraryPdf</name>
    <message>
        <source>cannot write a PDF to {file}</source>
        <translation>no se puede escribir un PDF en {file}</translation>
    </message>
    <message>
        <source>Coping strategies</source>
        <translation>Estrategias de afrontamiento</translation>
    </message>
    <message>
        <source>No cards were chosen.</source>
        <translation>No se eligió ninguna tarjeta.</translation>
    </message>
    <message>
        <source>My crisis plan</source>
        <translation>Mi plan de crisis</translation>
    </message>
    <message>
        <source>cannot print the crisis plan</source>
        <translation>no se puede imprimir el plan de crisis</translation>
    </message>
</context>
<context>
    <name>LibrarySort</name>
    <message>
        <source>Title</source>
        <extracomment>English labels marked for lupdate; show them with ``translate(SORT_CONTEXT, label)``.</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Usadas hace poco</translation>
    </message>
    <message>
        <source>Most helpful</source>
        <translation>Las que más ayudan</translation>
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
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>The arrow keys choose an area; Tab goes into it.</source>
        <translation>Las flechas eligen un área; Tab entra en ella.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock PeerDesk now ({keys})</source>
        <translation>Bloquear PeerDesk ahora ({keys})</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espacio en disco</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>Acerca &amp;de PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Abrir otra bóveda…</translation>
    </message>
    <message>
        <source>Lock this vault and choose another one (shared computers)</source>
        <translation>Bloquear esta bóveda y elegir otra (computadoras compartidas)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Unlocked — {keys} locks</source>
        <translation>Desbloqueado — {keys} bloquea</translation>
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
    <message>
        <source>Edit step</source>
        <translation>Editar paso</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Agregar un paso</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Tick “Due” to give a date</source>
        <translation>Marca “Vence” para poner una fecha</translation>
    </message>
    <message>
        <source>This is after the goal&apos;s target date. That is allowed; it will be flagged.</source>
        <translation>Esto es después de la fecha objetivo de la meta. Está permitido; se marcará.</translation>
    </message>
</context>
<context>
    <name>MoodCalendar</name>
    <message>
        <source>Each day is coloured by its average mood: warm for low days, teal for good ones. Click a day, or press Enter on it, to see its entries.</source>
        <translation>Cada día tiene el color de su ánimo promedio: tonos cálidos para los días bajos, verde azulado para los buenos. Haz clic en un día, o presiona Enter sobre él, para ver sus entradas.</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <source>Arrow keys move between days, Page Up and Page Down between months; Enter shows the day&apos;s entries.</source>
        <translation>Las flechas se mueven entre los días; Re Pág y Av Pág, entre los meses; Enter muestra las entradas del día.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Elegir el mes</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Elegir el año</translation>
    </message>
    <message>
        <source>Average mood {mood} ({word})</source>
        <translation>Ánimo promedio {mood} ({word})</translation>
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
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <source>Duration: {m} minutes</source>
        <translation>Duración: {m} minutos</translation>
    </message>
    <message>
        <source>Service: {s}</source>
        <translation>Servicio: {s}</translation>
    </message>
    <message>
        <source>Goals addressed</source>
        <translation>Metas trabajadas</translation>
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
        <source>DRAFT — not signed</source>
        <translation>BORRADOR — sin firmar</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adenda</translation>
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
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupal</translation>
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
    <name>NotesListModel</name>
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
    <message>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>a draft, not signed yet</source>
        <translation>un borrador, aún sin firmar</translation>
    </message>
    <message>
        <source>Session note for {person}</source>
        <translation>Nota de sesión de {person}</translation>
    </message>
    <message numerus="yes">
        <source>amended %n time(s)</source>
        <translation>
            <numerusform>con %n adenda</numerusform>
            <numerusform>con %n adendas</numerusform>
        </translation>
    </message>
    <message>
        <source>found: {text}</source>
        <translation>encontrado: {text}</translation>
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
        <source>Every word must match. Tab goes to the list of notes.</source>
        <translation>Cada palabra debe coincidir. Tab te lleva a la lista de notas.</translation>
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
        <source>Newest first. Enter opens the chosen note in the editor.</source>
        <translation>Las más recientes primero. Enter abre la nota elegida en el editor.</translation>
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
        <source>Go to the search box of the session notes</source>
        <translation>Ir a la casilla de búsqueda de las notas de sesión</translation>
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
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>It opens your vault. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Es la que abre tu bóveda. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítela</translation>
    </message>
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
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no son iguales.</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <source>A person needs a name.</source>
        <translation>Cada persona necesita un nombre.</translation>
    </message>
    <message>
        <source>A name can be at most {count} characters.</source>
        <translation>Un nombre puede tener como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>The vault&apos;s owner cannot be removed from the circle.</source>
        <translation>No se puede quitar del círculo a quien es dueño de la bóveda.</translation>
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
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Add someone to the circle</source>
        <translation>Agregar a alguien al círculo</translation>
    </message>
</context>
<context>
    <name>PersonRole</name>
    <message>
        <source>Person in recovery</source>
        <translation>Persona en recuperación</translation>
    </message>
    <message>
        <source>Peer specialist</source>
        <translation>Especialista de pares</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Profesional</translation>
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
        <source>recovery-plan</source>
        <translation>plan-de-recuperacion</translation>
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
        <source>PDF, ready to print</source>
        <translation>PDF, listo para imprimir</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Recent check-ins per goal</source>
        <translation>Seguimientos recientes por meta</translation>
    </message>
    <message>
        <source>Space ticks or unticks a goal</source>
        <translation>La barra espaciadora marca o desmarca una meta</translation>
    </message>
    <message>
        <source>Add someone to the circle first.</source>
        <translation>Primero agrega a alguien al círculo.</translation>
    </message>
    <message>
        <source>The file will contain: {plan}.</source>
        <translation>El archivo tendrá: {plan}.</translation>
    </message>
    <message>
        <source>Contact details are included.</source>
        <translation>Incluye los datos de contacto.</translation>
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
    <name>PlanText</name>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>para el {date}</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>desde el {date}</translation>
    </message>
    <message>
        <source>no dates set</source>
        <translation>sin fechas</translation>
    </message>
    <message>
        <source>{date} (after target)</source>
        <translation>{date} (después de la fecha objetivo)</translation>
    </message>
    <message>
        <source>Recovery plan: {name}</source>
        <translation>Plan de recuperación: {name}</translation>
    </message>
    <message>
        <source>Prepared on {date}.</source>
        <translation>Preparado el {date}.</translation>
    </message>
    <message>
        <source>No goals were chosen for this plan.</source>
        <translation>No se eligieron metas para este plan.</translation>
    </message>
    <message>
        <source>Small victories</source>
        <translation>Pequeñas victorias</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Nota: {text}</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
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
        <source>Who does what</source>
        <translation>Quién hace qué</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Seguimientos recientes</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Próximo paso:</translation>
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
    <message numerus="yes">
        <source>Your organisation requires a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Tu organización exige una frase de contraseña de al menos %n carácter.</numerusform>
            <numerusform>Tu organización exige una frase de contraseña de al menos %n caracteres.</numerusform>
        </translation>
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
        <source>Choose a conflict, then keep your version or take theirs below; the buttons above decide every conflict at once.</source>
        <translation>Elige un conflicto y luego, abajo, conserva tu versión o toma la suya; los botones de arriba deciden todos los conflictos a la vez.</translation>
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
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your vault. It is shown only this once.</source>
        <translation>Si olvidas tu frase de contraseña, este código es la única forma de volver a entrar en tu bóveda. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Save the recovery code to a file</source>
        <translation>Guardar el código de recuperación en un archivo</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copiar el código de recuperación</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after one minute</source>
        <translation>El portapapeles se vacía de nuevo después de un minuto</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and apart from this computer, e.g. printed in a drawer.</source>
        <translation>Guárdalo en un lugar seguro y lejos de esta computadora, por ejemplo, impreso en un cajón.</translation>
    </message>
    <message>
        <source>I have sa&amp;ved my recovery code somewhere safe</source>
        <translation>&amp;Ya guardé mi código de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>The vault could not be created</source>
        <translation>No se pudo crear la bóveda</translation>
    </message>
    <message>
        <source>PeerDesk recovery code</source>
        <translation>Código de recuperación de PeerDesk</translation>
    </message>
    <message>
        <source>Use it to set a new passphrase if you forget yours.</source>
        <translation>Úsalo para elegir una frase de contraseña nueva si olvidas la tuya.</translation>
    </message>
    <message>
        <source>Anyone with this code and your vault files can open your vault: keep it safe.</source>
        <translation>Cualquier persona con este código y los archivos de tu bóveda puede abrirla: guárdalo bien.</translation>
    </message>
    <message>
        <source>Save the recovery code (then move it off this computer)</source>
        <translation>Guardar el código de recuperación (y luego sacarlo de esta computadora)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>No se pudo escribir el archivo: {error}</translation>
    </message>
    <message>
        <source>Saved to {path}. Now move it off this computer (a USB stick, or print it and delete the file): anyone with this computer and the code can open your vault.</source>
        <translation>Guardado en {path}. Ahora sácalo de esta computadora (a una memoria USB, o imprímelo y borra el archivo): cualquier persona con esta computadora y el código puede abrir tu bóveda.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in one minute.</source>
        <translation>Copiado. El portapapeles se vaciará en un minuto.</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n meta</numerusform>
            <numerusform>%n metas</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n small win(s)</source>
        <translation>
            <numerusform>%n pequeña victoria</numerusform>
            <numerusform>%n pequeñas victorias</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery plan for {name}: {parts}</source>
        <translation>Plan de recuperación de {name}: {parts}</translation>
    </message>
</context>
<context>
    <name>RememberPage</name>
    <message>
        <source>On this computer</source>
        <translation>En esta computadora</translation>
    </message>
    <message>
        <source>&amp;Remember my vault on this computer (open it without the passphrase)</source>
        <translation>&amp;Recordar mi bóveda aquí (abrirla sin la frase de contraseña)</translation>
    </message>
    <message>
        <source>Your organisation does not allow remembering vaults on this computer: you will type your passphrase each time.</source>
        <translation>Tu organización no permite recordar bóvedas en esta computadora: escribirás tu frase de contraseña cada vez.</translation>
    </message>
    <message>
        <source>Only choose this on a computer nobody else uses: anyone who can log in as you could then open PeerDesk. You can change this later in Settings.</source>
        <translation>Elige esto solo en una computadora que nadie más use: cualquiera que pueda iniciar sesión como tú podría abrir PeerDesk. Puedes cambiarlo después en Configuración.</translation>
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
    <name>RoadmapColumns</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Open milestones</source>
        <translation>Hitos pendientes</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
</context>
<context>
    <name>RoadmapDialogs</name>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (tú)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
</context>
<context>
    <name>RoadmapError</name>
    <message>
        <source>A milestone needs a title.</source>
        <translation>Cada hito necesita un título.</translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation>Cada meta necesita un título.</translation>
    </message>
    <message>
        <source>A milestone title can be at most {count} characters.</source>
        <translation>El título de un hito puede tener como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>A goal title can be at most {count} characters.</source>
        <translation>El título de una meta puede tener como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>How it is going is a number from {low} to {high}.</source>
        <translation>Cómo va es un número del {low} al {high}.</translation>
    </message>
    <message>
        <source>That milestone no longer exists.</source>
        <translation>Ese hito ya no existe.</translation>
    </message>
    <message>
        <source>Say how it is going, what happened, or the next step.</source>
        <translation>Cuenta cómo va, qué pasó o cuál es el próximo paso.</translation>
    </message>
    <message>
        <source>Check-in people must be in the circle.</source>
        <translation>Las personas del seguimiento tienen que estar en el círculo.</translation>
    </message>
    <message>
        <source>That victory no longer exists.</source>
        <translation>Esa victoria ya no existe.</translation>
    </message>
    <message>
        <source>Write a few words about the win.</source>
        <translation>Escribe unas palabras sobre la victoria.</translation>
    </message>
    <message>
        <source>Choose whose goal this is from the circle.</source>
        <translation>Elige del círculo de quién es esta meta.</translation>
    </message>
    <message>
        <source>A life area can be at most {count} characters.</source>
        <translation>Un área de la vida puede tener como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>Keep at least one life area.</source>
        <translation>Deja al menos un área de la vida.</translation>
    </message>
    <message>
        <source>That goal is not deleted; nothing to undo.</source>
        <translation>Esa meta no está eliminada; no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>A participant must be someone in the circle.</source>
        <translation>Quien participa tiene que ser alguien del círculo.</translation>
    </message>
    <message>
        <source>That milestone is already done.</source>
        <translation>Ese hito ya está hecho.</translation>
    </message>
    <message>
        <source>A milestone&apos;s owner must be someone in the circle.</source>
        <translation>Quien se encarga de un hito tiene que ser alguien del círculo.</translation>
    </message>
    <message>
        <source>The goal “{title}” belongs to someone else&apos;s roadmap.</source>
        <translation>La meta “{title}” es de la hoja de ruta de otra persona.</translation>
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
    <message>
        <source>Small victories</source>
        <translation>Pequeñas victorias</translation>
    </message>
    <message>
        <source>Newest first: every step that went well</source>
        <translation>Las más recientes primero: cada paso que salió bien</translation>
    </message>
    <message>
        <source>People in the circle</source>
        <translation>Personas del círculo</translation>
    </message>
    <message>
        <source>Enter edits the person</source>
        <translation>Intro edita a la persona</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Área de la vida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Find a goal</source>
        <translation>Buscar una meta</translation>
    </message>
    <message>
        <source>Shows the goals whose title holds every word you type (Ctrl+F)</source>
        <translation>Muestra las metas cuyo título tiene todas las palabras que escribes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Bring the deleted goal back (Ctrl+Z)</source>
        <translation>Recuperar la meta eliminada (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Goes to the search box: the timeline and the board show matching goals</source>
        <translation>Va a la caja de búsqueda: la línea de tiempo y el tablero muestran las metas que coinciden</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
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
        <source>Nothing to undo</source>
        <translation>No hay nada que deshacer</translation>
    </message>
    <message>
        <source>Waiting on {name}</source>
        <translation>Lo que depende de {name}</translation>
    </message>
    <message>
        <source>Waiting on me (say who you are in Circle)</source>
        <translation>Lo que depende de mí (di quién eres en Círculo)</translation>
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
        <source>Find a goal…</source>
        <translation>Buscar una meta…</translation>
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
    <name>RoadmapSpeech</name>
    <message>
        <source>Goal: {title}.</source>
        <translation>Meta: {title}.</translation>
    </message>
    <message>
        <source>{status}, {person}, {area}.</source>
        <translation>{status}, {person}, {area}.</translation>
    </message>
    <message>
        <source>Target date: {date}.</source>
        <translation>Fecha objetivo: {date}.</translation>
    </message>
    <message>
        <source>Milestone: {title}.</source>
        <translation>Hito: {title}.</translation>
    </message>
    <message>
        <source>Done on {date}.</source>
        <translation>Hecho el {date}.</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>Todavía sin hacer.</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Who: {name}.</source>
        <translation>Quién: {name}.</translation>
    </message>
    <message>
        <source>Due: {date}.</source>
        <translation>Vence: {date}.</translation>
    </message>
    <message>
        <source>It is due after the goal&apos;s target date.</source>
        <translation>Vence después de la fecha objetivo de la meta.</translation>
    </message>
</context>
<context>
    <name>RoadmapTimeline</name>
    <message>
        <source>6 months</source>
        <translation>6 meses</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Un año</translation>
    </message>
    <message>
        <source>Two years</source>
        <translation>Dos años</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Show earlier months</source>
        <translation>Ver meses anteriores</translation>
    </message>
    <message>
        <source>Show the months around today</source>
        <translation>Ver los meses alrededor de hoy</translation>
    </message>
    <message>
        <source>Show later months</source>
        <translation>Ver meses posteriores</translation>
    </message>
    <message>
        <source>Months shown</source>
        <translation>Meses que se ven</translation>
    </message>
    <message>
        <source>Goals on a timeline</source>
        <translation>Metas en una línea de tiempo</translation>
    </message>
    <message>
        <source>Arrow keys choose a goal; its milestones and check-ins show beside</source>
        <translation>Las flechas eligen una meta; sus hitos y seguimientos se ven al lado</translation>
    </message>
    <message>
        <source>No goals to show. Start with “New goal”, or change the filters.</source>
        <translation>No hay metas para mostrar. Empieza con “Nueva meta” o cambia los filtros.</translation>
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
    <name>SectionBox</name>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add to “{section}”</source>
        <translation>Añadir a “{section}”</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the chosen item of “{section}”</source>
        <translation>Editar el punto elegido de “{section}”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen item of “{section}”</source>
        <translation>Quitar el punto elegido de “{section}”</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the chosen item up (Ctrl+Up)</source>
        <translation>Subir el punto elegido (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the chosen item down (Ctrl+Down)</source>
        <translation>Bajar el punto elegido (Ctrl+Abajo)</translation>
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
        <source>before an update of the vault format</source>
        <translation>antes de una actualización del formato de la bóveda</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>hecha por ti</translation>
    </message>
    <message>
        <source>daily, automatic</source>
        <translation>diaria, automática</translation>
    </message>
    <message>
        <source>Remembering vaults on this computer</source>
        <translation>Recordar bóvedas en esta computadora</translation>
    </message>
    <message>
        <source>The longest wait before locking</source>
        <translation>La espera más larga antes de bloquear</translation>
    </message>
    <message>
        <source>The shortest passphrase</source>
        <translation>La frase de contraseña más corta</translation>
    </message>
    <message>
        <source>The weakest passphrase</source>
        <translation>La frase de contraseña más débil</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation>Copias de seguridad de esta bóveda</translation>
    </message>
    <message>
        <source>Newest first, with when and why each was made</source>
        <translation>Las más recientes primero, con cuándo y por qué se hizo cada una</translation>
    </message>
    <message>
        <source>Backups are encrypted like the vault and open with the passphrase that was in use when they were made. To restore one, lock PeerDesk and choose “Restore from a backup…”.</source>
        <translation>Las copias de seguridad están cifradas como la bóveda y se abren con la frase de contraseña que usabas cuando se hicieron. Para restaurar una, bloquea PeerDesk y elige “Restaurar desde una copia de seguridad…”.</translation>
    </message>
    <message>
        <source>Anyone who can log in to this computer as you could then open PeerDesk.</source>
        <translation>Así, cualquiera que pueda iniciar sesión en esta computadora como tú podría abrir PeerDesk.</translation>
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
        <source>Not changed</source>
        <translation>No se cambió</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>Your new passphrase opens the vault from now on.</source>
        <translation>Desde ahora, tu frase de contraseña nueva es la que abre la bóveda.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation>Guardar una copia de seguridad cifrada</translation>
    </message>
    <message>
        <source>PeerDesk backups (*{suffix})</source>
        <translation>Copias de PeerDesk (*{suffix})</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <source>An encrypted backup is in {path}.</source>
        <translation>Hay una copia de seguridad cifrada en {path}.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
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
        <source>Save the exchange file</source>
        <translation>Guardar el archivo de intercambio</translation>
    </message>
    <message>
        <source>PeerDesk exchange files (*%1)</source>
        <translation>Archivos de intercambio de PeerDesk (*%1)</translation>
    </message>
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
    <name>StrategyListModel</name>
    <message>
        <source>No category</source>
        <extracomment>A card added, removed, edited or used, or a category renamed: the query may now list other cards or another order. A use or a category change can alter the figures shown on any card.</extracomment>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favorita</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>unos {minutes} min</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message numerus="yes">
        <source>Use at least %n character(s); a few words work well.</source>
        <translation>
            <numerusform>Usa al menos %n carácter; unas cuantas palabras funcionan bien.</numerusform>
            <numerusform>Usa al menos %n caracteres; unas cuantas palabras funcionan bien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: anyone with your files could guess this. Add a few words.</source>
        <translation>Débil: cualquiera con tus archivos podría adivinarla. Agrega algunas palabras.</translation>
    </message>
    <message>
        <source>Fair. Another word or two would make it much stronger.</source>
        <translation>Aceptable. Una o dos palabras más la harían mucho más fuerte.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Past week, by day</source>
        <translation>Última semana, por día</translation>
    </message>
    <message>
        <source>Past month, by day</source>
        <translation>Último mes, por día</translation>
    </message>
    <message>
        <source>Past three months, by week</source>
        <translation>Últimos tres meses, por semana</translation>
    </message>
    <message>
        <source>Past year, by month</source>
        <translation>Último año, por mes</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Período que se muestra</translation>
    </message>
    <message>
        <source>Show as &amp;tables</source>
        <translation>Ver como &amp;tablas</translation>
    </message>
    <message>
        <source>The same numbers as the charts, in tables</source>
        <translation>Los mismos números de los gráficos, en tablas</translation>
    </message>
    <message>
        <source>Mood and trackers (averages)</source>
        <translation>Ánimo y seguimientos (promedios)</translation>
    </message>
    <message>
        <source>Emotions named most often</source>
        <translation>Emociones que más nombraste</translation>
    </message>
    <message>
        <source>Days checked in, counted up</source>
        <translation>Días con registro, sumados</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Show as &amp;charts</source>
        <translation>Ver como &amp;gráficos</translation>
    </message>
    <message>
        <source>Mood (average, 0–10)</source>
        <translation>Ánimo (promedio, 0–10)</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>{name} (dashed, scaled to 0–10)</source>
        <translation>{name} (discontinua, escalada a 0–10)</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Times named</source>
        <translation>Veces nombrada</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) checked in</source>
        <translation>
            <numerusform>%n día con registro</numerusform>
            <numerusform>%n días con registro</numerusform>
        </translation>
    </message>
    <message>
        <source>Days checked in, counted up (gaps never reset it)</source>
        <translation>Días con registro, sumados (los huecos nunca lo reinician)</translation>
    </message>
    <message>
        <source>Days checked in</source>
        <translation>Días con registro</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Days checked in so far</source>
        <translation>Días con registro hasta ese día</translation>
    </message>
    <message>
        <source>&quot;Show as tables&quot; gives the same numbers.</source>
        <translation>«Ver como tablas» da los mismos números.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Mood (0–10)</source>
        <translation>Ánimo (0–10)</translation>
    </message>
    <message>
        <source>{name} ({low}–{high})</source>
        <translation>{name} ({low}–{high})</translation>
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
        <source>&amp;Recovery code</source>
        <translation>Código de recu&amp;peración</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
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
    <message>
        <source>Please type your recovery code.</source>
        <translation>Escribe tu código de recuperación, por favor.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña, por favor.</translation>
    </message>
</context>
<context>
    <name>UseHistoryModel</name>
    <message>
        <source>{when}   distress {before} → {after}</source>
        <translation>{when}   malestar {before} → {after}</translation>
    </message>
    <message>
        <source>(check-in that day)</source>
        <translation>(registro de ese día)</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The database file peerdesk.db is missing.</source>
        <translation>Falta el archivo de base de datos peerdesk.db.</translation>
    </message>
    <message>
        <source>The database file peerdesk.db is empty (0 bytes). Restore it from a backup.</source>
        <translation>El archivo de base de datos peerdesk.db está vacío (0 bytes). Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>damaged: {error}</source>
        <translation>dañada: {error}</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved to {name}. Free some space and try again; everything saved before is intact.</source>
        <translation>El disco está lleno, así que el cambio no se guardó en {name}. Libera algo de espacio e inténtalo de nuevo; todo lo guardado antes está intacto.</translation>
    </message>
    <message>
        <source>The key does not open peerdesk.db (the file may also be damaged).</source>
        <translation>La clave no abre peerdesk.db (también puede que el archivo esté dañado).</translation>
    </message>
    <message>
        <source>The database file peerdesk.db is damaged.</source>
        <translation>El archivo de base de datos peerdesk.db está dañado.</translation>
    </message>
    <message>
        <source>Unlock the vault before backing it up.</source>
        <translation>Desbloquea la bóveda antes de hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>This is not a complete PeerDesk backup.</source>
        <translation>Esta no es una copia de seguridad completa de PeerDesk.</translation>
    </message>
    <message>
        <source>The backup file {path} does not exist.</source>
        <translation>El archivo de copia de seguridad {path} no existe.</translation>
    </message>
    <message>
        <source>The backup file is damaged or not a PeerDesk backup.</source>
        <translation>El archivo de copia de seguridad está dañado o no es una copia de PeerDesk.</translation>
    </message>
    <message>
        <source>This is not a PeerDesk backup file.</source>
        <translation>Este no es un archivo de copia de seguridad de PeerDesk.</translation>
    </message>
    <message>
        <source>This backup was made by a newer PeerDesk.</source>
        <translation>Esta copia de seguridad la hizo una versión más nueva de PeerDesk.</translation>
    </message>
    <message>
        <source>The backup file is damaged.</source>
        <translation>El archivo de copia de seguridad está dañado.</translation>
    </message>
    <message>
        <source>The backup file is damaged (its database does not match).</source>
        <translation>El archivo de copia de seguridad está dañado (su base de datos no coincide).</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again; everything saved before is intact.</source>
        <translation>El disco está lleno, así que el cambio no se guardó. Libera algo de espacio e inténtalo de nuevo; todo lo guardado antes está intacto.</translation>
    </message>
    <message>
        <source>PeerDesk is not allowed to write to {path}.</source>
        <translation>PeerDesk no tiene permiso para escribir en {path}.</translation>
    </message>
    <message>
        <source>Could not write {name}: {error}.</source>
        <translation>No se pudo escribir {name}: {error}.</translation>
    </message>
    <message>
        <source>This vault is already open in another PeerDesk window or command. Close it there first (on a shared computer, it may be another user&apos;s session).</source>
        <translation>Esta bóveda ya está abierta en otra ventana o comando de PeerDesk. Ciérrala allí primero (en una computadora compartida, puede ser la sesión de otra persona).</translation>
    </message>
    <message>
        <source>That does not look like a recovery code: it has 32 letters and digits, in groups of four.</source>
        <translation>Eso no parece un código de recuperación: tiene 32 letras y números, en grupos de cuatro.</translation>
    </message>
    <message>
        <source>The key file keys.json is missing, so the vault cannot be opened.</source>
        <translation>Falta el archivo de claves keys.json, así que la bóveda no se puede abrir.</translation>
    </message>
    <message>
        <source>The key file cannot be read: {error}.</source>
        <translation>No se puede leer el archivo de claves: {error}.</translation>
    </message>
    <message>
        <source>keys.json was written by a newer PeerDesk; update PeerDesk to open it.</source>
        <translation>keys.json lo escribió una versión más nueva de PeerDesk; actualiza PeerDesk para abrirlo.</translation>
    </message>
    <message>
        <source>The passphrase&apos;s sealed key in keys.json is damaged, so no passphrase can open it (your passphrase may well be right). Your recovery code still opens the vault, or restore from a backup. Nothing was changed.</source>
        <translation>La clave sellada de la frase de contraseña en keys.json está dañada, así que ninguna frase puede abrirla (es muy posible que tu frase sea la correcta). Tu código de recuperación todavía abre la bóveda; también puedes restaurar desde una copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <source>The recovery code&apos;s sealed key in keys.json is damaged, so no recovery code can open it. Your passphrase still opens the vault, or restore from a backup. Nothing was changed.</source>
        <translation>La clave sellada del código de recuperación en keys.json está dañada, así que ningún código puede abrirla. Tu frase de contraseña todavía abre la bóveda; también puedes restaurar desde una copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <source>The keyring&apos;s sealed key in keys.json is damaged. Unlock with your passphrase or recovery code, or restore from a backup. Nothing was changed.</source>
        <translation>La clave sellada del llavero en keys.json está dañada. Desbloquea con tu frase de contraseña o tu código de recuperación, o restaura desde una copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this vault. Nothing was changed.</source>
        <translation>Esa frase de contraseña no desbloquea esta bóveda. No se cambió nada.</translation>
    </message>
    <message>
        <source>That recovery code does not unlock this vault. Nothing was changed.</source>
        <translation>Ese código de recuperación no desbloquea esta bóveda. No se cambió nada.</translation>
    </message>
    <message>
        <source>That saved key does not unlock this vault. Nothing was changed.</source>
        <translation>Esa clave guardada no desbloquea esta bóveda. No se cambió nada.</translation>
    </message>
    <message>
        <source>There is no PeerDesk vault in this folder.</source>
        <translation>No hay ninguna bóveda de PeerDesk en esta carpeta.</translation>
    </message>
    <message>
        <source>A vault needs a passphrase; an empty one is not allowed.</source>
        <translation>Una bóveda necesita una frase de contraseña; no se permite dejarla vacía.</translation>
    </message>
    <message>
        <source>A PeerDesk vault already exists in {folder}.</source>
        <translation>Ya existe una bóveda de PeerDesk en {folder}.</translation>
    </message>
    <message>
        <source>The database file peerdesk.db is missing from the vault folder.</source>
        <translation>Falta el archivo de base de datos peerdesk.db en la carpeta de la bóveda.</translation>
    </message>
    <message>
        <source>The key file opened, but peerdesk.db does not: the database file is damaged or belongs to another vault. Restore it from a backup.</source>
        <translation>El archivo de claves se abrió, pero peerdesk.db no: el archivo de base de datos está dañado o es de otra bóveda. Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña, por favor.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this computer.</source>
        <translation>Esta bóveda no está recordada en esta computadora.</translation>
    </message>
    <message>
        <source>The system keyring no longer holds this vault&apos;s key; use your passphrase.</source>
        <translation>El llavero del sistema ya no tiene la clave de esta bóveda; usa tu frase de contraseña.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>That recovery code does not fit this vault. Nothing was changed.</source>
        <translation>Ese código de recuperación no corresponde a esta bóveda. No se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Nothing was changed.</source>
        <translation>La frase de contraseña no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>The database is still in use; the key was not changed.</source>
        <translation>La base de datos todavía está en uso; la clave no se cambió.</translation>
    </message>
</context>
<context>
    <name>VaultPicker</name>
    <message>
        <source>PeerDesk vault</source>
        <translation>Bóveda de PeerDesk</translation>
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
    <name>Victory</name>
    <message>
        <source>Goal achieved: {title}</source>
        <translation>Meta lograda: {title}</translation>
    </message>
    <message>
        <source>Milestone done: {title}</source>
        <translation>Hito hecho: {title}</translation>
    </message>
</context>
<context>
    <name>WaitingOnModel</name>
    <message>
        <source>Next step: {step}</source>
        <translation>Próximo paso: {step}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to PeerDesk</source>
        <translation>Te damos la bienvenida a PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk keeps your journal, your goals and your coping strategies in a vault: an encrypted file on this computer. Nothing is sent anywhere.

You will choose a passphrase to open it, and get a recovery code in case you ever forget the passphrase.</source>
        <translation>PeerDesk guarda tu diario, tus metas y tus estrategias para afrontar momentos difíciles en una bóveda: un archivo cifrado en esta computadora. No se envía nada a ninguna parte.

Vas a elegir una frase de contraseña para abrirla y recibirás un código de recuperación por si algún día la olvidas.</translation>
    </message>
    <message>
        <source>The vault will be created in:
{folder}</source>
        <translation>La bóveda se creará en:
{folder}</translation>
    </message>
</context>
<context>
    <name>WinDialog</name>
    <message>
        <source>Log a small victory</source>
        <translation>Anotar una pequeña victoria</translation>
    </message>
    <message>
        <source>What went well? Small things count.</source>
        <translation>¿Qué salió bien? Las cosas pequeñas cuentan.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>_Side</name>
    <message>
        <source>For the conflict chosen in the list; Alt and the underlined letter work too</source>
        <translation>Para el conflicto elegido en la lista; también funciona Alt con la letra subrayada</translation>
    </message>
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
</TS>
