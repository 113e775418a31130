// C# help in Monaco: completions and as-you-type diagnostics come from Roslyn on the server, through the .NET
// object each block's editor registers for its model. One completion provider serves every editor on the page.
window.sluiceEditor = (function () {
    const editors = new Map(); // model uri -> { dotnet, timer, version }
    let providerRegistered = false;
    const pauseMs = 150;

    // Monaco (3 MB of script) is evaluated through its AMD loader (loader.js, included before this file) once a page
    // shows block code (revealWhenNear) or a code editor asks, not with the page: evaluating it as soon as it arrived
    // held up the circuit's start. Pages without code only have it fetched into the cache (App.razor's preloads).
    // A code editor shows its text until Monaco is ready.
    let monacoReady = null;
    function loadMonaco() {
        if (!monacoReady) {
            monacoReady = new Promise(function (resolve, reject) {
                require(['vs/editor/editor.main'], function () { resolve(); }, function (error) {
                    monacoReady = null;
                    reject(error);
                });
            });
        }
        return monacoReady;
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
                const entry = editors.get(model.uri.toString());
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

    function setMarkers(uri, problems) {
        const model = monaco.editor.getModel(monaco.Uri.parse(uri));
        if (model) monaco.editor.setModelMarkers(model, 'sluice', toMarkers(problems));
    }

    return {
        whenMonacoReady: loadMonaco,
        attach: function (uri, dotnet) {
            registerProvider();
            const model = monaco.editor.getModel(monaco.Uri.parse(uri));
            if (!model) return;
            const entry = { dotnet: dotnet, timer: 0, version: 0 };
            editors.set(uri, entry);
            model.onDidChangeContent(function () {
                clearTimeout(entry.timer);
                const version = ++entry.version;
                entry.timer = setTimeout(async function () {
                    const problems = await entry.dotnet.invokeMethodAsync('Diagnose', model.getValue());
                    if (version === entry.version) setMarkers(uri, problems);
                }, pauseMs);
            });
        },
        detach: function (uri) { editors.delete(uri); },
        // Asks .NET to create a block's editor once its code preview enters the viewport. Not earlier: each editor
        // revealed ahead (with its output panel) was work done before the first screen was usable (bench:
        // editor-open, 600 px ahead: 970 ms of the main thread against 820), and the preview shows the same text.
        revealWhenNear: function (element, dotnet) {
            // A page of code previews will want Monaco in a moment: loading it now overlaps the round trips that
            // reveal the first editors.
            loadMonaco();
            if (!('IntersectionObserver' in window)) { dotnet.invokeMethodAsync('Reveal'); return; }
            const observer = new IntersectionObserver(function (entries) {
                if (entries.some(function (e) { return e.isIntersecting; })) {
                    observer.disconnect();
                    dotnet.invokeMethodAsync('Reveal');
                }
            }, { rootMargin: '0px' });
            observer.observe(element);
        },
        setMarkers: setMarkers,
        markerCount: function (uri) {
            const model = monaco.editor.getModel(monaco.Uri.parse(uri));
            return model ? monaco.editor.getModelMarkers({ resource: model.uri }).length : 0;
        },
    };
})();
