<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>ModelDetails</name>
    <message>
        <source> Use %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired on %1: requests to this model fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated since %1; retires on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled to retire on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended thinking with a token budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adaptive thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always reasons first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasoning can be switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in / %2 out (%3, as of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GA since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maas::CatalogModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (preview)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maas::CatalogPanel</name>
    <message>
        <source>Use in pane &amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in pane &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models, publishers, regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the model catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a model to see where it is served, its limits and its price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some catalog entries were skipped; fix them and restart:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maas::MainWindow</name>
    <message>
        <source>MaaS Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes &amp;side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes s&amp;tacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MaaS Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MaaS Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MaaS Playground %1&lt;/h3&gt;&lt;p&gt;Try prompts on the managed models of Vertex AI Model Garden and compare their answers side by side.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Project: %1  ·  Default location: %2  ·  Endpoint: %3  ·  %n model(s) in the catalog</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not set (Tools ▸ Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Vertex AI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maas::PromptEditor</name>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt (optional): the role and rules every model gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prompt, in Markdown. Every pane receives the same text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maas::ResponsePane</name>
    <message>
        <source>Model of pane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of pane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region such as us-east5, a multi-region (us, eu) or global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer of pane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer streams here when you run the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a model for this pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog does not list %1 at %2 (it lists: %3). The request is still sent; the server decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the catalog; it is sent as the exact model id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maas::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-project-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Google Cloud project that is billed and whose quota is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default location for new panes: global, a multi-region (us, eu) or a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: Google&apos;s endpoints. Or e.g. http://127.0.0.1:8080/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL including /v1, for the local emulator, a proxy or a private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gcloud CLI login (gcloud auth print-access-token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Default Credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata server (GCE, GKE, Cloud Run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the JSON key or ADC file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest silence allowed on a stream; thinking models can pause for minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries of rate-limited or overloaded requests before the first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane &amp;layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own models or OpenAI-compatible servers in %1 (format: docs/catalog-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID: 6 to 30 lowercase letters, digits or hyphens, starting with a letter (the ID, not the display name or number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: use global, us, eu or a region such as us-east5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint override: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential file: a service account key needs the path of its JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try prompts on Vertex AI Model Garden models and compare them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window after it has painted, print its path and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this INI file for settings instead of the user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this file as the user catalog (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
