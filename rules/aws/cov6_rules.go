package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Gaps found by comparing the KICS AWS queries with the checklist
// (issue 9, cov6aws).

func coverage6Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-216", Check: checkTrailS3DataEvents},
		cacheClientsUnauthenticated(),
		transferServerOldPolicy(),
		{ID: "AWS-219", Check: checkIoTPolicyWildcard},
	}
}

// The trail settings AWS-216 reads.
var (
	trailSelectors         = parser.A("event_selector", "EventSelectors")
	trailAdvancedSelectors = parser.A("advanced_event_selector", "AdvancedEventSelectors")
)

// s3ObjectType is the data resource type of S3 object-level events.
const s3ObjectType = "AWS::S3::Object"

// checkTrailS3DataEvents reports the trails of a root none of whose trails
// records S3 object-level (data) events: CloudTrail records management
// events only unless an event selector adds data events.
func checkTrailS3DataEvents(p *engine.Pass) {
	trails := p.KnownResources("aws_cloudtrail", "AWS::CloudTrail::Trail")
	logs := map[*parser.Resource]bool{}
	unknown := map[*parser.Resource]*parser.Value{}
	for _, t := range trails {
		logs[t], unknown[t] = trailLogsS3Objects(t)
	}
	for _, t := range trails {
		if logs[t] {
			continue
		}
		covered := false
		for _, other := range p.InRoot(t, "aws_cloudtrail", "AWS::CloudTrail::Trail") {
			if logs[other] || unknown[other] != nil && other != t {
				covered = true
			}
		}
		switch {
		case covered:
		case unknown[t] != nil:
			p.CannotTell(t, unknown[t], parser.Unknowable(unknown[t], trailSelectors.Name(t)).Detail)
		default:
			p.Report(t, nil, "%s records no S3 object-level (data) events, and no other trail of the configuration does: reads and writes of objects leave no audit trail", t.Address)
		}
	}
}

// trailLogsS3Objects reports whether a trail's basic or advanced event
// selectors record S3 object events, or the value that hides it.
func trailLogsS3Objects(t *parser.Resource) (bool, *parser.Value) {
	ev := trailS3ObjectEvents(t)
	if ev.reads || ev.writes {
		return true, nil
	}
	return false, ev.hidden
}

// selectorEvents says which events of a kind (S3 object events, management
// events) a trail's selectors record, with the first value that hides an
// answer.
type selectorEvents struct {
	reads, writes bool
	hidden        *parser.Value
}

// note keeps the first value that hides an answer.
func (ev *selectorEvents) note(u *parser.Value) {
	if ev.hidden == nil {
		ev.hidden = u
	}
}

// record adds the events of a selector limited to reads (readsOnly:
// "ReadOnly", "true"), writes (writesOnly: "WriteOnly", "false") or neither
// (none given, or All).
func (ev *selectorEvents) record(rw *parser.Value, readsOnly, writesOnly string) {
	switch {
	case rw == nil || rw.IsAnyOf("All"):
		ev.reads, ev.writes = true, true
	case rw.IsAnyOf(readsOnly):
		ev.reads = true
	case rw.IsAnyOf(writesOnly):
		ev.writes = true
	default:
		ev.note(setting.Unknown(rw))
	}
}

// recordAdvanced adds the events of an advanced selector one of whose
// field selectors (field: resources.type, eventCategory) equals want,
// limited to reads or writes by its readOnly field.
func (ev *selectorEvents) recordAdvanced(a *parser.Value, key func(tf, cfn string) string, field, want string) {
	fields, u := setting.Blocks(a.Get(key("field_selector", "FieldSelectors")))
	ev.note(u)
	matches := false
	var readOnly *parser.Value
	for _, f := range fields {
		name := f.Get(key("field", "Field"))
		ev.note(setting.Unknown(name))
		vals, u := setting.Elems(f.Get(key("equals", "Equals")))
		switch {
		case name.IsAnyOf(field):
			ev.note(u)
			for _, v := range vals {
				if v.IsAnyOf(want) {
					matches = true
				}
			}
		case name.IsAnyOf("readOnly"):
			ev.note(u)
			if len(vals) == 1 {
				readOnly = vals[0]
			}
		}
	}
	if matches {
		ev.record(readOnly, "true", "false")
	}
}

