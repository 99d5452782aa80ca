package azure

import (
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov7APIMBackendHTTP is AZURE-131's check of API Management backends:
// a backend whose URL is http:// receives every proxied request, with its
// headers and credentials, unencrypted.
var cov7APIMBackendHTTP = setting.Check{
	Types:   []string{"azurerm_api_management_backend"},
	Judge:   cov7PlainHTTPURL("url"),
	Problem: "API Management forwards requests to the backend over plain HTTP",
}

// cov7APIMAPIProtocols and cov7APIMAPIServiceURL are AZURE-131's checks
// of API Management APIs: an API whose protocols include http (or ws)
// takes calls, with their subscription keys and tokens, in clear text; one
// whose service_url is http:// forwards them to its backend so.
var (
	cov7APIMAPIProtocols = setting.Check{
		Types:   []string{"azurerm_api_management_api"},
		Judge:   cov7PlainProtocols("protocols"),
		Problem: "the API accepts calls over plain HTTP",
	}
	cov7APIMAPIServiceURL = setting.Check{
		Types:   []string{"azurerm_api_management_api"},
		Judge:   cov7PlainHTTPURL("service_url"),
		Problem: "API Management forwards the API's calls to its service URL over plain HTTP",
	}
)

// cov7PlainProtocols is Yes when the list in attr names http or ws.
func cov7PlainProtocols(attr string) setting.Judge { return cov7ListHas(attr, "http", "ws") }

// cov7ListHas is Yes when the list at path holds one of vals, CannotTell
// when an element not known could be one.
func cov7ListHas(path string, vals ...string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		elems, hidden := setting.Elems(parser.A(path, "").Of(res))
		for _, e := range elems {
			if e.IsAnyOf(vals...) {
				return parser.Bad(e, path+" includes "+e.Str)
			}
		}
		if hidden != nil {
			return parser.Unknowable(hidden, path)
		}
		return parser.Decided
	}
}

// cov7PlainHTTPURL is Yes when the URL in attr is known to start with
// http://, CannotTell when its known beginning could still become it.
func cov7PlainHTTPURL(attr string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		u := res.Body.Get(attr)
		if u == nil {
			return parser.Decided
		}
		pre, ok := u.KnownPrefix()
		lower := strings.ToLower(strings.TrimSpace(pre))
		switch {
		case ok && strings.HasPrefix(lower, "http://"):
			return parser.Bad(u, attr+" = "+strconv.Quote(u.Shown()))
		case setting.Unknown(u) != nil && strings.HasPrefix("http://", lower):
			return parser.Unknowable(u, attr)
		}
		return parser.Decided
	}
}

// cov7MayGovernOthers reports whether the account a network rules
// resource names in attr is unresolved in a way that may be any account of
// its root: not when the expression only refers to a storage account
// resource that the configuration does not declare (that one is not any
// other account).
func cov7MayGovernOthers(p *engine.Pass, nr *parser.Resource, attr string) bool {
	if !p.Unresolved(nr, attr) {
		return false
	}
	v := nr.Body.Get(attr)
	if len(v.Refs()) == 0 || len(v.Uses()) != len(v.Refs()) {
		return true
	}
	for _, r := range v.Refs() {
		if parser.ResourceType(r) != "azurerm_storage_account" || strings.HasPrefix(r, "module.") {
			return true
		}
	}
	return false
}

// cov7PublishApps are the App Service apps and slots whose publishing
// endpoints (FTP and Web Deploy, the SCM site) can be turned away from
// basic authentication.
var cov7PublishApps = []string{
	"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app",
	"azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot", "azurerm_linux_function_app_slot",
	"azurerm_windows_function_app_slot",
}

// cov7PublishFTPBasicAuth (AZURE-108) and cov7PublishWebDeployBasicAuth
// (AZURE-147) judge App Service publishing credentials: a user name and
// password per app (or per user) that deploy code without Microsoft Entra
// ID, over FTP and over Web Deploy (the SCM site), each allowed unless
// turned off on its own.
var cov7PublishFTPBasicAuth = setting.Check{
	Types:   cov7PublishApps,
	Judge:   setting.MustBeFalse(parser.A("ftp_publish_basic_authentication_enabled", ""), true),
	Problem: "FTP deployment accepts basic-authentication publishing credentials",
}

var cov7PublishWebDeployBasicAuth = setting.Check{
	Types:   cov7PublishApps,
	Judge:   setting.MustBeFalse(parser.A("webdeploy_publish_basic_authentication_enabled", ""), true),
	Problem: "Web Deploy (the SCM site) accepts basic-authentication publishing credentials",
}

