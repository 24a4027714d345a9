<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>BalancePage</name>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Flows of the step</source>
        <translation>Flows of the step</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Treatment cost</source>
        <translation>Treatment cost</translation>
    </message>
    <message>
        <source>Sankey diagram of the step</source>
        <translation>Sankey diagram of the step</translation>
    </message>
    <message>
        <source>Delete the selected flows</source>
        <translation>Delete the selected flows</translation>
    </message>
    <message>
        <source>Fill the first selected value down</source>
        <translation>Fill the first selected value down</translation>
    </message>
    <message>
        <source>Material and energy balance</source>
        <translation>Material and energy balance</translation>
    </message>
    <message>
        <source>Choose a process step and record every input and output for one basis: a batch, a day or an amount of product. Type quantities with their unit (12,5 tấn, 3.600 kWh). The balance should close within the tolerance; a large gap means a flow is missing or mis-measured.</source>
        <translation>Choose a process step and record every input and output for one basis: a batch, a day or an amount of product. Type quantities with their unit (12,5 tấn, 3.600 kWh). The balance should close within the tolerance; a large gap means a flow is missing or mis-measured.</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Process step</translation>
    </message>
    <message>
        <source>Basis (product units)</source>
        <translation>Basis (product units)</translation>
    </message>
    <message>
        <source>The amount of product the flows are recorded for</source>
        <translation>The amount of product the flows are recorded for</translation>
    </message>
    <message>
        <source>label, e.g. one brew</source>
        <translation>label, e.g. one brew</translation>
    </message>
    <message>
        <source>Basis label</source>
        <translation>Basis label</translation>
    </message>
    <message>
        <source>Show per unit product</source>
        <translation>Show per unit product</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Add input</translation>
    </message>
    <message>
        <source>Add output</source>
        <translation>Add output</translation>
    </message>
    <message>
        <source>Delete flow</source>
        <translation>Delete flow</translation>
    </message>
    <message>
        <source>Add input flow</source>
        <translation>Add input flow</translation>
    </message>
    <message>
        <source>Add output flow</source>
        <translation>Add output flow</translation>
    </message>
    <message>
        <source>Delete selected flow</source>
        <translation>Delete selected flow</translation>
    </message>
    <message>
        <source>The diagram appears when the step has inputs and outputs of mass or of energy.</source>
        <translation>The diagram appears when the step has inputs and outputs of mass or of energy.</translation>
    </message>
    <message>
        <source>There are no process steps yet.</source>
        <translation>There are no process steps yet.</translation>
    </message>
    <message>
        <source>Product: {name} ({unit})</source>
        <translation>Product: {name} ({unit})</translation>
    </message>
    <message>
        <source>Unit of “{name}”: a unit is required</source>
        <translation>Unit of “{name}”: a unit is required</translation>
    </message>
    <message>
        <source>A flow needs a name.</source>
        <translation>A flow needs a name.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Type a number and a unit, like 12,5 tấn or 3.600 kWh</source>
        <translation>Type a number and a unit, like 12,5 tấn or 3.600 kWh</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>In the balance</source>
        <translation>In the balance</translation>
    </message>
    <message>
        <source>{what} of “{name}”</source>
        <translation>{what} of “{name}”</translation>
    </message>
    <message>
        <source>Quantity per unit product</source>
        <translation>Quantity per unit product</translation>
    </message>
</context>
<context>
    <name>ClosureBox</name>
    <message>
        <source>unknown unit</source>
        <translation>unknown unit</translation>
    </message>
    <message>
        <source>a volume without a density (give the density)</source>
        <translation>a volume without a density (give the density)</translation>
    </message>
    <message>
        <source>no calorific value for this fuel</source>
        <translation>no calorific value for this fuel</translation>
    </message>
    <message>
        <source>no quantity entered yet</source>
        <translation>no quantity entered yet</translation>
    </message>
    <message>
        <source>a count is not a mass or an energy</source>
        <translation>a count is not a mass or an energy</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Mass</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Not in the balance</source>
        <translation>Not in the balance</translation>
    </message>
    <message>
        <source>Mass closure</source>
        <translation>Mass closure</translation>
    </message>
    <message>
        <source>Energy closure</source>
        <translation>Energy closure</translation>
    </message>
    <message>
        <source>per {unit} of product</source>
        <translation>per {unit} of product</translation>
    </message>
    <message>
        <source>per {basis}</source>
        <translation>per {basis}</translation>
    </message>
    <message>
        <source>No closure: it needs inputs and outputs.</source>
        <translation>No closure: it needs inputs and outputs.</translation>
    </message>
    <message>
        <source>Closure error {closure} is above the tolerance of {tol}: look for a missing or mis-measured flow.</source>
        <translation>Closure error {closure} is above the tolerance of {tol}: look for a missing or mis-measured flow.</translation>
    </message>
    <message>
        <source>Closure error {closure}, within the tolerance of {tol}.</source>
        <translation>Closure error {closure}, within the tolerance of {tol}.</translation>
    </message>
    <message>
        <source>Every flow is in the balance.</source>
        <translation>Every flow is in the balance.</translation>
    </message>
    <message>
        <source>No flows.</source>
        <translation>No flows.</translation>
    </message>
    <message>
        <source>In {inp} · out {out} · difference {diff} {unit} {where}</source>
        <translation>In {inp} · out {out} · difference {diff} {unit} {where}</translation>
    </message>
</context>
<context>
    <name>ConsumptionEdits</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>The energy carrier of the official table, when the resource name is not one</source>
        <translation>The energy carrier of the official table, when the resource name is not one</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Quantity ({resource})</source>
        <translation>Quantity ({resource})</translation>
    </message>
    <message>
        <source>A reading needs a resource.</source>
        <translation>A reading needs a resource.</translation>
    </message>
    <message>
        <source>Edit reading</source>
        <translation>Edit reading</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Add reading</translation>
    </message>
    <message>
        <source>Delete reading</source>
        <translation>Delete reading</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>weight</translation>
    </message>
    <message>
        <source>a weight from 0 to 10</source>
        <translation>a weight from 0 to 10</translation>
    </message>
    <message>
        <source>Edit focus criterion</source>
        <translation>Edit focus criterion</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>Sector (VSIC code)</source>
        <translation>Sector (VSIC code)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Energy saved, TOE/year</source>
        <translation>Energy saved, TOE/year</translation>
    </message>
    <message>
        <source>Energy saved, GJ/year</source>
        <translation>Energy saved, GJ/year</translation>
    </message>
    <message>
        <source>Water saved, m³/year</source>
        <translation>Water saved, m³/year</translation>
    </message>
    <message>
        <source>Cost saved, million VND/year</source>
        <translation>Cost saved, million VND/year</translation>
    </message>
    <message>
        <source>CO₂ avoided, t/year</source>
        <translation>CO₂ avoided, t/year</translation>
    </message>
    <message>
        <source>Met the target in force</source>
        <translation>Met the target in force</translation>
    </message>
    <message>
        <source>By method: regression / ratio</source>
        <translation>By method: regression / ratio</translation>
    </message>
    <message>
        <source>Regression / ratio</source>
        <translation>Regression / ratio</translation>
    </message>
    <message>
        <source>Met the target in force (of all)</source>
        <translation>Met the target in force (of all)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>Figures by group</translation>
    </message>
    <message>
        <source>Charts of the figures</source>
        <translation>Charts of the figures</translation>
    </message>
    <message>
        <source>No received assessments for these filters.</source>
        <translation>No received assessments for these filters.</translation>
    </message>
    <message>
        <source>Newest revision of each received assessment, whatever its review state; savings per year after the changes, normalised to the reporting period's output.</source>
        <translation>Newest revision of each received assessment, whatever its review state; savings per year after the changes, normalised to the reporting period's output.</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>VSIC</source>
        <translation>VSIC</translation>
    </message>
    <message>
        <source>TOE</source>
        <translation>TOE</translation>
    </message>
    <message>
        <source>GJ</source>
        <translation>GJ</translation>
    </message>
    <message>
        <source>Water, m³</source>
        <translation>Water, m³</translation>
    </message>
    <message>
        <source>tCO₂</source>
        <translation>tCO₂</translation>
    </message>
    <message>
        <source>Million VND</source>
        <translation>Million VND</translation>
    </message>
    <message>
        <source>Met band</source>
        <translation>Met band</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