// trailKey gives a trail's property names in its own format.
func trailKey(t *parser.Resource) func(tf, cfn string) string {
	return func(tf, cfn string) string {
		if t.Format == parser.CloudFormation {
			return cfn
		}
		return tf
	}
}

// trailS3ObjectEvents reads a trail's basic selectors (data_resource of
// type AWS::S3::Object, read_write_type All by default) and advanced
// selectors (resources.type AWS::S3::Object, readOnly true or false
// limiting them to reads or writes).
func trailS3ObjectEvents(t *parser.Resource) selectorEvents {
	key := trailKey(t)
	var ev selectorEvents
	sels, u := setting.Blocks(trailSelectors.Of(t))
	ev.note(u)
	for _, sel := range sels {
		drs, u := setting.Blocks(sel.Get(key("data_resource", "DataResources")))
		ev.note(u)
		for _, dr := range drs {
			typ := dr.Get(key("type", "Type"))
			if typ.IsAnyOf(s3ObjectType) {
				ev.record(sel.Get(key("read_write_type", "ReadWriteType")), "ReadOnly", "WriteOnly")
				break
			}
			ev.note(setting.Unknown(typ))
		}
	}
	adv, u := setting.Blocks(trailAdvancedSelectors.Of(t))
	ev.note(u)
	for _, a := range adv {
		ev.recordAdvanced(a, key, "resources.type", s3ObjectType)
	}
	return ev
}

// cacheClientsUnauthenticated is AWS-217: Redis (Valkey) replication
// groups with in-transit encryption but neither an AUTH token nor an RBAC
// user group, and MemoryDB clusters on the open-access ACL.
func cacheClientsUnauthenticated() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-217"}, setting.Check{
		Types: []string{"aws_elasticache_replication_group", "AWS::ElastiCache::ReplicationGroup"},
		// Without in-transit encryption AUTH cannot be set: AWS-142's finding.
		If: setting.Both(setting.Is(parser.A("engine", "Engine"), "redis", "redis", "valkey"),
			setting.Not(setting.MustBeTrue(parser.A("transit_encryption_enabled", "TransitEncryptionEnabled"), false))),
		Unless:  attrs("auth_token", "AuthToken", "user_group_ids", "UserGroupIds"),
		Judge:   setting.MustBeSet(parser.A("auth_token", "AuthToken")),
		Problem: "clients connect without authentication (no AUTH token and no RBAC user group)",
	}, setting.Check{
		Types:   []string{"aws_memorydb_cluster", "AWS::MemoryDB::Cluster"},
		Judge:   setting.MustNotBe(parser.A("acl_name", "ACLName"), "", "open-access"),
		Problem: "the cluster uses the open-access ACL: any client that reaches it connects without authentication",
	})
}

// classicOldProtocols are the SSL negotiation attributes of a classic load
// balancer policy that turn on a protocol older than TLS 1.2.
var classicOldProtocols = []string{"Protocol-SSLv2", "Protocol-SSLv3", "Protocol-TLSv1", "Protocol-TLSv1.1"}

// checkClassicELBNegotiation is AWS-027 for classic load balancers: an SSL
// negotiation policy that turns on SSLv3, TLS 1.0 or 1.1, or names a
// predefined policy that accepts them (Reference-Security-Policy).
func checkClassicELBNegotiation(p *engine.Pass) {
	for _, res := range p.KnownResources("aws_load_balancer_policy", "aws_lb_ssl_negotiation_policy", "AWS::ElasticLoadBalancing::LoadBalancer", "aws_elb") {
		switch res.Type {
		case "aws_elb":
			classicDefaultNegotiation(p, res)
		case "aws_load_balancer_policy":
			if !setting.MayBe(res.Body.Get("policy_type_name"), "SSLNegotiationPolicyType") {
				continue
			}
			judgeNegotiation(p, res, res.Body.Get("policy_attribute"), "name", "value")
		case "aws_lb_ssl_negotiation_policy":
			judgeNegotiation(p, res, res.Body.Get("attribute"), "name", "value")
		default:
			classicTemplateNegotiation(p, res)
		}
	}
}

// classicListenerPolicyTypes attach policies to a Terraform classic load
// balancer's listener ports.
var classicListenerPolicyTypes = []string{"aws_load_balancer_listener_policy", "aws_lb_ssl_negotiation_policy"}