// cov7AppGatewayDisabledProtocols judges the legacy form of an Application
// Gateway ssl_policy at path: a disabled_protocols list, with neither a
// policy name nor a minimum version, that leaves TLS 1.0 or TLS 1.1 on.
func cov7AppGatewayDisabledProtocols(path string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		list := parser.A(path+".disabled_protocols", "").Of(res)
		if list == nil || parser.AnySet(parser.A(path+".policy_name", "").Of(res), parser.A(path+".min_protocol_version", "").Of(res)) {
			return parser.Decided
		}
		elems, hidden := setting.Elems(list)
		if hidden != nil {
			return parser.Unknowable(hidden, path+".disabled_protocols")
		}
		off := map[string]bool{}
		for _, e := range elems {
			s, ok := e.AsString()
			if !ok {
				return parser.Unknowable(e, path+".disabled_protocols")
			}
			off[strings.ToUpper(strings.TrimSpace(s))] = true
		}
		for _, v := range []string{"TLSV1_0", "TLSV1_1"} {
			if !off[v] {
				return parser.Bad(list, path+".disabled_protocols leaves "+strings.Replace(strings.ToUpper(v), "TLSV", "TLSv", 1)+" on")
			}
		}
		return parser.Decided
	}
}

// cov7WeakCipherSuites is Yes when the cipher suite list at path names a
// 3DES or RC4 suite (broken: Sweet32, RC4 biases), whatever the protocol.
func cov7WeakCipherSuites(path string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		elems, hidden := setting.Elems(parser.A(path, "").Of(res))
		if hidden != nil {
			return parser.Unknowable(hidden, path)
		}
		for _, e := range elems {
			s, ok := e.AsString()
			if ok && (strings.Contains(strings.ToUpper(s), "3DES") || strings.Contains(strings.ToUpper(s), "RC4")) {
				return parser.Bad(e, path+" includes "+s)
			}
		}
		return parser.Decided
	}
}

// coverage7Rules are the seventh batch of coverage rules (AZURE-144 and
// up), from misses on third-party samples.
func coverage7Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-144", Check: checkCov7StorageRequestLogs, Reads: cov7StorageRequestLogsReads},
	}
}

const cov7Diagnostics = "azurerm_monitor_diagnostic_setting"

// cov7StorageLogCategories are the resource log categories of a storage
// service (blob, queue, table, file).
var cov7StorageLogCategories = []string{"StorageRead", "StorageWrite", "StorageDelete"}

// cov7StorageRequestLogsReads are the types checkCov7StorageRequestLogs reads (Rule.Reads).
var cov7StorageRequestLogsReads = []string{"azapi_resource", "azurerm_monitor_diagnostic_setting", "azurerm_storage_account", "azurerm_storage_table"}

// checkCov7StorageRequestLogs reports diagnostic settings of a storage
// service that leave some of its request logs out, and storage accounts
// whose blob service no diagnostic setting logs.
func checkCov7StorageRequestLogs(p *engine.Pass) {
	for _, d := range cov7DiagnosticSettings(p) {
		if svc := cov7StorageService(d.Body.Get(diagTargetAttr(d))); svc != "" {
			p.Judge(d, cov7MissingCategories(d), svc+" requests are not all logged")
		}
	}
	for _, acct := range p.KnownManaged("azurerm_storage_account") {
		// A FileStorage account has no blob service.
		if kind := acct.Body.Get("account_kind"); kind.IsAnyOf("FileStorage") {
			continue
		}
		cov7JudgeServiceLogs(p, acct, "blob")
	}
	// An account that serves tables (an azurerm_storage_table refers to
	// it) logs their requests only through a diagnostic setting of its
	// table service: azurerm has no classic table logging block.
	for _, acct := range p.KnownManaged("azurerm_storage_account") {
		if len(p.Referrers(acct, "", "azurerm_storage_table")) > 0 {
			cov7JudgeServiceLogs(p, acct, "table")
		}
	}
}

// cov7JudgeServiceLogs reports acct when no diagnostic setting logs the
// requests to its service svc ("blob", "table").
func cov7JudgeServiceLogs(p *engine.Pass, acct *parser.Resource, svc string) {
	logged, unresolved := cov7ServiceDiagnostics(p, acct, svc)
	switch {
	case logged:
	case unresolved:
		p.CannotTell(acct, nil, "a diagnostic setting in this module names a target not known statically")
	default:
		p.Report(acct, nil, "%s: no diagnostic setting logs the requests to its %s service (StorageRead, StorageWrite, StorageDelete)", acct.Address, svc)
	}
}

// cov7StorageService returns the storage service ("blob", "queue", "table"
// or "file") whose id target ends with, or "".
func cov7StorageService(target *parser.Value) string {
	s, ok := target.KnownSuffix()
	if !ok {
		return ""
	}
	s = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(s), "/"))
	for _, svc := range []string{"blob", "queue", "table", "file"} {
		if strings.HasSuffix(s, "/"+svc+"services/default") {
			return svc
		}
	}
	return ""
}

