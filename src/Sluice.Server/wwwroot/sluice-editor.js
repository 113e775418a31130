// Each block's Monaco editor, created here rather than through a Blazor component: a code editor mounts once (one
// call from .NET after its first render) and its Monaco editor appears as soon as Monaco is loaded and the block is on
// screen, with no call back to the server in between. C# help comes from Roslyn on the server, through the .NET object
// each editor mounts with: completions (one provider serves every editor on the page) and as-you-type diagnostics.
window.sluiceEditor = (function () {
    const entries = new Map(); // editor id -> { container, source, dotnet, editor, edited, timer, version, markers, shown }
    const byModel = new Map(); // model uri -> the same entry, for the completion provider
    let providerRegistered = false;
    let nearObserver = null;
    const pauseMs = 150;

    // Monaco (3 MB of script) is evaluated through its AMD loader (loader.js, included before this file) once a code
    // editor mounts, not with the page: evaluating it as soon as it arrived held up the circuit's start. Pages without
    // code only have it fetched into the cache (App.razor's preloads). A code editor shows its text until then.
    let monacoLoading = false;
    let monacoLoaded = false;
    function loadMonaco() {
        if (monacoLoading || monacoLoaded) return;
        monacoLoading = true;
        // Monaco failing to load leaves the text on show, as in a plain page; the next editor to mount tries again.
        const failed = function () { monacoLoading = false; };
        // Monaco's loader runs each of its modules as soon as everything the module needs is defined. With the
        // language pack and C#'s tokenizer loaded first, every module runs while editor.main.js is evaluated, and so
        // do the editors made in the callback below; the browser's code cache for editor.main.js, made right after
        // that evaluation, then holds all of that compiled, and each later page skips compiling it. Loaded the other
        // way round, the modules ran after the language pack arrived, outside that cache: about 150 ms more per page
        // (bench: editor-open). The tokenizer comes with the editor because loaded on the first editor's first paint,
        // it cost a second rendering of every editor on screen.
        require(['vs/editor/editor.main.nls', 'vs/basic-languages/csharp/csharp'], function () {
            require(['vs/editor/editor.main'], function () {
                monacoLoaded = true;
                // The blocks already on screen; the others get their editor when they come on screen (mount).
                entries.forEach(function (entry) { if (entry.shown) create(entry); });
            }, failed);
        }, failed);
    }

    const kinds = () => ({
        method: monaco.languages.CompletionItemKind.Method,
        property: monaco.languages.CompletionItemKind.Property,
        field: monaco.languages.CompletionItemKind.Field,
        class: monaco.languages.CompletionItemKind.Class,
        struct: monaco.languages.CompletionItemKind.Struct,
        interface: monaco.languages.CompletionItemKind.Interface,
        enum: monaco.languages.CompletionItemKind.Enum,
        enummember: monaco.languages.CompletionItemKind.EnumMember,
        keyword: monaco.languages.CompletionItemKind.Keyword,
        namespace: monaco.languages.CompletionItemKind.Module,
        local: monaco.languages.CompletionItemKind.Variable,
        parameter: monaco.languages.CompletionItemKind.Variable,
        event: monaco.languages.CompletionItemKind.Event,
        constant: monaco.languages.CompletionItemKind.Constant,
    });

    function registerProvider() {
        if (providerRegistered) return;
        providerRegistered = true;
        monaco.languages.registerCompletionItemProvider('csharp', {
            triggerCharacters: ['.'],
            provideCompletionItems: async function (model, position) {
                const entry = byModel.get(model.uri.toString());
                if (!entry) return { suggestions: [] };
                const items = await entry.dotnet.invokeMethodAsync('Complete', model.getValue(), position.lineNumber, position.column);
                const word = model.getWordUntilPosition(position);
                const range = {
                    startLineNumber: position.lineNumber, endLineNumber: position.lineNumber,
                    startColumn: word.startColumn, endColumn: word.endColumn,
                };
                const map = kinds();
                return {
                    suggestions: items.map((item, index) => ({
                        label: item.label,
                        kind: map[(item.kind || '').toLowerCase()] ?? monaco.languages.CompletionItemKind.Text,
                        detail: item.detail || undefined,
                        insertText: item.insertText,
                        sortText: String(index).padStart(5, '0'),
                        range: range,
                    })),
                };
            },
        });
    }

    function toMarkers(problems) {
        return problems.map(p => ({
            startLineNumber: p.line, startColumn: p.column,
            endLineNumber: p.endLine || p.line, endColumn: p.endColumn || (p.column + 1),
            message: (p.id ? p.id + ': ' : '') + p.message,
            severity: p.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        }));
    }

    function showMarkers(entry, problems) {
        monaco.editor.setModelMarkers(entry.editor.getModel(), 'sluice', toMarkers(problems));
    }

    // Creates the block's Monaco editor in place of its text; the editor's text is the source it mounted with.
    function create(entry) {
        if (entry.editor || entry.disposed) return;
        registerProvider();
        const preview = entry.container.querySelector('.sluice-code-preview');
        const host = entry.container.querySelector('.sluice-code-host');
        // The host lets clicks through to the text until it holds the editor.
        host.style.pointerEvents = 'auto';
        const editor = monaco.editor.create(host, {
            value: entry.source,
            language: 'csharp',
            automaticLayout: true,
            minimap: { enabled: false },
            scrollBeyondLastLine: false,
            fontSize: 13,
        });
        entry.editor = editor;
        // Hidden and no longer a preview; Blazor keeps the element, which it only changes when the source does.
        if (preview) { preview.classList.remove('sluice-code-preview'); preview.hidden = true; }
        const model = editor.getModel();
        byModel.set(model.uri.toString(), entry);
        if (entry.markers) { showMarkers(entry, entry.markers); entry.markers = null; }
        model.onDidChangeContent(function () {
            if (!entry.edited) {
                entry.edited = true;
                entry.dotnet.invokeMethodAsync('OnEdited');
            }
            clearTimeout(entry.timer);
            const version = ++entry.version;
            entry.timer = setTimeout(async function () {
                const problems = await entry.dotnet.invokeMethodAsync('Diagnose', model.getValue());
                if (version === entry.version && entry.editor) showMarkers(entry, problems);
            }, pauseMs);
        });
    }

    // Calls back once the element comes into the viewport; one observer watches every editor on the page.
    function whenOnScreen(element, callback) {
        if (!('IntersectionObserver' in window)) { callback(); return; }
        if (!nearObserver) {
            nearObserver = new IntersectionObserver(function (records) {
                records.forEach(function (record) {
                    if (!record.isIntersecting) return;
                    nearObserver.unobserve(record.target);
                    const pending = record.target.sluiceOnScreen;
                    record.target.sluiceOnScreen = null;
                    if (pending) pending();
                });
            }, { rootMargin: '0px' });
        }
        element.sluiceOnScreen = callback;
        nearObserver.observe(element);
    }

    return {
        // A block's code editor: Monaco replaces the text in `container` once it is loaded and the block is on screen
        // (not earlier: each editor made ahead, with its output panel, was work done before the first screen was
        // usable; bench: editor-open); .NET hears when it comes on screen (OnShown), to show the block's output. A
        // page of code will want Monaco in a moment, so its loading starts now.
        mount: function (id, container, source, dotnet) {
            const entry = { container: container, source: source, dotnet: dotnet, editor: null, edited: false,
                timer: 0, version: 0, markers: null, disposed: false, shown: false };
            entries.set(id, entry);
            loadMonaco();
            whenOnScreen(container, function () {
                entry.shown = true;
                dotnet.invokeMethodAsync('OnShown');
                if (monacoLoaded) create(entry);
            });
        },
        unmount: function (id) {
            const entry = entries.get(id);
            if (!entry) return;
            entries.delete(id);
            entry.disposed = true;
            clearTimeout(entry.timer);
            if (nearObserver) nearObserver.unobserve(entry.container);
            if (entry.editor) {
                const model = entry.editor.getModel();
                byModel.delete(model.uri.toString());
                entry.editor.dispose();
                model.dispose();
                entry.editor = null;
            }
        },
        // The editor's text, or null before Monaco is there; the next edit is reported to .NET again.
        takeText: function (id) {
            const entry = entries.get(id);
            if (!entry || !entry.editor) return null;
            entry.edited = false;
            return entry.editor.getValue();
        },
        setMarkers: function (id, problems) {
            const entry = entries.get(id);
            if (!entry) return;
            if (entry.editor) showMarkers(entry, problems); else entry.markers = problems;
        },
    };
})();
