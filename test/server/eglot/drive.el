;;; drive.el --- Drives Emacs and eglot as a user would  -*- lexical-binding: t -*-
;; Loaded after the README's eglot snippet (the init file), in `emacs --batch': opens the English
;; note, starts eglot (M-x eglot), asks eldoc's hover function at once, goes to the definition
;; (the Japanese note), comes back, waits for flymake's diagnostics and applies the quick fix
;; from the code-action menu. What it saw goes as JSON to $ENTITY_LENS_EMACS_RESULT; the mocha
;; test (eglot.test.ts) asserts on it. Every wait is bounded: a step that times out records nil.
(require 'cl-lib)
(require 'json)
(require 'eglot)

(defvar entity-lens-drive-wait 20.0 "Seconds any one step may wait.")
(defvar entity-lens-drive-out (list (cons 'steps nil)) "What the driver saw, as an alist for `json-encode'.")
(defvar entity-lens-drive-started nil "When the server was spawned (`float-time').")
(defvar entity-lens-drive-logs nil "The server's window/logMessage lines, newest first.")
(defvar entity-lens-drive-first-diagnostics nil "Milliseconds from spawn to the first non-empty publishDiagnostics.")

(defun entity-lens-drive--put (key value)
  (setf (alist-get key entity-lens-drive-out) value))

(defun entity-lens-drive--step (name)
  (setf (alist-get 'steps entity-lens-drive-out) (append (alist-get 'steps entity-lens-drive-out) (list name))))

(defun entity-lens-drive--ms-since-spawn ()
  (round (* 1000 (- (float-time) entity-lens-drive-started))))

(defun entity-lens-drive--wait (predicate)
  "Run timers and process output until PREDICATE is non-nil or the step's time is up."
  (let ((deadline (+ (float-time) entity-lens-drive-wait)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    value))

(defun entity-lens-drive--line ()
  (buffer-substring-no-properties (line-beginning-position) (line-end-position)))

(defun entity-lens-drive--goto (line column)
  "Point at 1-based LINE, 0-based COLUMN, as Neovim's cursor counts."
  (goto-char (point-min))
  (forward-line (1- line))
  (forward-char column))

;; Seen on the wire, not through the UI: the server's log lines and when diagnostics first came.
(cl-defmethod eglot-handle-notification :before (_server (_method (eql window/logMessage)) &key message &allow-other-keys)
  (push message entity-lens-drive-logs))
(cl-defmethod eglot-handle-notification :before (_server (_method (eql textDocument/publishDiagnostics)) &key diagnostics &allow-other-keys)
  (when (and (null entity-lens-drive-first-diagnostics) (> (length diagnostics) 0))
    (setq entity-lens-drive-first-diagnostics (entity-lens-drive--ms-since-spawn))))

(defun entity-lens-drive ()
  (let ((en (getenv "ENTITY_LENS_EMACS_EN")))
    (find-file en)
    (let ((buf (current-buffer)))
      (entity-lens-drive--put 'major_mode (symbol-name major-mode))
      ;; M-x eglot, as the README says.
      (setq entity-lens-drive-started (float-time))
      (call-interactively #'eglot)
      (entity-lens-drive--put 'managed (and (entity-lens-drive--wait (lambda () (and eglot--managed-mode (eglot-current-server)))) t))
      (entity-lens-drive--put 'connect_ms (entity-lens-drive--ms-since-spawn))
      (entity-lens-drive--step "managed")

      ;; Hover at once, through eldoc's function as eldoc calls it; the server is still loading.
      (entity-lens-drive--goto 5 5)         ; on "JJOC" in "The JJOC has 300 personnel."
      (let (hover)
        (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
        (entity-lens-drive--wait (lambda () hover))
        (when hover
          (entity-lens-drive--put 'hover hover)
          (entity-lens-drive--put 'hover_ms (entity-lens-drive--ms-since-spawn))))
      (entity-lens-drive--step "hover")

      ;; Go to definition: the first place is in the Japanese note (the others go to *xref*).
      (entity-lens-drive--goto 5 5)
      (condition-case err                   ; "No definitions found": recorded, and on to the diagnostics
          (let ((xref-show-definitions-function #'xref-show-definitions-buffer))
            (xref-find-definitions (xref-backend-identifier-at-point (xref-find-backend))))
        (user-error (entity-lens-drive--put 'definition_error (error-message-string err))))
      (let ((list (get-buffer-window "*xref*")))
        (when list                          ; several places: in the *xref* window, n then RET
          (select-window list)
          (goto-char (point-min))
          (xref-next-line)
          (xref-goto-xref)))
      (set-buffer (window-buffer (selected-window)))
      (unless (eq (current-buffer) buf)    ; where it went, the right note or not (its name as eglot gave it)
        (entity-lens-drive--put 'definition
                                `((file . ,(buffer-file-name))
                                  (cursor . [,(line-number-at-pos) ,(- (point) (line-beginning-position))])
                                  (line . ,(entity-lens-drive--line)))))
      (entity-lens-drive--step "definition")

      ;; Back to the English note: flymake's diagnostics, then the quick fix from the menu.
      (when (get-buffer "*xref*") (quit-windows-on "*xref*"))
      (switch-to-buffer buf)
      (entity-lens-drive--wait (lambda () (flymake-diagnostics)))
      (entity-lens-drive--put 'flymake_ms (entity-lens-drive--ms-since-spawn))
      (entity-lens-drive--put 'first_diagnostics_ms entity-lens-drive-first-diagnostics)
      (entity-lens-drive--put 'diagnostics
                              (vconcat
                               (mapcar (lambda (d)
                                         (let ((beg (flymake-diagnostic-beg d)))
                                           `((line . ,(line-number-at-pos beg))
                                             (col . ,(save-excursion (goto-char beg) (current-column)))
                                             (end_col . ,(save-excursion (goto-char (flymake-diagnostic-end d)) (current-column)))
                                             (type . ,(symbol-name (flymake-diagnostic-type d)))
                                             (message . ,(flymake-diagnostic-text d)))))
                                       (flymake-diagnostics))))
      (entity-lens-drive--goto 5 13)        ; on "300"
      (let ((titles nil)
            (last-nonmenu-event ?\r))       ; from the keyboard: a completing-read menu, not a popup
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt collection &rest _)
                     (setq titles (mapcar #'car collection))
                     (or (car (member "Replace with 240" titles)) (car titles)))))
          (call-interactively #'eglot-code-actions))
        (entity-lens-drive--put 'code_actions (vconcat titles)))
      (entity-lens-drive--wait (lambda () (save-excursion (entity-lens-drive--goto 5 0) (string-match-p "240" (entity-lens-drive--line)))))
      (entity-lens-drive--put 'fixed_line (save-excursion (entity-lens-drive--goto 5 0) (entity-lens-drive--line)))
      (entity-lens-drive--step "quick fix"))))

(condition-case err
    (entity-lens-drive)
  (error (entity-lens-drive--put 'error (error-message-string err))))
(entity-lens-drive--put 'logs (vconcat (reverse entity-lens-drive-logs)))
(with-temp-file (getenv "ENTITY_LENS_EMACS_RESULT")
  (let ((json-encoding-pretty-print nil))
    (insert (json-encode entity-lens-drive-out))))
(let ((server (ignore-errors (eglot-current-server))))
  (when server (ignore-errors (eglot-shutdown server))))
(kill-emacs 0)