</context>
<context>
    <name>DataFolderPage</name>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Your assessments are kept in a database in this folder, with automatic backups beside it. Choose another folder (a second disk, an encrypted drive) if you wish.</source>
        <translation>Your assessments are kept in a database in this folder, with automatic backups beside it. Choose another folder (a second disk, an encrypted drive) if you wish.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <source>A new folder is used from the next start. The current database is copied there if the folder has none; an existing database there is used as it is.</source>
        <translation>A new folder is used from the next start. The current database is copied there if the folder has none; an existing database there is used as it is.</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Received assessment</source>
        <translation>Received assessment</translation>
    </message>
    <message>
        <source>Open the signed &amp;report</source>
        <translation>Open the signed &amp;report</translation>
    </message>
    <message>
        <source>&amp;Trust this signer…</source>
        <translation>&amp;Trust this signer…</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Choose a received assessment in the list.</source>
        <translation>Choose a received assessment in the list.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>reporting</source>
        <translation>reporting</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Sector (VSIC)</source>
        <translation>Sector (VSIC)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Target in force %1: %2</source>
        <translation>Target in force %1: %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>(the signer is trusted now)</source>
        <translation>(the signer is trusted now)</translation>
    </message>
    <message>
        <source>%1 (%2 received), on %3</source>
        <translation>%1 (%2 received), on %3</translation>
    </message>
    <message>
        <source>%1 → %2 since 1/7/2025</source>
        <translation>%1 → %2 since 1/7/2025</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Before (per unit)</source>
        <translation>Before (per unit)</translation>
    </message>
    <message>
        <source>After (per unit)</source>
        <translation>After (per unit)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Saving %</source>
        <translation>Saving %</translation>
    </message>
    <message>
        <source>Saving, VND</source>
        <translation>Saving, VND</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>The document cannot be read by this version of the app.</source>
        <translation>The document cannot be read by this version of the app.</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regression</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>Energy: %1 TOE (%2 GJ), %3 % per unit product</source>
        <translation>Energy: %1 TOE (%2 GJ), %3 % per unit product</translation>
    </message>
    <message>
        <source>CO₂: %1 t</source>
        <translation>CO₂: %1 t</translation>
    </message>
    <message>
        <source>Cost: %1 VND/year</source>
        <translation>Cost: %1 VND/year</translation>
    </message>
    <message>
        <source>Savings after the changes</source>
        <translation>Savings after the changes</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Saving per year</source>
        <translation>Saving per year</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>The report cannot be opened: %1</source>
        <translation>The report cannot be opened: %1</translation>
    </message>
    <message>
        <source>The report was written to %1; open it with a PDF viewer.</source>
        <translation>The report was written to %1; open it with a PDF viewer.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>SXSH Desktop hit an error it did not expect: %1</source>
        <translation>SXSH Desktop hit an error it did not expect: %1</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>The report was written to %1.</translation>
    </message>
    <message>
        <source>The report could not be written to the log folder.</source>
        <translation>The report could not be written to the log folder.</translation>
    </message>
    <message>
        <source>What you entered before is stored. Copy the report and send it with a few words on what you were doing.</source>
        <translation>What you entered before is stored. Copy the report and send it with a few words on what you were doing.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copy the report</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Export sync package</source>
        <translation>Export sync package</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>One file for the Sở: the assessment, its signed report and a manifest, all signed with your identity. Exporting counts a new revision when the assessment changed since its last export.</source>
        <translation>One file for the Sở: the assessment, its signed report and a manifest, all signed with your identity. Exporting counts a new revision when the assessment changed since its last export.</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Signed by: %1</translation>
    </message>
    <message>
        <source>Language of the report in the package</source>
        <translation>Language of the report in the package</translation>
    </message>
    <message>
        <source>&amp;Encrypt for the Sở: only the holder of this certificate's key can open the package</source>
        <translation>&amp;Encrypt for the Sở: only the holder of this certificate's key can open the package</translation>
    </message>
    <message>
        <source>The Sở's certificate</source>
        <translation>The Sở's certificate</translation>
    </message>
    <message>
        <source>The Sở's certificate (.pem, .cer, .crt)</source>
        <translation>The Sở's certificate (.pem, .cer, .crt)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Package file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>A package is signed: set your signing identity first in Edit › Preferences › Signing identity.</source>
        <translation>A package is signed: set your signing identity first in Edit › Preferences › Signing identity.</translation>
    </message>
    <message>
        <source>Your identity's certificate has expired: renew it in Edit › Preferences › Signing identity.</source>
        <translation>Your identity's certificate has expired: renew it in Edit › Preferences › Signing identity.</translation>
    </message>
    <message>
        <source>This assessment is not complete: it lacks %1. A package holds the signed report, and a draft cannot be signed; fill these in first.</source>
        <translation>This assessment is not complete: it lacks %1. A package holds the signed report, and a draft cannot be signed; fill these in first.</translation>
    </message>
    <message>
        <source>The assessment is complete: it can be packaged.</source>
        <translation>The assessment is complete: it can be packaged.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.cer *.crt *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.cer *.crt *.der);;All files (*)</translation>
    </message>
    <message>
        <source>For: %1, valid until %2</source>
        <translation>For: %1, valid until %2</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Save the package as</translation>
    </message>
    <message>
        <source>Sync packages (*.sxsh)</source>
        <translation>Sync packages (*.sxsh)</translation>
    </message>
    <message>
        <source>Choose the file to write the package to.</source>
        <translation>Choose the file to write the package to.</translation>
    </message>
    <message>
        <source>Choose the Sở's certificate.</source>
        <translation>Choose the Sở's certificate.</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>Making the package…</translation>
    </message>
    <message>
        <source>The package is written</source>
        <translation>The package is written</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Package id:</source>
        <translation>Package id:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Encrypted for:</source>
        <translation>Encrypted for:</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>%1 (the revision goes up when the assessment changed since its last export)</source>
        <translation>%1 (the revision goes up when the assessment changed since its last export)</translation>
    </message>
    <message>
        <source>not encrypted: anyone with the file can read it</source>
        <translation>not encrypted: anyone with the file can read it</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>&amp;Sign with my identity</source>
        <translation>&amp;Sign with my identity</translation>
    </message>
    <message>
        <source>e.g. http://timestamp.example.vn (empty: none)</source>
        <translation>e.g. http://timestamp.example.vn (empty: none)</translation>
    </message>
    <message>
        <source>Timestamp server</source>
        <translation>Timestamp server</translation>
    </message>
    <message>
        <source>Without a timestamp server the report is signed offline (PAdES B-B); with one that answers, the signing time is certified (PAdES B-T).</source>
        <translation>Without a timestamp server the report is signed offline (PAdES B-B); with one that answers, the signing time is certified (PAdES B-T).</translation>
    </message>
    <message>
        <source>&amp;Timestamp server:</source>
        <translation>&amp;Timestamp server:</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Report file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>This assessment is not complete: it lacks %1. The report will be an unsigned draft, marked as such on its cover; a draft cannot be signed. Fill these in to make the signed report.</source>
        <translation>This assessment is not complete: it lacks %1. The report will be an unsigned draft, marked as such on its cover; a draft cannot be signed. Fill these in to make the signed report.</translation>
    </message>
    <message>
        <source>The report can be signed. It will say what the assessment still lacks: %1.</source>
        <translation>The report can be signed. It will say what the assessment still lacks: %1.</translation>
    </message>
    <message>
        <source>The assessment is complete: the report can be signed.</source>
        <translation>The assessment is complete: the report can be signed.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>Choose the file to write the report to.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>The signed report is written</source>
        <translation>The signed report is written</translation>
    </message>
    <message>
        <source>signed by %1 — %2</source>
        <translation>signed by %1 — %2</translation>
    </message>
    <message>
        <source>The draft report is written</source>
        <translation>The draft report is written</translation>
    </message>
    <message>
        <source>unsigned draft (the assessment is not complete)</source>
        <translation>unsigned draft (the assessment is not complete)</translation>
    </message>
    <message>
        <source>The report is written</source>
        <translation>The report is written</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>No PDF viewer could be started for %1.</source>
        <translation>No PDF viewer could be started for %1.</translation>
    </message>
</context>
<context>
    <name>ExportSupport</name>
    <message>
        <source>No signing identity yet: make or choose one in Edit › Preferences › Signing identity.</source>
        <translation>No signing identity yet: make or choose one in Edit › Preferences › Signing identity.</translation>
    </message>
    <message>
        <source>%1 — the certificate expired on %2: renew it in Edit › Preferences › Signing identity.</source>
        <translation>%1 — the certificate expired on %2: renew it in Edit › Preferences › Signing identity.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valid until %2</translation>
    </message>
    <message>
        <source>(self-issued)</source>
        <translation>(self-issued)</translation>
    </message>
    <message>
        <source>— on the USB token %1</source>
        <translation>— on the USB token %1</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>PIN of your USB token %1 (key %2):</source>
        <translation>PIN of your USB token %1 (key %2):</translation>
    </message>
    <message>
        <source>Passphrase of your identity %1 (%2):</source>
        <translation>Passphrase of your identity %1 (%2):</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Sent to the default printer.</source>
        <translation>Sent to the default printer.</translation>
    </message>
    <message>
        <source>Printing failed (%1).</source>
        <translation>Printing failed (%1).</translation>
    </message>
    <message>
        <source>There is no printing command here: the report is open in the PDF viewer; print it from there.</source>
        <translation>There is no printing command here: the report is open in the PDF viewer; print it from there.</translation>
    </message>
</context>
<context>
    <name>FacilityPage</name>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>&amp;Tax code:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
    <message>
        <source>&amp;VSIC code:</source>
        <translation>&amp;VSIC code:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;tor:</translation>
    </message>
    <message>
        <source>E&amp;mployees:</source>
        <translation>E&amp;mployees:</translation>
    </message>
    <message>
        <source>Design &amp;capacity:</source>
        <translation>Design &amp;capacity:</translation>
    </message>
    <message>
        <source>P&amp;roducts:</source>
        <translation>P&amp;roducts:</translation>
    </message>
    <message>
        <source>10 digits, e.g. 2901234567</source>
        <translation>10 digits, e.g. 2901234567</translation>
    </message>
    <message>
        <source>e.g. 150.000 hL/năm</source>
        <translation>e.g. 150.000 hL/năm</translation>
    </message>
    <message>
        <source>separated by ';'</source>
        <translation>separated by ';'</translation>
    </message>
    <message>
        <source>Reference product (for consumption per unit product)</source>
        <translation>Reference product (for consumption per unit product)</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>Pro&amp;duct:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>e.g. hL, t, tấn, pcs</source>
        <translation>e.g. hL, t, tấn, pcs</translation>
    </message>
    <message>
        <source>Type of assessment</source>
        <translation>Type of assessment</translation>
    </message>
    <message>
        <source>T&amp;ype of assessment:</source>
        <translation>T&amp;ype of assessment:</translation>
    </message>
    <message>
        <source>Sector template</source>
        <translation>Sector template</translation>
    </message>
    <message>
        <source>The sector's norms and best practice the monitoring page compares the facility with</source>
        <translation>The sector's norms and best practice the monitoring page compares the facility with</translation>
    </message>
    <message>
        <source>&amp;Sector template:</source>
        <translation>&amp;Sector template:</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Consultant's na&amp;me:</source>
        <translation>Consultant's na&amp;me:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>E-mai&amp;l:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>CP team</source>
        <translation>CP team</translation>
    </message>
    <message>
        <source>CP team members</source>
        <translation>CP team members</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>Remo&amp;ve member</translation>
    </message>
    <message>
        <source>Remove the selected members</source>
        <translation>Remove the selected members</translation>
    </message>
    <message>
        <source>Notes on the team</source>
        <translation>Notes on the team</translation>
    </message>
    <message>
        <source>Decision forming the team (number, date), meeting schedule …</source>
        <translation>Decision forming the team (number, date), meeting schedule …</translation>
    </message>
    <message>
        <source>Facility and CP team</source>
        <translation>Facility and CP team</translation>
    </message>
    <message>
        <source>Task 1. Record who the facility is and who does the assessment. Form the CP team: a leader from management, the people who know the process steps, energy and quality, and the consultant. Name the reference product and its unit: every consumption is compared per unit of it.</source>
        <translation>Task 1. Record who the facility is and who does the assessment. Form the CP team: a leader from management, the people who know the process steps, energy and quality, and the consultant. Name the reference product and its unit: every consumption is compared per unit of it.</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>employees</translation>
    </message>
    <message>
        <source>a whole number of people, 0 or more</source>
        <translation>a whole number of people, 0 or more</translation>
    </message>
    <message>
        <source>design capacity</source>
        <translation>design capacity</translation>
    </message>
    <message>
        <source>Edit facility</source>
        <translation>Edit facility</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>Edit consultant</source>
        <translation>Edit consultant</translation>
    </message>
    <message>
        <source>Change the type of assessment</source>
        <translation>Change the type of assessment</translation>
    </message>
    <message>
        <source>Attach the sector template</source>
        <translation>Attach the sector template</translation>
    </message>
    <message>
        <source>Take off the sector template</source>
        <translation>Take off the sector template</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (not found)</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Add team member</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>Remove team member</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>“%1” was not saved: %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>FillDown</name>
    <message numerus="yes">
        <source>Fill down %n cell(s)</source>
        <translation><numerusform>Fill down %n cell(s)</numerusform></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to SXSH Desktop</source>
        <translation>Welcome to SXSH Desktop</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>Skip all</translation>
    </message>
    <message>
        <source>The data folder was not changed: %1</source>
        <translation>The data folder was not changed: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>SXSH Desktop uses %1 from the next start. Restart now?</source>
        <translation>SXSH Desktop uses %1 from the next start. Restart now?</translation>
    </message>
