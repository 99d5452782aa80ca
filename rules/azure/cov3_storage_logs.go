package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

const cov3QueueProperties = "azurerm_storage_account_queue_properties"

// cov3StorageQueueLoggingReads are the types checkCov3StorageQueueLogging reads (Rule.Reads).
var cov3StorageQueueLoggingReads = []string{"azapi_resource", "azurerm_monitor_diagnostic_setting", "azurerm_storage_account", "azurerm_storage_account_queue_properties", "azurerm_storage_queue"}

func checkCov3StorageQueueLogging(p *engine.Pass) {
	for _, acct := range p.KnownManaged("azurerm_storage_account") {
		split := p.Referrers(acct, "storage_account_id", cov3QueueProperties)
		inline, ok := setting.DecidedBlocks(p, acct, "queue_properties", acct.Body.Get("queue_properties"))
		if !ok {
			continue
		}
		queues := p.Referrers(acct, "", "azurerm_storage_queue")
		if len(queues) == 0 && len(inline) == 0 && len(split) == 0 {
			continue
		}
		// Queue logging, inline or in the split resource.
		var props []*parser.Value
		props = append(props, inline...)
		for _, r := range split {
			props = append(props, r.Body)
		}
		v := parser.Bad(nil, "no queue_properties logging")
		if len(props) > 0 {
			vs := make([]parser.Verdict, len(props))
			for i, qp := range props {
				vs[i] = cov3QueueLogging(qp)
			}
			v = parser.Both(vs...)
		}
		if v.Answer == parser.No {
			continue
		}
		found, unresolved := covAttached(p, acct, covDiagnostics("storageaccounts"))
		if len(found) > 0 || cov3NamedByDiagnostics(p, acct) {
			continue
		}
		if unresolved {
			p.CannotTell(acct, nil, "a diagnostic setting in this module names a target not known statically")
			continue
		}
		if v.Answer == parser.Yes {
			v.Detail += " and no diagnostic setting"
			if len(inline) > 0 && v.At == nil {
				v.At = inline[0]
			}
		}
		p.Judge(acct, v, "queue requests are not all logged")
	}
	// Queue properties of an account the configuration does not declare
	// (a module input, a data source) are judged where they are written.
	for _, qp := range p.KnownManaged(cov3QueueProperties) {
		if cov3DeclaresAccount(p, qp) {
			continue
		}
		v := cov3QueueLogging(qp.Body)
		if v.Answer == parser.No {
			continue
		}
		logged, maybe := cov3AccountDiagnostics(p, qp)
		switch {
		case logged:
		case maybe:
			p.CannotTell(qp, nil, "a diagnostic setting in this module names a target not known statically")
		default:
			p.Judge(qp, v, "queue requests are not all logged")
		}
	}
}

// cov3DeclaresAccount reports whether the storage account a queue
// properties resource configures is a managed resource of the scan: it
// is then judged with the account.
func cov3DeclaresAccount(p *engine.Pass, qp *parser.Resource) bool {
	for _, a := range p.Referenced(qp, "storage_account_id", "azurerm_storage_account") {
		if !a.Data {
			return true
		}
	}
	return false
}

// cov3AccountDiagnostics reports whether a diagnostic setting of qp's root
// names its account or one of the account's services by a literal id
// (logged), or may name it (maybe): its target is not known statically,
// or qp's account id is not and the target is a storage account.
func cov3AccountDiagnostics(p *engine.Pass, qp *parser.Resource) (logged, maybe bool) {
	acct, known := qp.Body.Get("storage_account_id").AsString()
	acct = strings.ToLower(strings.TrimSuffix(acct, "/"))
	for _, d := range p.InRoot(qp, "azurerm_monitor_diagnostic_setting") {
		if id, ok := d.Body.Get("target_resource_id").AsString(); ok {
			id = strings.ToLower(id)
			switch {
			case known && acct != "" && (id == acct || strings.HasPrefix(id, acct+"/")):
				return true, false
			case !known && strings.Contains(id, "/storageaccounts/"):
				maybe = true
			}
			continue
		}
		if p.Unresolved(d, "target_resource_id") {
			maybe = true
		}
	}
	return false, maybe
}

// cov3QueueLogging judges a queue_properties block (or the body of an
// azurerm_storage_account_queue_properties): Yes when it has no logging
// block, or one that leaves read, write or delete requests unlogged.
func cov3QueueLogging(qp *parser.Value) parser.Verdict {
	logs, hidden := setting.Blocks(qp.Get("logging"))
	switch {
	case hidden != nil:
		return parser.Unknowable(hidden, "queue_properties logging")
	case len(logs) == 0:
		return parser.Bad(nil, "no logging block")
	}
	l := logs[0]
	return parser.Either(
		parser.NotTrue(l.Get("read"), "logging read", false),
		parser.NotTrue(l.Get("write"), "logging write", false),
		parser.NotTrue(l.Get("delete"), "logging delete", false))
}

// cov3NamedByDiagnostics reports whether a diagnostic setting of acct's
// root names one of its services by a literal id
// (".../storageAccounts/NAME/queueServices/default").
func cov3NamedByDiagnostics(p *engine.Pass, acct *parser.Resource) bool {
	name, ok := acct.Body.Get("name").AsString()
	if !ok {
		return false
	}
	want := "/storageaccounts/" + strings.ToLower(name) + "/"
	for _, d := range p.InRoot(acct, "azurerm_monitor_diagnostic_setting") {
		if id, ok := d.Body.Get("target_resource_id").AsString(); ok && strings.Contains(strings.ToLower(id), want) {
			return true
		}
	}
	return false
}

// cov3StorageLogRetention extends AZURE-012 to Storage Analytics logs: a
// queue logging block whose retention_policy_days is below 90 deletes the
// logs early. Without retention_policy_days the logs are kept until
// deleted by hand, which is not reported.
func cov3StorageLogRetention(p *engine.Pass) {
	for _, res := range p.KnownManaged("azurerm_storage_account", cov3QueueProperties) {
		path := "logging.retention_policy_days"
		if res.Type == "azurerm_storage_account" {
			path = "queue_properties." + path
		}
		a := parser.A(path, "")
		p.Judge(res, parser.Below(a.Of(res), path, -1, 90), "Storage Analytics queue logs are deleted before 90 days")
	}
}