// classicDefaultNegotiation is AWS-027 for an aws_elb: an HTTPS or SSL
// listener to whose port no listener policy or SSL negotiation policy is
// attached gets ELBSecurityPolicy-2016-08. A policy on an unknown port, or
// one in the same root whose load balancer is not a scanned aws_elb (it may
// name this one), gives the listeners the benefit of the doubt.
func classicDefaultNegotiation(p *engine.Pass, lb *parser.Resource) {
	listeners, u := setting.Blocks(lb.Body.Get("listener"))
	if u != nil {
		return
	}
	for _, r := range p.InRoot(lb, classicListenerPolicyTypes...) {
		if len(p.Referenced(r, "", "aws_elb")) == 0 {
			return
		}
	}
	covered := map[int64]bool{}
	for _, r := range p.Referrers(lb, "", classicListenerPolicyTypes...) {
		port, ok := firstOf(r.Body, "load_balancer_port", "lb_port").AsInt()
		if !ok {
			return
		}
		covered[port] = true
	}
	for _, l := range listeners {
		proto := l.Get("lb_protocol")
		port, ok := l.Get("lb_port").AsInt()
		if !proto.IsAnyOf("https", "ssl") || !ok || covered[port] {
			continue
		}
		p.Report(lb, proto, "%s has an %s listener on port %d with no SSL negotiation policy, so it uses the default security policy ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1",
			lb.Address, strings.ToUpper(strings.TrimSpace(proto.Str)), port)
	}
}

// classicTemplateNegotiation is AWS-027 for an
// AWS::ElasticLoadBalancing::LoadBalancer. Its SSL negotiation policies
// that are in use (named in a listener's PolicyNames, or applied to ports
// by LoadBalancerPorts) are judged; one declared and applied to no
// listener has no effect. An HTTPS or SSL listener that uses none of them
// gets ELBSecurityPolicy-2016-08, which Elastic Load Balancing associates
// with a listener created without a security policy.
func classicTemplateNegotiation(p *engine.Pass, res *parser.Resource) {
	pols, u := setting.Blocks(res.Body.Get("Policies"))
	if u != nil {
		p.CannotTell(res, u, parser.Unknowable(u, "Policies").Detail)
	}
	listeners, lu := setting.Blocks(res.Body.Get("Listeners"))
	// unsure is set when a name or port that links a policy to a listener
	// cannot be told: every policy is then judged, and no listener is
	// said to use the default.
	unsure := u != nil || lu != nil
	named := map[string]bool{}
	for _, l := range listeners {
		names, nu := setting.Elems(l.Get("PolicyNames"))
		unsure = unsure || nu != nil
		for _, n := range names {
			if s, ok := n.AsString(); ok {
				named[strings.TrimSpace(s)] = true
			}
		}
	}
	sslNames, sslPorts := map[string]bool{}, map[int64]bool{}
	type negotiation struct {
		pol     *parser.Value
		name    string
		applied bool
	}
	var negs []negotiation
	for _, pol := range pols {
		if !setting.MayBe(pol.Get("PolicyType"), "SSLNegotiationPolicyType") {
			continue
		}
		name, ok := pol.Get("PolicyName").AsString()
		name = strings.TrimSpace(name)
		unsure = unsure || !ok
		sslNames[name] = true
		ports, pu := setting.Elems(pol.Get("LoadBalancerPorts"))
		unsure = unsure || pu != nil
		for _, pt := range ports {
			n, ok := pt.AsInt()
			unsure = unsure || !ok
			sslPorts[n] = true
		}
		negs = append(negs, negotiation{pol, name, named[name] || len(ports) > 0 || pu != nil})
	}
	for _, n := range negs {
		if n.applied || unsure {
			judgeNegotiation(p, res, n.pol.Get("Attributes"), "Name", "Value")
		}
	}
	if unsure {
		return
	}
	for _, l := range listeners {
		proto := l.Get("Protocol")
		if !proto.IsAnyOf("HTTPS", "SSL") {
			continue
		}
		names, _ := setting.Elems(l.Get("PolicyNames"))
		uses := false
		for _, n := range names {
			s, _ := n.AsString()
			uses = uses || sslNames[strings.TrimSpace(s)]
		}
		port, ok := l.Get("LoadBalancerPort").AsInt()
		if uses || sslPorts[port] || !ok && len(sslPorts) > 0 {
			continue
		}
		p.Report(res, proto, "%s has an %s listener with no SSL negotiation policy, so it uses the default security policy ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1",
			res.Address, strings.ToUpper(strings.TrimSpace(proto.Str)))
	}
}

