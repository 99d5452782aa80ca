package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// tlsBeanstalkHTTPOnly is AWS-026's check of Elastic Beanstalk
// environments: the load balancer Elastic Beanstalk creates for a
// load-balanced web server environment listens for HTTP on port 80 and
// does not redirect it; without an enabled HTTPS (or SSL) listener every
// request crosses the internet in clear. An environment built from a
// saved configuration takes its options from there, and is not judged.
var tlsBeanstalkHTTPOnly = setting.Check{
	Types:   []string{"aws_elastic_beanstalk_environment", "AWS::ElasticBeanstalk::Environment"},
	Unless:  []parser.Attr{parser.A("template_name", "TemplateName")},
	Judge:   beanstalkHTTPOnly,
	Problem: "the environment's internet-facing load balancer serves only plain HTTP, with no HTTPS listener",
}

// ebOption is one option setting of an Elastic Beanstalk environment.
type ebOption struct {
	ns, name string
	value    *parser.Value
}

// beanstalkOptions returns the option settings of an environment, or the
// value that hides them (a setting block whose namespace or name is not
// known).
func beanstalkOptions(res *parser.Resource) ([]ebOption, *parser.Value, string) {
	a := parser.A("setting", "OptionSettings")
	items, unknown := setting.Blocks(a.Of(res))
	if unknown != nil {
		return nil, unknown, a.Name(res)
	}
	var out []ebOption
	for _, it := range items {
		ns, n := firstOf(it, "namespace", "Namespace"), firstOf(it, "name", "OptionName")
		if u := setting.Unknown(ns, n); u != nil {
			return nil, u, a.Name(res)
		}
		nss, _ := ns.AsString()
		ns1, _ := n.AsString()
		out = append(out, ebOption{strings.ToLower(strings.TrimSpace(nss)), strings.TrimSpace(ns1), firstOf(it, "value", "Value")})
	}
	return out, nil, ""
}

// beanstalkHTTPOnly answers yes for a load-balanced web server environment
// whose load balancer is internet-facing (the default), of the classic
// (the default of the API) or application type, not shared, that has an
// enabled plain HTTP listener and no enabled HTTPS or SSL listener.
func beanstalkHTTPOnly(res *parser.Resource) parser.Verdict {
	tier := parser.A("tier", "Tier.Name")
	if v := tier.Of(res); v != nil {
		if setting.Unknown(v) != nil {
			return parser.Unknowable(v, tier.Name(res))
		}
		if v.IsAnyOf("Worker") {
			return parser.Decided
		}
	}
	opts, hid, name := beanstalkOptions(res)
	if hid != nil {
		return parser.Unknowable(hid, name)
	}
	// get returns the last value of an option (later settings win).
	get := func(ns, n string) *parser.Value {
		var v *parser.Value
		for _, o := range opts {
			if o.ns == ns && o.name == n {
				v = o.value
			}
		}
		return v
	}
	// is answers whether an option holds one of want, def when unset.
	var hidden *parser.Value
	is := func(v *parser.Value, def string, want ...string) bool {
		if v == nil || v.IsNull() {
			return matchFold(def, want)
		}
		if setting.Unknown(v) != nil {
			if hidden == nil {
				hidden = setting.Unknown(v)
			}
			return false
		}
		s, _ := v.AsString()
		return matchFold(strings.TrimSpace(s), want)
	}
	env := "aws:elasticbeanstalk:environment"
	if is(get(env, "EnvironmentType"), "LoadBalanced", "SingleInstance") ||
		is(get("aws:ec2:vpc", "ELBScheme"), "public", "internal") ||
		is(get(env, "LoadBalancerIsShared"), "false", "true") {
		return parser.Decided
	}
	// The API's default type is classic; an environment that leaves the
	// type out but configures aws:elbv2 namespaces is read as the
	// application load balancer it means.
	def := "classic"
	for _, o := range opts {
		if strings.HasPrefix(o.ns, "aws:elbv2:") {
			def = "application"
		}
	}
	kind := "classic"
	switch {
	case is(get(env, "LoadBalancerType"), def, "application"):
		kind = "application"
	case is(get(env, "LoadBalancerType"), def, "network"):
		return parser.Decided
	}
	if hidden != nil {
		return parser.Unknowable(hidden, "setting")
	}
	// The listeners: the default one (port 80, HTTP) and those of the
	// port namespaces.
	prefix, first, proto := "aws:elbv2:listener:", "aws:elbv2:listener:default", "Protocol"
	if kind == "classic" {
		prefix, first, proto = "aws:elb:listener:", "aws:elb:listener", "ListenerProtocol"
	}
	namespaces := []string{first}
	for _, o := range opts {
		if strings.HasPrefix(o.ns, prefix) && o.ns != first && !contains(namespaces, o.ns) {
			namespaces = append(namespaces, o.ns)
		}
	}
	plain, tls := false, false
	var off *parser.Value
	for _, ns := range namespaces {
		enabled := get(ns, "ListenerEnabled")
		if is(enabled, "true", "false") {
			if off == nil {
				off = enabled
			}
			continue
		}
		if is(get(ns, proto), "HTTP", "HTTPS", "SSL") {
			tls = true
		} else if is(get(ns, proto), "HTTP", "HTTP") {
			plain = true
		}
	}
	// The classic load balancer's older HTTPS option.
	if kind == "classic" && !is(get("aws:elb:loadbalancer", "LoadBalancerHTTPSPort"), "OFF", "OFF") {
		tls = true
	}
	if hidden != nil {
		return parser.Unknowable(hidden, "setting")
	}
	if tls || !plain {
		return parser.Decided
	}
	if off != nil {
		return parser.Bad(off, "the only enabled listeners serve HTTP, and a listener is disabled (ListenerEnabled = false)")
	}
	return parser.Bad(nil, "no "+prefix+"<port> listener with protocol HTTPS is set, and the default listener serves HTTP on port 80")
}

func matchFold(s string, want []string) bool {
	for _, w := range want {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