</context>
<context>
    <name>FlowEdits</name>
    <message>
        <source>Quantity of “{name}”</source>
        <translation>Quantity of “{name}”</translation>
    </message>
    <message>
        <source>Edit flow “{name}”</source>
        <translation>Edit flow “{name}”</translation>
    </message>
    <message>
        <source>New input</source>
        <translation>New input</translation>
    </message>
    <message>
        <source>New output</source>
        <translation>New output</translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation>Add flow</translation>
    </message>
    <message>
        <source>Delete flow “{name}”</source>
        <translation>Delete flow “{name}”</translation>
    </message>
    <message>
        <source>Change the basis</source>
        <translation>Change the basis</translation>
    </message>
    <message>
        <source>Change the basis label</source>
        <translation>Change the basis label</translation>
    </message>
</context>
<context>
    <name>FlowchartPage</name>
    <message>
        <source>Flow chart of the process</source>
        <translation>Flow chart of the process</translation>
    </message>
    <message>
        <source>&amp;Focus steps only</source>
        <translation>&amp;Focus steps only</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>&amp;Export PNG…</source>
        <translation>&amp;Export PNG…</translation>
    </message>
    <message>
        <source>No process steps yet: list them on the page of task 2, then record their inputs and outputs in the balance (task 5).</source>
        <translation>No process steps yet: list them on the page of task 2, then record their inputs and outputs in the balance (task 5).</translation>
    </message>
    <message>
        <source>Task 4. The chart is drawn from the process steps and their flows: inputs come in from the left, outputs (product, by-products, waste, losses) leave on the right, per the amount of product each step is recorded for. Check that every input and output is there; add missing ones in the balance (task 5). Export it as PNG for the report.</source>
        <translation>Task 4. The chart is drawn from the process steps and their flows: inputs come in from the left, outputs (product, by-products, waste, losses) leave on the right, per the amount of product each step is recorded for. Check that every input and output is there; add missing ones in the balance (task 5). Export it as PNG for the report.</translation>
    </message>
    <message>
        <source>Process flow chart: %1</source>
        <translation>Process flow chart: %1</translation>
    </message>
    <message>
        <source>AUDIT FOCUS</source>
        <translation>AUDIT FOCUS</translation>
    </message>
    <message>
        <source>flows per %1</source>
        <translation>flows per %1</translation>
    </message>
    <message>
        <source>Export the flow chart</source>
        <translation>Export the flow chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Identity file</source>
        <translation>Identity file</translation>
    </message>
    <message>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>Identity files (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <source>USB token</source>
        <translation>USB token</translation>
    </message>
    <message>
        <source>PIN of the USB token %1:</source>
        <translation>PIN of the USB token %1:</translation>
    </message>
    <message>
        <source>PKCS#11 libraries (*.dll)</source>
        <translation>PKCS#11 libraries (*.dll)</translation>
    </message>
    <message>
        <source>PKCS#11 libraries (*.so *.dylib)</source>
        <translation>PKCS#11 libraries (*.so *.dylib)</translation>
    </message>
    <message>
        <source>The token's PKCS#11 library</source>
        <translation>The token's PKCS#11 library</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Choose the token's PKCS#11 library (the file its driver installed).</source>
        <translation>Choose the token's PKCS#11 library (the file its driver installed).</translation>
    </message>
    <message>
        <source>Give the token label and the key label (the token's manager shows them).</source>
        <translation>Give the token label and the key label (the token's manager shows them).</translation>
    </message>
    <message>
        <source>The token signs as %1, valid from %2 until %3.</source>
        <translation>The token signs as %1, valid from %2 until %3.</translation>
    </message>
    <message>
        <source>Reports and sync packages are signed with your identity: a key and a certificate. Make a self-issued one here, use the .p12 file a certification authority gave you, or the USB token it issued.</source>
        <translation>Reports and sync packages are signed with your identity: a key and a certificate. Make a self-issued one here, use the .p12 file a certification authority gave you, or the USB token it issued.</translation>
    </message>
    <message>
        <source>Current identity: %1 on the USB token %2 (key %3), valid until %4</source>
        <translation>Current identity: %1 on the USB token %2 (key %3), valid until %4</translation>
    </message>
    <message>
        <source>Current identity: %1 (%2), valid until %3</source>
        <translation>Current identity: %1 (%2), valid until %3</translation>
    </message>
    <message>
        <source>&amp;Later (keep the current one, if any)</source>
        <translation>&amp;Later (keep the current one, if any)</translation>
    </message>
    <message>
        <source>&amp;Create a self-issued identity</source>
        <translation>&amp;Create a self-issued identity</translation>
    </message>
    <message>
        <source>&amp;Use an identity file (.p12, .pfx)</source>
        <translation>&amp;Use an identity file (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Its passphrase:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>PKCS#11 library of the token</source>
        <translation>PKCS#11 library of the token</translation>
    </message>
    <message>
        <source>the token driver's PKCS#11 library</source>
        <translation>the token driver's PKCS#11 library</translation>
    </message>
    <message>
        <source>The certification authority's token driver installs it, usually as a .dll in C:\Windows\System32 (its manual names it).</source>
        <translation>The certification authority's token driver installs it, usually as a .dll in C:\Windows\System32 (its manual names it).</translation>
    </message>
    <message>
        <source>Usually one of: %1 — or the library of the token's driver.</source>
        <translation>Usually one of: %1 — or the library of the token's driver.</translation>
    </message>
    <message>
        <source>&amp;Key label:</source>
        <translation>&amp;Key label:</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Token label</translation>
    </message>
    <message>
        <source>Key label</source>
        <translation>Key label</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>&amp;Test…</translation>
    </message>
    <message>
        <source>Asks the PIN, opens the token and shows who its certificate names</source>
        <translation>Asks the PIN, opens the token and shows who its certificate names</translation>
    </message>
    <message>
        <source>The passphrase and the PIN are never stored: you type them when you sign. If the passphrase is lost, the identity cannot be used; make a new one.</source>
        <translation>The passphrase and the PIN are never stored: you type them when you sign. If the passphrase is lost, the identity cannot be used; make a new one.</translation>
    </message>
    <message>
        <source>Test the token first: its PIN is asked (not kept) and who its certificate names is shown.</source>
        <translation>Test the token first: its PIN is asked (not kept) and who its certificate names is shown.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>The passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>Use a USB token (&amp;PKCS#11)</source>
        <translation>Use a USB token (&amp;PKCS#11)</translation>
    </message>
    <message>
        <source>L&amp;ibrary:</source>
        <translation>L&amp;ibrary:</translation>
    </message>
    <message>
        <source>Tok&amp;en label:</source>
        <translation>Tok&amp;en label:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>An identity names its holder: fill in your name and organisation first.</source>
        <translation>An identity names its holder: fill in your name and organisation first.</translation>
    </message>
    <message>
        <source>Choose the identity file.</source>
        <translation>Choose the identity file.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import packages for review</source>
        <translation>Import packages for review</translation>
    </message>
    <message>
        <source>Choose package files (.sxsh) or a folder of them, or drop them here. Each package is checked — intact, who signed it, whether that signer is trusted — before anything is stored; a package that fails a check is refused with the reason.</source>
        <translation>Choose package files (.sxsh) or a folder of them, or drop them here. Each package is checked — intact, who signed it, whether that signer is trusted — before anything is stored; a package that fails a check is refused with the reason.</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>Packages to import</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Add a f&amp;older…</translation>
    </message>
    <message>
        <source>C&amp;lear the list</source>
        <translation>C&amp;lear the list</translation>
    </message>
    <message>
        <source>Also import packages from signers this office does not trust yet (marked “unknown signer”; they cannot be approved until the signer is trusted)</source>
        <translation>Also import packages from signers this office does not trust yet (marked “unknown signer”; they cannot be approved until the signer is trusted)</translation>
    </message>
    <message>
        <source>Only for encrypted packages: the office's key (.p12 or PEM)</source>
        <translation>Only for encrypted packages: the office's key (.p12 or PEM)</translation>
    </message>
    <message>
        <source>Key file for encrypted packages</source>
        <translation>Key file for encrypted packages</translation>
    </message>
    <message>
        <source>Choose &amp;key…</source>
        <translation>Choose &amp;key…</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>%v of %m packages</source>
        <translation>%v of %m packages</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>What happened to each package</source>
        <translation>What happened to each package</translation>
    </message>
    <message>
        <source>&amp;Trust this signer and import again…</source>
        <translation>&amp;Trust this signer and import again…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose packages</source>
        <translation>Choose packages</translation>
    </message>
    <message>
        <source>SXSH packages (*.sxsh);;All files (*)</source>
        <translation>SXSH packages (*.sxsh);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a folder of packages</source>
        <translation>Choose a folder of packages</translation>
    </message>
    <message>
        <source>The office's key for encrypted packages</source>
        <translation>The office's key for encrypted packages</translation>
    </message>
    <message>
        <source>Keys (*.p12 *.pfx *.pem);;All files (*)</source>
        <translation>Keys (*.p12 *.pfx *.pem);;All files (*)</translation>
    </message>
    <message>
        <source>Some packages are encrypted: they are refused without the office's key.</source>
        <translation>Some packages are encrypted: they are refused without the office's key.</translation>
    </message>
    <message>
        <source>The key cannot be opened: %1</source>
        <translation>The key cannot be opened: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase of %1 (empty if it has none):</source>
        <translation>Passphrase of %1 (empty if it has none):</translation>
    </message>
    <message>
        <source>Checking the packages…</source>
        <translation>Checking the packages…</translation>
    </message>
    <message>
        <source>Stopping after the package being checked…</source>
        <translation>Stopping after the package being checked…</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>The import stopped: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>%1 imported, %2 already here, %3 refused.</source>
        <translation>%1 imported, %2 already here, %3 refused.</translation>
    </message>
    <message>
        <source>This office trusts no signer yet: packages are refused until their signer is trusted (choose a refused package, then “Trust this signer”).</source>
        <translation>This office trusts no signer yet: packages are refused until their signer is trusted (choose a refused package, then “Trust this signer”).</translation>
    </message>
    <message>
        <source>Trusted signers: %1</source>
        <translation>Trusted signers: %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>The signer's certificate cannot be read from %1.</source>
        <translation>The signer's certificate cannot be read from %1.</translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation>Trust this signer</translation>
    </message>
    <message>
        <source>Trust every package signed by %1 (%2)?

Certificate SHA-256:
%3

Compare this fingerprint with the one the consultant gives you (by telephone or in person) before you trust it.</source>
        <translation>Trust every package signed by %1 (%2)?

Certificate SHA-256:
%3

Compare this fingerprint with the one the consultant gives you (by telephone or in person) before you trust it.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of the windows. Reports can be made in either language.</source>
        <translation>The language of the windows. Reports can be made in either language.</translation>
    </message>
</context>
<context>
    <name>MVPanel</name>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Resource:</translation>
    </message>
    <message>
        <source>Resource of the regression</source>
        <translation>Resource of the regression</translation>
    </message>
    <message>
        <source>Reckon this resource's saving by the regression model</source>
        <translation>Reckon this resource's saving by the regression model</translation>
    </message>
    <message>
        <source>Consumption against production</source>
        <translation>Consumption against production</translation>
    </message>
    <message>
        <source>Cumulative saving (CUSUM)</source>
        <translation>Cumulative saving (CUSUM)</translation>
    </message>
    <message>
        <source>The chart appears when the resource has monthly readings.</source>
        <translation>The chart appears when the resource has monthly readings.</translation>
    </message>
    <message>
        <source>The CUSUM appears when the reporting period has readings.</source>
        <translation>The CUSUM appears when the reporting period has readings.</translation>
    </message>
    <message>
        <source>no monthly readings of the baseline</source>
        <translation>no monthly readings of the baseline</translation>
    </message>
    <message>
        <source>No model: {reason}</source>
        <translation>No model: {reason}</translation>
    </message>
    <message>
        <source>R² {value} {sign} {limit}</source>
        <translation>R² {value} {sign} {limit}</translation>
    </message>
    <message>
        <source>p of the slope {value} {sign} {limit}</source>
        <translation>p of the slope {value} {sign} {limit}</translation>
    </message>
    <message>
        <source>the slope is not positive</source>
        <translation>the slope is not positive</translation>
    </message>
    <message>
        <source>The model is not valid: {why}</source>
        <translation>The model is not valid: {why}</translation>
    </message>
    <message>
        <source>The model is valid: {why}</source>
        <translation>The model is valid: {why}</translation>
    </message>
    <message>
        <source>Enter monthly readings to fit a baseline model (ISO 50006).</source>
        <translation>Enter monthly readings to fit a baseline model (ISO 50006).</translation>
    </message>
    <message>
        <source>E = {formula} ({unit}; P in {p_unit})
R² {r2}, adjusted R² {adj}, CV(RMSE) {cv}, NMBE {nmbe}, p of the slope {p}, {n} readings</source>
        <translation>E = {formula} ({unit}; P in {p_unit})
R² {r2}, adjusted R² {adj}, CV(RMSE) {cv}, NMBE {nmbe}, p of the slope {p}, {n} readings</translation>
    </message>
    <message>
        <source>Method: regression. Adjusted baseline {adjusted} {unit}, saving {saving} {unit} ({pct}).</source>
        <translation>Method: regression. Adjusted baseline {adjusted} {unit}, saving {saving} {unit} ({pct}).</translation>
    </message>
    <message>
        <source>the data are for whole periods</source>
        <translation>the data are for whole periods</translation>
    </message>
    <message>
        <source>Method: ratio of specific consumption, because {reason}.</source>
        <translation>Method: ratio of specific consumption, because {reason}.</translation>
    </message>
    <message>
        <source>Choose the method of {resource}</source>
        <translation>Choose the method of {resource}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SXSH Desktop</source>
        <translation>SXSH Desktop</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Every change is saved as you make it</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Assessments list</source>
        <translation>&amp;Assessments list</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <source>&amp;Import assessment document…</source>
        <translation>&amp;Import assessment document…</translation>
    </message>
    <message>
        <source>&amp;Export assessment document…</source>
        <translation>&amp;Export assessment document…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Export &amp;report…</translation>
    </message>
    <message>
        <source>Export s&amp;ync package…</source>
        <translation>Export s&amp;ync package…</translation>
    </message>
    <message>
        <source>&amp;Back up the database now</source>
        <translation>&amp;Back up the database now</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Restore from bac&amp;kup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Consultant workspace</source>
        <translation>&amp;Consultant workspace</translation>
    </message>
    <message>
        <source>&amp;Review workspace (Sở)</source>
        <translation>&amp;Review workspace (Sở)</translation>
    </message>
    <message>
        <source>&amp;Trusted signers…</source>
        <translation>&amp;Trusted signers…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Guide to this page</source>
        <translation>&amp;Guide to this page</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;About SXSH Desktop</source>
        <translation>&amp;About SXSH Desktop</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>The assessment was not made: %1</source>
        <translation>The assessment was not made: %1</translation>
    </message>
    <message>
        <source>New facility</source>
        <translation>New facility</translation>
    </message>
    <message>
        <source>Import an assessment document</source>
        <translation>Import an assessment document</translation>
    </message>
    <message>
        <source>Assessment documents (*.json);;All files (*)</source>
        <translation>Assessment documents (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <source>Already in the store, unchanged.</source>
        <translation>Already in the store, unchanged.</translation>
    </message>
    <message>
        <source>Replaced.</source>
        <translation>Replaced.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The document was not imported: %1</source>
        <translation>The document was not imported: %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Export the assessment document</source>
        <translation>Export the assessment document</translation>
    </message>
    <message>
        <source>Assessment documents (*.json)</source>
        <translation>Assessment documents (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>No backup was made: %1</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Welcome to SXSH Desktop</source>
        <translation>Welcome to SXSH Desktop</translation>
    </message>
    <message>
        <source>Review workspace — SXSH Desktop</source>
        <translation>Review workspace — SXSH Desktop</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>%1 — SXSH Desktop</source>
        <translation>%1 — SXSH Desktop</translation>
    </message>
    <message>
        <source>Review workspace</source>
        <translation>Review workspace</translation>
    </message>
    <message>
        <source>Import the packages consultants send (Import packages…, or drop .sxsh files on the list). Each is checked: intact, who signed it, whether this office trusts the signer. Choose one to read it, add comments and take a review step; the dashboard sums the figures; export the figures as CSV or the approved packages for the ministry.</source>
        <translation>Import the packages consultants send (Import packages…, or drop .sxsh files on the list). Each is checked: intact, who signed it, whether this office trusts the signer. Choose one to read it, add comments and take a review step; the dashboard sums the figures; export the figures as CSV or the approved packages for the ministry.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Open an assessment from the list, make a new one (blank or from a sector template) or import an assessment document. Each assessment follows the 18 tasks of the method in the navigator on the left; every change is saved as you make it.</source>
        <translation>Open an assessment from the list, make a new one (blank or from a sector template) or import an assessment document. Each assessment follows the 18 tasks of the method in the navigator on the left; every change is saved as you make it.</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>The log and error reports are in %1</source>
        <translation>The log and error reports are in %1</translation>
    </message>
    <message>
        <source>About SXSH Desktop</source>
        <translation>About SXSH Desktop</translation>
    </message>
    <message>
        <source>SXSH Desktop %1: cleaner production assessments, offline.</source>
        <translation>SXSH Desktop %1: cleaner production assessments, offline.</translation>
    </message>
</context>
<context>
    <name>MaintainingPage</name>
    <message>
        <source>'%1' is not a date; write it like 31/12/2025 or 2025-12-31</source>
        <translation>'%1' is not a date; write it like 31/12/2025 or 2025-12-31</translation>
    </message>
    <message>
        <source>Sustaining cleaner production (task 17)</source>
        <translation>Sustaining cleaner production (task 17)</translation>
    </message>
    <message>
        <source>A person is responsible for each implemented solution</source>
        <translation>A person is responsible for each implemented solution</translation>
    </message>
    <message>
        <source>New practices are written into work instructions</source>
        <translation>New practices are written into work instructions</translation>
    </message>
    <message>
        <source>Operators and new staff are trained</source>
        <translation>Operators and new staff are trained</translation>
    </message>
    <message>
        <source>Consumption per unit product is monitored every month</source>
        <translation>Consumption per unit product is monitored every month</translation>
    </message>
    <message>
        <source>CP is part of the management system (ISO 9001/14001/50001)</source>
        <translation>CP is part of the management system (ISO 9001/14001/50001)</translation>
    </message>
    <message>
        <source>Staff ideas and savings are rewarded</source>
        <translation>Staff ideas and savings are rewarded</translation>
    </message>
    <message>
        <source>The CP team meets regularly</source>
        <translation>The CP team meets regularly</translation>
    </message>
    <message>
        <source>How CP is sustained</source>
        <translation>How CP is sustained</translation>
    </message>
    <message>
        <source>How the solutions are kept working: who checks what, how often, which indicators are reported to management …</source>
        <translation>How the solutions are kept working: who checks what, how often, which indicators are reported to management …</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>The next audit focus (task 18)</source>
        <translation>The next audit focus (task 18)</translation>
    </message>
    <message>
        <source>Next audit focus</source>
        <translation>Next audit focus</translation>
    </message>
    <message>
        <source>e.g. 31/12/2025</source>
        <translation>e.g. 31/12/2025</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Why this focus next</source>
        <translation>Why this focus next</translation>
    </message>
    <message>
        <source>Why this step next: what the monitoring showed, remaining waste …</source>
        <translation>Why this step next: what the monitoring showed, remaining waste …</translation>
    </message>
    <message>
        <source>Next &amp;focus:</source>
        <translation>Next &amp;focus:</translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation>Next re&amp;view:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Maintaining cleaner production</source>
        <translation>Maintaining cleaner production</translation>
    </message>
    <message>
        <source>Tasks 17–18. Solutions fade unless someone keeps them: tick what the facility has put in place and write the plan (who, how often, which indicators). Then choose the next audit focus, usually the step that now wastes most, and when the team will review it.</source>
        <translation>Tasks 17–18. Solutions fade unless someone keeps them: tick what the facility has put in place and write the plan (who, how often, which indicators). Then choose the next audit focus, usually the step that now wastes most, and when the team will review it.</translation>
    </message>
    <message>
        <source>Sustaining measure</source>
        <translation>Sustaining measure</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Next review date</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <source> (current focus)</source>
        <translation> (current focus)</translation>
    </message>
</context>
<context>
    <name>MissingPage</name>
    <message>
        <source>the page is not part of this build</source>
        <translation>the page is not part of this build</translation>
    </message>
    <message>
        <source>This page could not be loaded: %1. What is stored is unchanged; the other pages work. Send the report from the log folder (Help › Open the log folder) to whoever supports the app.</source>
        <translation>This page could not be loaded: %1. What is stored is unchanged; the other pages work. Send the report from the log folder (Help › Open the log folder) to whoever supports the app.</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Implementation plan</source>
        <translation>Implementation plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Metered consumption</source>
        <translation>Metered consumption</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Energy carrier</source>
        <translation>Energy carrier</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Savings per resource</source>
        <translation>Savings per resource</translation>
    </message>
    <message>
        <source>Specific consumption before and after</source>
        <translation>Specific consumption before and after</translation>
    </message>
    <message>
        <source>Delete the selected readings</source>
        <translation>Delete the selected readings</translation>
    </message>
    <message>
        <source>Fill the first selected value down</source>
        <translation>Fill the first selected value down</translation>
    </message>
    <message>
        <source>Implementation and monitoring</source>
        <translation>Implementation and monitoring</translation>
    </message>
    <message>
        <source>Plan who implements each selected option and by when. Then record production and metered consumption for a baseline period before the changes and a reporting period after them: the savings per unit product follow, normalised to the reporting output.</source>
        <translation>Plan who implements each selected option and by when. Then record production and metered consumption for a baseline period before the changes and a reporting period after them: the savings per unit product follow, normalised to the reporting output.</translation>
    </message>
    <message>
        <source>Monitoring data</source>
        <translation>Monitoring data</translation>
    </message>
    <message>
        <source>Monthly readings</source>
        <translation>Monthly readings</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>Options selected or implemented (select them on the options page).</source>
        <translation>Options selected or implemented (select them on the options page).</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>{period}: start date</source>
        <translation>{period}: start date</translation>
    </message>
    <message>
        <source>{period}: end date</source>
        <translation>{period}: end date</translation>
    </message>
    <message>
        <source>{period}: production</source>
        <translation>{period}: production</translation>
    </message>
    <message>
        <source>Production ({period})</source>
        <translation>Production ({period})</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Add reading</translation>
    </message>
    <message>
        <source>Delete reading</source>
        <translation>Delete reading</translation>
    </message>
    <message>
        <source>Add consumption reading</source>
        <translation>Add consumption reading</translation>
    </message>
    <message>
        <source>Delete selected consumption reading</source>
        <translation>Delete selected consumption reading</translation>
    </message>
    <message>
        <source>Savings per unit product</source>
        <translation>Savings per unit product</translation>
    </message>
    <message>
        <source>The chart appears when a resource has data for both periods.</source>
        <translation>The chart appears when a resource has data for both periods.</translation>
    </message>
    <message>
        <source>Against the energy norm</source>
        <translation>Against the energy norm</translation>
    </message>
    <message>
        <source>Norm for the &amp;sub-process:</source>
        <translation>Norm for the &amp;sub-process:</translation>
    </message>
    <message>
        <source>Sub-process of the norm</source>
        <translation>Sub-process of the norm</translation>
    </message>
    <message>
        <source>(choose the sub-process the energy data cover)</source>
        <translation>(choose the sub-process the energy data cover)</translation>
    </message>
    <message>
        <source>The comparison with the norm cannot be computed.</source>
        <translation>The comparison with the norm cannot be computed.</translation>
    </message>
    <message>
        <source>SEC in %1</source>
        <translation>SEC in %1</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Against the norm</source>
        <translation>Against the norm</translation>
    </message>
    <message>
        <source>within, %1 below</source>
        <translation>within, %1 below</translation>
    </message>
    <message>
        <source>exceeded by %1</source>
        <translation>exceeded by %1</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>Best practice</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>norm period {period}</source>
        <translation>norm period {period}</translation>
    </message>
    <message>
        <source>annual production {production} {unit}: capacity class “{cls}”, norm period {period}</source>
        <translation>annual production {production} {unit}: capacity class “{cls}”, norm period {period}</translation>
    </message>
    <message>
        <source>{label}: {value} {unit}</source>
        <translation>{label}: {value} {unit}</translation>
    </message>
    <message>
        <source>the facility: {value} {unit}</source>
        <translation>the facility: {value} {unit}</translation>
    </message>
    <message>
        <source>only for {scope}: not this facility's size</source>
        <translation>only for {scope}: not this facility's size</translation>
    </message>
    <message>
        <source>for {scope}</source>
        <translation>for {scope}</translation>
    </message>
    <message>
        <source>Norm: {document} ({status})</source>
        <translation>Norm: {document} ({status})</translation>
    </message>
    <message>
        <source>Best practice: {document} ({status})</source>
        <translation>Best practice: {document} ({status})</translation>
    </message>
    <message>
        <source>Energy counted: {basis}</source>
        <translation>Energy counted: {basis}</translation>
    </message>
    <message>
        <source>official document</source>
        <translation>official document</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>secondary source</translation>
    </message>
    <message>
        <source>Choose the sub-process of the norm</source>
        <translation>Choose the sub-process of the norm</translation>
    </message>
    <message>
        <source>Energy: {before} → {after} TOE/{unit}; saving {toe} TOE ({gj} GJ), {pct}; CO₂ {co2} t; {vnd} VND</source>
        <translation>Energy: {before} → {after} TOE/{unit}; saving {toe} TOE ({gj} GJ), {pct}; CO₂ {co2} t; {vnd} VND</translation>
    </message>
    <message>
        <source>Energy saving: needs energy data for both periods.</source>
        <translation>Energy saving: needs energy data for both periods.</translation>
    </message>
    <message>
        <source>Target {programme} {period}: {band} %</source>
        <translation>Target {programme} {period}: {band} %</translation>
    </message>
    <message>
        <source>indicative</source>
        <translation>indicative</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Done date</source>
        <translation>Done date</translation>
    </message>
    <message>
        <source>Edit plan of {id}</source>
        <translation>Edit plan of {id}</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Edit option {id}</source>
        <translation>Edit option {id}</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>SEC before</source>
        <translation>SEC before</translation>
    </message>
    <message>
        <source>SEC after</source>
        <translation>SEC after</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Saving %</source>
        <translation>Saving %</translation>
    </message>
    <message>
        <source>VND saved</source>
        <translation>VND saved</translation>
    </message>
    <message>
        <source>{period}: start</source>
        <translation>{period}: start</translation>
    </message>
    <message>
        <source>{period}: end</source>
        <translation>{period}: end</translation>
    </message>
    <message>
        <source>{period}: the start, the end and the production are all needed.</source>
        <translation>{period}: the start, the end and the production are all needed.</translation>
    </message>
    <message>
        <source>Change the {period}</source>
        <translation>Change the {period}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Steps and tasks of the assessment</source>
        <translation>Steps and tasks of the assessment</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Overall progress</translation>
    </message>
    <message>
        <source>%1 of %2 tasks done</source>
        <translation>%1 of %2 tasks done</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>%1 of %2 tasks done</source>
        <translation>%1 of %2 tasks done</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Task %1: %2</translation>
    </message>
    <message>
        <source>Mark task %1 done</source>
        <translation>Mark task %1 done</translation>
    </message>
    <message>
        <source>Mark task %1 not done</source>
        <translation>Mark task %1 not done</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Facility name</translation>
    </message>
    <message>
        <source>e.g. Công ty CP Bia Sông Lam</source>
        <translation>e.g. Công ty CP Bia Sông Lam</translation>
    </message>
    <message>
        <source>&amp;Facility name:</source>
        <translation>&amp;Facility name:</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Start from</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Start from:</translation>
    </message>
    <message numerus="yes">
        <source>%n template file(s) cannot be used (greyed in the list); the others can.</source>
        <translation><numerusform>%n template file cannot be used (greyed in the list); the others can.</numerusform><numerusform>%n template files cannot be used (greyed in the list); the others can.</numerusform></translation>
    </message>
    <message>
        <source>Preview of the template</source>
        <translation>Preview of the template</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Enter the facility's name</source>
        <translation>Enter the facility's name</translation>
    </message>
    <message>
        <source>Blank assessment</source>
        <translation>Blank assessment</translation>
    </message>
    <message>
        <source>An assessment with no process steps, flows or options: you enter them yourself. Without a sector template there is no energy norm to compare the facility with.</source>
        <translation>An assessment with no process steps, flows or options: you enter them yourself. Without a sector template there is no energy norm to compare the facility with.</translation>
    </message>
    <message>
        <source>official document</source>
        <translation>official document</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>secondary source</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Typical options</source>
        <translation>Typical options</translation>
    </message>
    <message>
        <source>Energy norms</source>
        <translation>Energy norms</translation>
    </message>
    <message>
        <source>Capacity class</source>
        <translation>Capacity class</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>Best practice</translation>
    </message>
    <message>
        <source>Process steps (%1)</source>
        <translation>Process steps (%1)</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>In:</translation>
    </message>
    <message>
        <source>Out:</source>
        <translation>Out:</translation>
    </message>
    <message>
        <source>No energy norm is known for this sector.</source>
        <translation>No energy norm is known for this sector.</translation>
    </message>
    <message>
        <source>The template gives no quantities: each flow starts at 0 until you enter what was measured, and the baseline is a placeholder (last year, 1 %1) until you enter the real period.</source>
        <translation>The template gives no quantities: each flow starts at 0 until you enter what was measured, and the baseline is a placeholder (last year, 1 %1) until you enter the real period.</translation>
    </message>
    <message>
        <source>Your template: %1</source>
        <translation>Your template: %1</translation>
    </message>
</context>
<context>
    <name>OptionColumns</name>
    <message>
        <source>An option needs a title.</source>
        <translation>An option needs a title.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Process step</translation>
    </message>
    <message>
        <source>Cost class</source>
        <translation>Cost class</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payback, years</source>
        <translation>Payback, years</translation>
    </message>
    <message>
        <source>NPV, VND</source>
        <translation>NPV, VND</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Saving per year</source>
        <translation>Saving per year</translation>
    </message>
</context>
<context>
    <name>OptionEdits</name>
    <message>
        <source>Edit option {id}</source>
        <translation>Edit option {id}</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>Lifetime: must be more than 0 years</source>
        <translation>Lifetime: must be more than 0 years</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Discount rate</translation>
    </message>
    <message>
        <source>Discount rate: give a percent between 0 and 100</source>
        <translation>Discount rate: give a percent between 0 and 100</translation>
    </message>
    <message>
        <source>Change the discount rate</source>
        <translation>Change the discount rate</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>New option</translation>
    </message>
    <message>
        <source>Add option {id}</source>
        <translation>Add option {id}</translation>
    </message>
    <message>
        <source>Delete option {id}</source>
        <translation>Delete option {id}</translation>
    </message>
    <message>
        <source>Saving of {resource}</source>
        <translation>Saving of {resource}</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Process step</translation>
    </message>
    <message>
        <source>Cost class</source>
        <translation>Cost class</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Annual saving</source>
        <translation>Annual saving</translation>
    </message>
    <message>
        <source>Annual operating cost</source>
        <translation>Annual operating cost</translation>
    </message>
    <message>
        <source>Resource savings</source>
        <translation>Resource savings</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Saving per year</source>
        <translation>Saving per year</translation>
    </message>
    <message>
        <source>Cleaner-production options</source>
        <translation>Cleaner-production options</translation>
    </message>
    <message>
        <source>List every option the team finds for the causes of waste, with its category and cost class. Screen them (implement now, study further, reject), then judge the technical, economic and environmental feasibility and select what to implement. Payback, NPV and IRR follow the figures.</source>
        <translation>List every option the team finds for the causes of waste, with its category and cost class. Screen them (implement now, study further, reject), then judge the technical, economic and environmental feasibility and select what to implement. Payback, NPV and IRR follow the figures.</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Add option</translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation>Delete option</translation>
    </message>
    <message>
        <source>Delete selected option</source>
        <translation>Delete selected option</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Rank by</translation>
    </message>
    <message>
        <source>Rank options by</source>
        <translation>Rank options by</translation>
    </message>
    <message>
        <source>order entered</source>
        <translation>order entered</translation>
    </message>
    <message>
        <source>NPV, highest first</source>
        <translation>NPV, highest first</translation>
    </message>
    <message>
        <source>payback, shortest first</source>
        <translation>payback, shortest first</translation>
    </message>
    <message>
        <source>IRR, highest first</source>
        <translation>IRR, highest first</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Discount rate</translation>
    </message>
    <message>
        <source>Discount rate, percent per year</source>
        <translation>Discount rate, percent per year</translation>
    </message>
    <message>
        <source>Used for the NPV of every option (percent per year)</source>
        <translation>Used for the NPV of every option (percent per year)</translation>
    </message>
    <message>
        <source>Economic feasibility</source>
        <translation>Economic feasibility</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Environmental</translation>
    </message>
    <message>
        <source>Technical feasibility</source>
        <translation>Technical feasibility</translation>
    </message>
    <message>
        <source>Environmental feasibility</source>
        <translation>Environmental feasibility</translation>
    </message>
    <message>
        <source>Equipment, space, skills, effect on production and quality …</source>
        <translation>Equipment, space, skills, effect on production and quality …</translation>
    </message>
    <message>
        <source>Less waste, emissions, water; any new impact …</source>
        <translation>Less waste, emissions, water; any new impact …</translation>
    </message>
    <message>
        <source>Lifetime in years</source>
        <translation>Lifetime in years</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>Lifetime (years)</translation>
    </message>
    <message>
        <source>Net annual benefit</source>
        <translation>Net annual benefit</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Payback</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <source>Add saving</source>
        <translation>Add saving</translation>
    </message>
    <message>
        <source>Delete saving</source>
        <translation>Delete saving</translation>
    </message>
    <message>
        <source>Add resource saving</source>
        <translation>Add resource saving</translation>
    </message>
    <message>
        <source>Delete selected resource saving</source>
        <translation>Delete selected resource saving</translation>
    </message>
    <message>
        <source>No option yet: add one.</source>
        <translation>No option yet: add one.</translation>
    </message>
    <message>
        <source>{v} VND/year</source>
        <translation>{v} VND/year</translation>
    </message>
    <message>
        <source>{v} years</source>
        <translation>{v} years</translation>
    </message>
    <message>
        <source>{v} VND at {r}</source>
        <translation>{v} VND at {r}</translation>
    </message>
    <message>
        <source>{v} TOE</source>
        <translation>{v} TOE</translation>
    </message>
    <message>
        <source>{v} GJ</source>
        <translation>{v} GJ</translation>
    </message>
    <message>
        <source>{v} t CO₂</source>
        <translation>{v} t CO₂</translation>
    </message>
    <message>
        <source>These savings come to: %1 (the factors and prices of the savings summary)</source>
        <translation>These savings come to: %1 (the factors and prices of the savings summary)</translation>
    </message>
</context>
<context>
    <name>PackageNotice</name>
    <message>
        <source>Sync package</source>
        <translation>Sync package</translation>
    </message>
    <message>
        <source>Sync packages are opened in the review workspace.</source>
        <translation>Sync packages are opened in the review workspace.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import it for review now? Packages from signers who are not trusted are refused; nothing is changed for a package that was already imported.</source>
        <translation>Import it for review now? Packages from signers who are not trusted are refused; nothing is changed for a package that was already imported.</translation>
    </message>
    <message>
        <source>This package cannot be imported.</source>
        <translation>This package cannot be imported.</translation>
    </message>
    <message>
        <source>&amp;Import for review</source>
        <translation>&amp;Import for review</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Notes of task %1</source>
        <translation>Notes of task %1</translation>
    </message>
</context>
<context>
    <name>PageFrame</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Signing identity</translation>
    </message>
</context>
<context>
    <name>ProcessStepsPage</name>
    <message>
        <source>Process steps, in the order of production</source>
        <translation>Process steps, in the order of production</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>Process steps</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Add step</translation>
    </message>
    <message>
        <source>&amp;Delete step</source>
        <translation>&amp;Delete step</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Norms and notes</source>
        <translation>Norms and notes</translation>
    </message>
    <message>
        <source>Norms (định mức) of consumption per unit product, their source …</source>
        <translation>Norms (định mức) of consumption per unit product, their source …</translation>
    </message>
    <message>
        <source>Selecting the audit focus</source>
        <translation>Selecting the audit focus</translation>
    </message>
    <message>
        <source>Focus criteria and weights</source>
        <translation>Focus criteria and weights</translation>
    </message>
    <message>
        <source>Scores of the process steps</source>
        <translation>Scores of the process steps</translation>
    </message>
    <message>
        <source>Make it the &amp;focus</source>
        <translation>Make it the &amp;focus</translation>
    </message>
    <message>
        <source>Why this focus</source>
        <translation>Why this focus</translation>
    </message>
    <message>
        <source>Why this focus: waste, cost, potential, what the team agreed …</source>
        <translation>Why this focus: waste, cost, potential, what the team agreed …</translation>
    </message>
    <message>
        <source>Process steps and the audit focus</source>
        <translation>Process steps and the audit focus</translation>
    </message>
    <message>
        <source>Tasks 2–3. List the steps of production in order, each with the amount of product its inputs and outputs will be recorded for. Note the norms of consumption. Then score each step against the criteria (0–5; the weights say what counts most): the step with the highest total is the suggested audit focus. Tick Focus for the step(s) you audit.</source>
        <translation>Tasks 2–3. List the steps of production in order, each with the amount of product its inputs and outputs will be recorded for. Note the norms of consumption. Then score each step against the criteria (0–5; the weights say what counts most): the step with the highest total is the suggested audit focus. Tick Focus for the step(s) you audit.</translation>
    </message>
    <message>
        <source>Cost of waste</source>
        <translation>Cost of waste</translation>
    </message>
    <message>
        <source>Use of materials and energy</source>
        <translation>Use of materials and energy</translation>
    </message>
    <message>
        <source>Potential to improve</source>
        <translation>Potential to improve</translation>
    </message>
    <message>
        <source>Environmental impact</source>
        <translation>Environmental impact</translation>
    </message>
    <message>
        <source>Interest of management and staff</source>
        <translation>Interest of management and staff</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Add process step</source>
        <translation>Add process step</translation>
    </message>
    <message>
        <source>Delete process step</source>
        <translation>Delete process step</translation>
    </message>
    <message>
        <source>Move process step</source>
        <translation>Move process step</translation>
    </message>
    <message>
        <source>Make the suggested step the focus</source>
        <translation>Make the suggested step the focus</translation>
    </message>
    <message>
        <source>Score the steps to see which one to audit first.</source>
        <translation>Score the steps to see which one to audit first.</translation>
    </message>
    <message>
        <source>Suggested audit focus: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Suggested audit focus: &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> (already a focus)</source>
        <translation> (already a focus)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Reviewer profile</source>
        <translation>Reviewer profile</translation>
    </message>
    <message>
        <source>Your name and organisation are kept as the reviewer of each review step you take. You can change the name at each step.</source>
        <translation>Your name and organisation are kept as the reviewer of each review step you take. You can change the name at each step.</translation>
    </message>
    <message>
        <source>Reviewer's name</source>
        <translation>Reviewer's name</translation>
    </message>
    <message>
        <source>Consultant profile</source>
        <translation>Consultant profile</translation>
    </message>
    <message>
        <source>Your name and organisation are filled in as the consultant of each new assessment. You can change them in every assessment.</source>
        <translation>Your name and organisation are filled in as the consultant of each new assessment. You can change them in every assessment.</translation>
    </message>
    <message>
        <source>Consultant's name</source>
        <translation>Consultant's name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>ProvinceField</name>
    <message>
        <source>Not one of the 34 provincial units since 1/7/2025; kept as typed.</source>
        <translation>Not one of the 34 provincial units since 1/7/2025; kept as typed.</translation>
    </message>
    <message>
        <source>%1 → %2 since 1/7/2025</source>
        <translation>%1 → %2 since 1/7/2025</translation>
    </message>
</context>
<context>
    <name>ReadingsKeys</name>
    <message>
        <source>Paste readings</source>
        <translation>Paste readings</translation>
    </message>
    <message>
        <source>There is no such period yet: enter its dates first.</source>
        <translation>There is no such period yet: enter its dates first.</translation>
    </message>
    <message>
        <source>The pasted block is {n} columns wide; from this cell the table has {m}.</source>
        <translation>The pasted block is {n} columns wide; from this cell the table has {m}.</translation>
    </message>
</context>
<context>
    <name>ReadingsPanel</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Period of the readings</source>
        <translation>Period of the readings</translation>
    </message>
    <message>
        <source>One row a month (or any span: 01/01/2024 – 15/02/2024). Paste a block from Excel or LibreOffice with Ctrl+V from the chosen cell; Ctrl+C copies the selected cells. A period with readings takes its production and consumption from their sums.</source>
        <translation>One row a month (or any span: 01/01/2024 – 15/02/2024). Paste a block from Excel or LibreOffice with Ctrl+V from the chosen cell; Ctrl+C copies the selected cells. A period with readings takes its production and consumption from their sums.</translation>
    </message>
    <message>
        <source>Add month</source>
        <translation>Add month</translation>
    </message>
    <message>
        <source>Fill the period's months</source>
        <translation>Fill the period's months</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <source>Add a month after the last reading</source>
        <translation>Add a month after the last reading</translation>
    </message>
    <message>
        <source>Add a row for every month of the period</source>
        <translation>Add a row for every month of the period</translation>
    </message>
    <message>
        <source>Delete the selected readings</source>
        <translation>Delete the selected readings</translation>
    </message>
    <message>
        <source>Monthly readings</source>
        <translation>Monthly readings</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Production ({unit})</source>
        <translation>Production ({unit})</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Cooling degree days</source>
        <translation>Cooling degree days</translation>
    </message>
    <message>
        <source>Driver suggested by the sector template: {driver}</source>
        <translation>Driver suggested by the sector template: {driver}</translation>
    </message>
    <message>
        <source>row {row}, {column}</source>
        <translation>row {row}, {column}</translation>
    </message>
    <message>
        <source>Edit a reading</source>
        <translation>Edit a reading</translation>
    </message>
    <message>
        <source>Add a month</source>
        <translation>Add a month</translation>
    </message>
</context>
<context>
    <name>ReceivedModel</name>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Sector (VSIC)</source>
        <translation>Sector (VSIC)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Certificate SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>ReportTextsBox</name>
    <message>
        <source>The consultant's texts</source>
        <translation>The consultant's texts</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Conclusions and recommendations</source>
        <translation>Conclusions and recommendations</translation>
    </message>
    <message>
        <source>Empty: the report writes the summary from the figures.</source>
        <translation>Empty: the report writes the summary from the figures.</translation>
    </message>
    <message>
        <source>Empty: the report writes the conclusions and recommendations from the figures.</source>
        <translation>Empty: the report writes the conclusions and recommendations from the figures.</translation>
    </message>
    <message>
        <source>What you write here is printed instead of the report's own text.</source>
        <translation>What you write here is printed instead of the report's own text.</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <source>C&amp;onclusions and
recommendations:</source>
        <translation>C&amp;onclusions and
recommendations:</translation>
    </message>
    <message>
        <source>Edit the report's summary</source>
        <translation>Edit the report's summary</translation>
    </message>
    <message>
        <source>Edit the report's conclusions</source>
        <translation>Edit the report's conclusions</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <source>The database is damaged (%1). No backup was made, so your earlier backups are kept; but there is no good backup to restore. Export what you can and ask for help.</source>
        <translation>The database is damaged (%1). No backup was made, so your earlier backups are kept; but there is no good backup to restore. Export what you can and ask for help.</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>The database is damaged (%1). No backup was made, so your earlier backups are kept.

Restore the newest good backup, made %2? The damaged file is kept beside the backups.</source>
        <translation>The database is damaged (%1). No backup was made, so your earlier backups are kept.

Restore the newest good backup, made %2? The damaged file is kept beside the backups.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>The backup was not restored: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>SXSH backups (sxsh-*.db);;All files (*)</source>
        <translation>SXSH backups (sxsh-*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Replace the database with the backup made %1?

The database as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Replace the database with the backup made %1?

The database as it is now is backed up first, so this can be undone by restoring that copy.</translation>
    </message>
    <message>
        <source>Backup restored; the database as it was is kept as %1</source>
        <translation>Backup restored; the database as it was is kept as %1</translation>
    </message>
</context>
<context>
    <name>ResultsStrip</name>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Results:</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>computing…</translation>
    </message>
    <message>
        <source>The results cannot be computed: %1</source>
        <translation>The results cannot be computed: %1</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>No consumption entered for both periods yet</source>
        <translation>No consumption entered for both periods yet</translation>
    </message>
    <message>
        <source>Specific consumption (per unit product): baseline → reporting</source>
        <translation>Specific consumption (per unit product): baseline → reporting</translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy&lt;/b&gt; %1 → %2 TOE/%3 %4</source>
        <translation>&lt;b&gt;Energy&lt;/b&gt; %1 → %2 TOE/%3 %4</translation>
    </message>
    <message>
        <source>Energy saving: %1 TOE (%2 GJ) normalised to reporting output</source>
        <translation>Energy saving: %1 TOE (%2 GJ) normalised to reporting output</translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy&lt;/b&gt; –</source>
        <translation>&lt;b&gt;Energy&lt;/b&gt; –</translation>
    </message>
    <message>
        <source>Target %1: none in force (%2 for reference)</source>
        <translation>Target %1: none in force (%2 for reference)</translation>
    </message>
    <message>
        <source>Target %1: no data</source>
        <translation>Target %1: no data</translation>
    </message>
    <message>
        <source>Target %1: met</source>
        <translation>Target %1: met</translation>
    </message>
    <message>
        <source>Target %1: not met</source>
        <translation>Target %1: not met</translation>
    </message>
    <message>
        <source>Norm %1: no verdict</source>
        <translation>Norm %1: no verdict</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning(s)</numerusform><numerusform>%n warning(s)</numerusform></translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>No warnings</translation>
    </message>
    <message>
        <source>Target: no reporting period</source>
        <translation>Target: no reporting period</translation>
    </message>
    <message>
        <source>indicative</source>
        <translation>indicative</translation>
    </message>
    <message>
        <source>Norm: choose the sub-process</source>
        <translation>Norm: choose the sub-process</translation>
    </message>
    <message>
        <source>Norm: %1 — within</source>
        <translation>Norm: %1 — within</translation>
    </message>
    <message>
        <source>Norm: %1 — exceeded by %2 %</source>
        <translation>Norm: %1 — exceeded by %2 %</translation>
    </message>
    <message>
        <source>Norm: %1 — no data yet</source>
        <translation>Norm: %1 — no data yet</translation>
    </message>
    <message>
        <source>Norm: no data yet</source>
        <translation>Norm: no data yet</translation>
    </message>
    <message>
        <source>reporting period</source>
        <translation>reporting period</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>Facility: %1 %2 (%3, %4)</source>
        <translation>Facility: %1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Norm: %1 for the capacity class “%2”, period %3</source>
        <translation>Norm: %1 for the capacity class “%2”, period %3</translation>
    </message>
    <message>
        <source>official</source>
        <translation>official</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>secondary source</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Source: %1 (%2)</translation>
    </message>
    <message>
        <source>Details on the monitoring page (task 16).</source>
        <translation>Details on the monitoring page (task 16).</translation>
    </message>
</context>
<context>
    <name>ReviewExports</name>
    <message>
        <source>Export the figures</source>
        <translation>Export the figures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 rows written to %2</translation>
    </message>
    <message>
        <source>Export the approved packages</source>
        <translation>Export the approved packages</translation>
    </message>
    <message>
        <source>No assessment is approved yet: there is nothing to send to the ministry.</source>
        <translation>No assessment is approved yet: there is nothing to send to the ministry.</translation>
    </message>
    <message>
        <source>%1 approved package(s) and approved.csv written to %2</source>
        <translation>%1 approved package(s) and approved.csv written to %2</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Has issues</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Back to received</source>
        <translation>Back to received</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Trusted signer</source>
        <translation>Trusted signer</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <translation>Unknown signer</translation>
    </message>
    <message>
        <source>Tampered</source>
        <translation>Tampered</translation>
    </message>
    <message>
        <source>Not a valid package</source>
        <translation>Not a valid package</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Older revision, not applied</source>
        <translation>Older revision, not applied</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Review step</source>
        <translation>Review step</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Trusted a signer</source>
        <translation>Trusted a signer</translation>
    </message>
    <message>
        <source>Stopped trusting a signer</source>
        <translation>Stopped trusting a signer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Imported; replaces revision %1, which stays in the history</source>
        <translation>Imported; replaces revision %1, which stays in the history</translation>
    </message>
    <message>
        <source>signed by someone this office does not trust yet (marked)</source>
        <translation>signed by someone this office does not trust yet (marked)</translation>
    </message>
    <message>
        <source>Already imported; nothing changed</source>
        <translation>Already imported; nothing changed</translation>
    </message>
    <message>
        <source>Revision %1 is older than revision %2, which is already here; nothing changed</source>
        <translation>Revision %1 is older than revision %2, which is already here; nothing changed</translation>
    </message>
    <message>
        <source>Signed by %1, who is not a trusted signer; trust the signer to import it</source>
        <translation>Signed by %1, who is not a trusted signer; trust the signer to import it</translation>
    </message>
    <message>
        <source>The package is encrypted: choose the office's key file to open it</source>
        <translation>The package is encrypted: choose the office's key file to open it</translation>
    </message>
    <message>
        <source>The package is encrypted for another recipient; this key cannot open it</source>
        <translation>The package is encrypted for another recipient; this key cannot open it</translation>
    </message>
    <message>
        <source>Changed after it was signed: %1</source>
        <translation>Changed after it was signed: %1</translation>
    </message>
    <message>
        <source>Not a package that can be taken: %1</source>
        <translation>Not a package that can be taken: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <source>A comment for the consultant (sent with a step, or added on its own)</source>
        <translation>A comment for the consultant (sent with a step, or added on its own)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Add &amp;comment</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Your name, for the audit log</source>
        <translation>Your name, for the audit log</translation>
    </message>
    <message>
        <source>Review state:</source>
        <translation>Review state:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <source> — %1, %2</source>
        <translation> — %1, %2</translation>
    </message>
    <message>
        <source>The package was signed by someone this office does not trust: trust the signer first (“Trust this signer…”), then approve.</source>
        <translation>The package was signed by someone this office does not trust: trust the signer first (“Trust this signer…”), then approve.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Write the comment first.</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>Review workspace — received assessments</source>
        <translation>Review workspace — received assessments</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Import packages…</translation>
    </message>
    <message>
        <source>&amp;Trusted signers…</source>
        <translation>&amp;Trusted signers…</translation>
    </message>
    <message>
        <source>The certificates whose packages this office imports</source>
        <translation>The certificates whose packages this office imports</translation>
    </message>
    <message>
        <source>Export figures (&amp;CSV)…</source>
        <translation>Export figures (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;approved packages…</source>
        <translation>Export &amp;approved packages…</translation>
    </message>
    <message>
        <source>Facility, tax code, consultant or signer</source>
        <translation>Facility, tax code, consultant or signer</translation>
    </message>
    <message>
        <source>Search received assessments</source>
        <translation>Search received assessments</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Received assessments</source>
        <translation>Received assessments</translation>
    </message>
    <message>
        <source>No packages received yet. Import packages (.sxsh) with “Import packages…”, or drop package files or a folder of them here.</source>
        <translation>No packages received yet. Import packages (.sxsh) with “Import packages…”, or drop package files or a folder of them here.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation><numerusform>%n assessment(s)</numerusform><numerusform>%n assessment(s)</numerusform></translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation>Trust this signer</translation>
    </message>
    <message>
        <source>The signer's certificate cannot be read.</source>
        <translation>The signer's certificate cannot be read.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Your work</source>
        <translation>Your work</translation>
    </message>
    <message>
        <source>What do you use SXSH Desktop for? Only what your work needs is shown; both stay in the View menu.</source>
        <translation>What do you use SXSH Desktop for? Only what your work needs is shown; both stay in the View menu.</translation>
    </message>
    <message>
        <source>&amp;Consultant: I carry out cleaner-production assessments</source>
        <translation>&amp;Consultant: I carry out cleaner-production assessments</translation>
    </message>
    <message>
        <source>&amp;Reviewer at a Department of Industry and Trade (Sở Công Thương): I receive and review them</source>
        <translation>&amp;Reviewer at a Department of Industry and Trade (Sở Công Thương): I receive and review them</translation>
    </message>
</context>
<context>
    <name>SamplePage</name>
    <message>
        <source>Sample assessment</source>
        <translation>Sample assessment</translation>
    </message>
    <message>
        <source>A complete (fictional) brewery assessment shows every step of the method with its figures. It can be deleted like any assessment.</source>
        <translation>A complete (fictional) brewery assessment shows every step of the method with its figures. It can be deleted like any assessment.</translation>
    </message>
    <message>
        <source>Open the &amp;sample assessment (a brewery) to look around</source>
        <translation>Open the &amp;sample assessment (a brewery) to look around</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Process step</source>
        <translation>Process step</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Weighted total</translation>
    </message>
    <message>
        <source>Score from 0 (not at all) to 5 (very much)</source>
        <translation>Score from 0 (not at all) to 5 (very much)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>a whole number from 0 to 5</source>
        <translation>a whole number from 0 to 5</translation>
    </message>
    <message>
        <source>Score a process step</source>
        <translation>Score a process step</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Cleaner production assessments</source>
        <translation>Cleaner production assessments</translation>
    </message>
    <message>
        <source>Search by facility, province or date (e.g. 2024-03)</source>
        <translation>Search by facility, province or date (e.g. 2024-03)</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>Search assessments</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>No assessments yet. Make a new one or import an assessment document.</source>
        <translation>No assessments yet. Make a new one or import an assessment document.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <source>&amp;Import document…</source>
        <translation>&amp;Import document…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Selected assessment</source>
        <translation>Selected assessment</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Tasks done</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>Process steps</translation>
    </message>
    <message>
        <source>Options (implemented)</source>
        <translation>Options (implemented)</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Delete assessment</translation>
    </message>
    <message>
        <source>Delete the assessment of “%1”? This cannot be undone; export it first if you may need it again.</source>
        <translation>Delete the assessment of “%1”? This cannot be undone; export it first if you may need it again.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Process step</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Flows recorded per</source>
        <translation>Flows recorded per</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Inputs / outputs</source>
        <translation>Inputs / outputs</translation>
    </message>
    <message>
        <source>The amount of product the step's flows are recorded for, e.g. '100 hL' or '1 t'</source>
        <translation>The amount of product the step's flows are recorded for, e.g. '100 hL' or '1 t'</translation>
    </message>
    <message>
        <source>a code is required (letters, digits, '-')</source>
        <translation>a code is required (letters, digits, '-')</translation>
    </message>
    <message>
        <source>Change step code</source>
        <translation>Change step code</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>basis</translation>
    </message>
    <message>
        <source>Edit process step</source>
        <translation>Edit process step</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role in the CP team</source>
        <translation>Role in the CP team</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Edit team member</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>Blank assessment</source>
        <translation>Blank assessment</translation>
    </message>
    <message>
        <source>No template: enter the steps yourself</source>
        <translation>No template: enter the steps yourself</translation>
    </message>
    <message>
        <source>your template</source>
        <translation>your template</translation>
    </message>
    <message>
        <source>%1 — cannot be used</source>
        <translation>%1 — cannot be used</translation>
    </message>
    <message>
        <source>This template file cannot be used: %1</source>
        <translation>This template file cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>TrustedSignersDialog</name>
    <message>
        <source>Trusted signers</source>
        <translation>Trusted signers</translation>
    </message>
    <message>
        <source>Packages are imported only when they are signed with one of these certificates. Before adding a certificate, compare its SHA-256 fingerprint with the one the consultant reads out to you (by telephone or in person).</source>
        <translation>Packages are imported only when they are signed with one of these certificates. Before adding a certificate, compare its SHA-256 fingerprint with the one the consultant reads out to you (by telephone or in person).</translation>
    </message>
    <message>
        <source>No signer is trusted yet: every package is refused until its signer is trusted. Add the consultant's certificate (.pem, .cer, .crt or .der).</source>
        <translation>No signer is trusted yet: every package is refused until its signer is trusted. Add the consultant's certificate (.pem, .cer, .crt or .der).</translation>
    </message>
    <message>
        <source>Removing a signer only affects packages imported from now on: packages already imported keep the verdict they were given at import. Every change is written to the audit log.</source>
        <translation>Removing a signer only affects packages imported from now on: packages already imported keep the verdict they were given at import. Every change is written to the audit log.</translation>
    </message>
    <message>
        <source>&amp;Add certificate…</source>
        <translation>&amp;Add certificate…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expired)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Trusted on</source>
        <translation>Trusted on</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Trusted by</translation>
    </message>
    <message>
        <source>Serial number: %1
SHA-256: %2</source>
        <translation>Serial number: %1
SHA-256: %2</translation>
    </message>
    <message>
        <source>The consultant's certificate</source>
        <translation>The consultant's certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.cer *.crt *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.cer *.crt *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Add certificate</source>
        <translation>Add certificate</translation>
    </message>
    <message>
        <source>%1 holds no readable certificate (%2).</source>
        <translation>%1 holds no readable certificate (%2).</translation>
    </message>
    <message>
        <source>%1 (%2) is trusted already.</source>
        <translation>%1 (%2) is trusted already.</translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation>Trust this signer</translation>
    </message>
    <message>
        <source>Trust every package signed with this certificate?

It names: %1
Organisation: %2
Serial number: %3
Valid until: %4

SHA-256 fingerprint:
%5

Compare this fingerprint with the one the consultant gives you (by telephone or in person) before you trust it.</source>
        <translation>Trust every package signed with this certificate?

It names: %1
Organisation: %2
Serial number: %3
Valid until: %4

SHA-256 fingerprint:
%5

Compare this fingerprint with the one the consultant gives you (by telephone or in person) before you trust it.</translation>
    </message>
    <message>
        <source>This certificate has expired: packages it signed can no longer be verified as valid.</source>
        <translation>This certificate has expired: packages it signed can no longer be verified as valid.</translation>
    </message>
    <message>
        <source>Stop trusting %1 (%2)?

SHA-256 fingerprint:
%3

Packages signed with this certificate are refused from now on (or, if you allow it when importing, marked “unknown signer”). Packages already imported keep the verdict they were given at import: those imported as “trusted signer” stay so, keep their review state and can still be approved.</source>
        <translation>Stop trusting %1 (%2)?

SHA-256 fingerprint:
%3

Packages signed with this certificate are refused from now on (or, if you allow it when importing, marked “unknown signer”). Packages already imported keep the verdict they were given at import: those imported as “trusted signer” stay so, keep their review state and can still be approved.</translation>
    </message>
    <message>
        <source>Remove a trusted signer</source>
        <translation>Remove a trusted signer</translation>
    </message>
    <message>
        <source>This signer was no longer trusted (removed meanwhile).</source>
        <translation>This signer was no longer trusted (removed meanwhile).</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>SXSH Desktop user guide</source>
        <translation>SXSH Desktop user guide</translation>
    </message>
    <message>
        <source>On any page, F1 shows the part of this guide about it.</source>
        <translation>On any page, F1 shows the part of this guide about it.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>WastePage</name>
    <message>
        <source>Waste streams</source>
        <translation>Waste streams</translation>
    </message>
    <message>
        <source>Value of the lost material</source>
        <translation>Value of the lost material</translation>
    </message>
    <message>
        <source>Treatment cost</source>
        <translation>Treatment cost</translation>
    </message>
    <message>
        <source>Pareto chart of waste costs</source>
        <translation>Pareto chart of waste costs</translation>
    </message>
    <message>
        <source>Waste costs and causes</source>
        <translation>Waste costs and causes</translation>
    </message>
    <message>
        <source>Each waste stream costs the value of the material it carries away plus its treatment or disposal. Enter both as prices per unit of the stream. The largest streams per unit product come first; list the causes of each, starting from the top of the Pareto chart.</source>
        <translation>Each waste stream costs the value of the material it carries away plus its treatment or disposal. Enter both as prices per unit of the stream. The largest streams per unit product come first; list the causes of each, starting from the top of the Pareto chart.</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Causes of the selected waste stream</source>
        <translation>Causes of the selected waste stream</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Add cause</translation>
    </message>
    <message>
        <source>Delete cause</source>
        <translation>Delete cause</translation>
    </message>
    <message>
        <source>Delete selected cause</source>
        <translation>Delete selected cause</translation>
    </message>
    <message>
        <source>The chart appears when a waste stream has a cost.</source>
        <translation>The chart appears when a waste stream has a cost.</translation>
    </message>
    <message>
        <source>{n} waste streams · total {total} VND per {unit} of product</source>
        <translation>{n} waste streams · total {total} VND per {unit} of product</translation>
    </message>
    <message>
        <source>Choose a waste stream above.</source>
        <translation>Choose a waste stream above.</translation>
    </message>
    <message>
        <source>Why does “{name}” ({step}) arise?</source>
        <translation>Why does “{name}” ({step}) arise?</translation>
    </message>
    <message>
        <source>{what} of “{name}”</source>
        <translation>{what} of “{name}”</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Process step</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Waste stream</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Per {basis} (change it on the balance page)</source>
        <translation>Per {basis} (change it on the balance page)</translation>
    </message>
    <message>
        <source>Material value</source>
        <translation>Material value</translation>
    </message>
    <message>
        <source>Value of the lost material per unit of the stream</source>
        <translation>Value of the lost material per unit of the stream</translation>
    </message>
    <message>
        <source>Treatment or disposal cost per unit of the stream</source>
        <translation>Treatment or disposal cost per unit of the stream</translation>
    </message>
    <message>
        <source>Lost value, VND</source>
        <translation>Lost value, VND</translation>
    </message>
    <message>
        <source>Treatment, VND</source>
        <translation>Treatment, VND</translation>
    </message>
    <message>
        <source>Cost per basis</source>
        <translation>Cost per basis</translation>
    </message>
    <message>
        <source>VND per {basis}</source>
        <translation>VND per {basis}</translation>
    </message>
    <message>
        <source>Per unit product</source>
        <translation>Per unit product</translation>
    </message>
    <message>
        <source>VND per {unit} of product</source>
        <translation>VND per {unit} of product</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Edit waste stream “{name}”</source>
        <translation>Edit waste stream “{name}”</translation>
    </message>
    <message>
        <source>A cause cannot be empty; delete it instead.</source>
        <translation>A cause cannot be empty; delete it instead.</translation>
    </message>
    <message>
        <source>Edit cause</source>
        <translation>Edit cause</translation>
    </message>
    <message>
        <source>New cause</source>
        <translation>New cause</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation><numerusform>Delete %n row(s)</numerusform><numerusform>Delete %n row(s)</numerusform></translation>
    </message>
    <message>
        <source>what it would change was changed in another place since (another window, the command line); it is left as it is</source>
        <translation>what it would change was changed in another place since (another window, the command line); it is left as it is</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>“%1” could not be undone: %2</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>“%1” could not be redone: %2</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Sync package</source>
        <translation>Sync package</translation>
    </message>
</context>
</TS>