// cov7ServiceDiagnostics reports whether a diagnostic setting of acct's
// root targets its service svc ("blob", "table"), by reference or by a
// literal id; unresolved when none does but one names a target not known
// statically.
func cov7ServiceDiagnostics(p *engine.Pass, acct *parser.Resource, svc string) (logged, unresolved bool) {
	refs := p.Referrers(acct, "target_resource_id", cov7Diagnostics)
	for _, d := range p.Referrers(acct, "parent_id", "azapi_resource") {
		if isAzapiDiagnostic(d) {
			refs = append(refs, d)
		}
	}
	for _, d := range refs {
		if cov7StorageService(d.Body.Get(diagTargetAttr(d))) == svc {
			return true, false
		}
	}
	name, named := acct.Body.Get("name").AsString()
	inRoot := p.InRoot(acct, cov7Diagnostics)
	for _, d := range p.InRoot(acct, "azapi_resource") {
		if isAzapiDiagnostic(d) {
			inRoot = append(inRoot, d)
		}
	}
	for _, d := range inRoot {
		target := d.Body.Get(diagTargetAttr(d))
		if id, ok := target.AsString(); ok {
			if named && strings.Contains(strings.ToLower(id), "/storageaccounts/"+strings.ToLower(name)+"/"+svc+"services/") {
				return true, false
			}
			continue
		}
		if s := cov7StorageService(target); p.Unresolved(d, diagTargetAttr(d)) && (s == "" || s == svc) {
			unresolved = true
		}
	}
	return false, unresolved
}

// cov7MissingCategories judges the logs a diagnostic setting enables: Yes
// when StorageRead, StorageWrite or StorageDelete is left out (the
// allLogs and audit category groups cover them).
func cov7MissingCategories(d *parser.Resource) parser.Verdict {
	covered, group, hidden := covLogCategories(d)
	if hidden != nil {
		return *hidden
	}
	if group {
		return parser.Decided
	}
	var missing []string
	for _, c := range cov7StorageLogCategories {
		if !covered[strings.ToLower(c)] {
			missing = append(missing, c)
		}
	}
	if len(missing) == 0 {
		return parser.Decided
	}
	return parser.Bad(nil, "no "+strings.Join(missing, ", ")+" log")
}

// covLogCategories returns the log categories a diagnostic setting
// enables (lower case), and whether it enables the allLogs or audit
// category group (which cover the audit categories of every service);
// hidden says why when they cannot be told. enabled_log blocks are on; the
// older log blocks are on unless enabled = false.
func covLogCategories(d *parser.Resource) (cats map[string]bool, group bool, hidden *parser.Verdict) {
	if d.Type == "azapi_resource" {
		return azapiLogCategories(d)
	}
	// A covering group decides, whatever the blocks after it hold.
	cats = map[string]bool{}
	for _, attr := range []string{"enabled_log", "log"} {
		logs, unknown := setting.Blocks(d.Body.Get(attr))
		if unknown != nil {
			v := parser.Unknowable(unknown, attr)
			return nil, false, &v
		}
		for _, l := range logs {
			if attr == "log" {
				on := l.Get("enabled")
				if setting.Unknown(on) != nil {
					v := parser.Unknowable(on, "log enabled")
					return nil, false, &v
				}
				if on.Truth(true) == parser.False {
					continue
				}
			}
			cat, grp := l.Get("category"), l.Get("category_group")
			if u := setting.Unknown(cat, grp); u != nil {
				v := parser.Unknowable(u, attr+" category")
				return nil, false, &v
			}
			if grp.IsAnyOf("allLogs", "audit") {
				return cats, true, nil
			}
			if s, ok := cat.AsString(); ok {
				cats[strings.ToLower(strings.TrimSpace(s))] = true
			}
		}
	}
	return cats, group, nil
}

// cov7AdmitsAll is Yes when the address list at path admits every IPv4
// address (0.0.0.0/0).
func cov7AdmitsAll(path string) setting.Judge {
	return cov7ListHas(path, "0.0.0.0/0", "0.0.0.0-255.255.255.255")
}

// cov7ClassicFrontDoorWAF is AZURE-036's check of classic Front Doors
// (azurerm_frontdoor): a frontend endpoint without a WAF policy link
// serves the internet unfiltered.
func cov7ClassicFrontDoorWAF(p *engine.Pass) {
	for _, fd := range p.KnownManaged("azurerm_frontdoor") {
		eps, hidden := setting.Blocks(fd.Body.Get("frontend_endpoint"))
		if setting.Undecided(p, fd, "frontend_endpoint", hidden) {
			continue
		}
		for _, ep := range eps {
			p.Judge(fd, parser.NotSet(ep.Get("web_application_firewall_policy_link_id"), "frontend_endpoint web_application_firewall_policy_link_id"),
				"a frontend endpoint serves the internet without a WAF policy")
		}
	}
	// A policy a classic Front Door links is judged as the Standard/Premium
	// ones are: turned off, or only detecting.
	for _, pol := range p.ResourcesOfType("azurerm_frontdoor_firewall_policy") {
		if len(p.Referrers(pol, "web_application_firewall_policy_link_id", "azurerm_frontdoor")) > 0 {
			packReportWAFMode(p, pol, pol.Body.Get("enabled"), pol.Body.Get("mode"), pol.Address)
		} else {
			packUnattachedWAFMode(p, pol, pol.Body.Get("enabled"), pol.Body.Get("mode"), "Front Door")
		}
	}
}