// weakCipher reports whether an SSL negotiation attribute names a cipher
// suite that uses RC4, 3DES, an export-grade or null cipher, or MD5.
func weakCipher(name *parser.Value) bool {
	s, ok := name.AsString()
	if !ok {
		return false
	}
	s = strings.ToUpper(strings.TrimSpace(s))
	if strings.HasPrefix(s, "PROTOCOL-") || strings.Contains(s, "-ORDER") || strings.HasPrefix(s, "REFERENCE-") {
		return false
	}
	for _, w := range []string{"RC4", "DES-CBC", "EXP-", "NULL", "MD5"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// judgeNegotiation reports the attributes of one SSL negotiation policy
// that accept a protocol older than TLS 1.2.
func judgeNegotiation(p *engine.Pass, res *parser.Resource, attrs *parser.Value, nameKey, valueKey string) {
	items, u := setting.Blocks(attrs)
	if u != nil {
		p.CannotTell(res, u, parser.Unknowable(u, "policy attributes").Detail)
		return
	}
	for _, a := range items {
		name, value := a.Get(nameKey), a.Get(valueKey)
		switch {
		case name.IsAnyOf(classicOldProtocols...):
			if value.IsTrue() || value.IsAnyOf("true") {
				p.Report(res, value, "%s turns on %s in its SSL negotiation policy: the load balancer accepts a protocol older than TLS 1.2", res.Address, strings.TrimSpace(name.Str))
			} else if setting.Unknown(value) != nil {
				p.CannotTell(res, value, parser.Unknowable(value, strings.TrimSpace(name.Str)).Detail)
			}
		case weakCipher(name):
			if value.IsTrue() || value.IsAnyOf("true") {
				p.Report(res, value, "%s turns on the weak cipher %s in its SSL negotiation policy", res.Address, strings.TrimSpace(name.Str))
			} else if setting.Unknown(value) != nil {
				p.CannotTell(res, value, parser.Unknowable(value, strings.TrimSpace(name.Str)).Detail)
			}
		case name.IsAnyOf("Reference-Security-Policy"):
			report(p, res, tlsOldELBPolicy(value, "Reference-Security-Policy"),
				"%s uses security policy %s, which accepts TLS 1.0 or 1.1", res.Address, str(value))
		case setting.Unknown(name) != nil:
			p.CannotTell(res, name, parser.Unknowable(name, "policy attribute name").Detail)
		}
	}
}

// transferServerOldPolicy is AWS-218: a Transfer Family server on the
// oldest security policy, the default when none is named.
func transferServerOldPolicy() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-218"}, setting.Check{
		Types: []string{"aws_transfer_server", "AWS::Transfer::Server"},
		Judge: setting.MustNotBe(parser.A("security_policy_name", "SecurityPolicyName"),
			"TransferSecurityPolicy-2018-11", "TransferSecurityPolicy-2018-11"),
		Problem: "the server uses security policy TransferSecurityPolicy-2018-11, which still offers SHA-1 key exchanges and MACs",
	})
}

// checkIoTPolicyWildcard is AWS-219: an AWS IoT policy statement that
// allows every action ("*", "iot:*") on every resource, so that a device
// holding a certificate it is attached to may connect as any client,
// publish and subscribe to every topic and change every shadow.
func checkIoTPolicyWildcard(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_iot_policy", "AWS::IoT::Policy") {
		src := polSource{res, parser.A("policy", "PolicyDocument").Of(res), ""}
		if res.Format == parser.Terraform {
			src.attr = "policy"
		}
		for _, st := range polStatements(p, src) {
			if !st.allows() || hasStar(st.resources) == nil {
				continue
			}
			for _, a := range stringsOf(st.actions) {
				if act := strings.TrimSpace(a.Str); act == "*" || strings.EqualFold(act, "iot:*") {
					p.Report(res, a, "%s allows %s on every resource (Resource \"*\"): a device with this policy may act as any client on every topic, shadow and job", res.Address, act)
					break
				}
			}
		}
	}
}
