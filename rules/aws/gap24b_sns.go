package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// gap24bRules are the rules gap24b added (session 24, AWS services M to
// Z against Trivy/tfsec and Checkov).
func gap24bRules() []*engine.Rule {
	return []*engine.Rule{snsSubscriptionOverHTTP()}
}

var snsProtocol = parser.A("protocol", "Protocol")

// snsSubscriptionOverHTTP is AWS-446: an SNS subscription whose protocol
// is http delivers every message to its endpoint in clear text (https
// uses TLS). Subscriptions are resources of their own in Terraform and
// CloudFormation, or a CloudFormation topic's Subscription list.
func snsSubscriptionOverHTTP() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-446"}, setting.Check{
		Types:   []string{"aws_sns_topic_subscription", "AWS::SNS::Subscription"},
		Judge:   setting.MustNotBe(snsProtocol, "", "http"),
		Problem: "the subscription delivers the topic's messages to its endpoint over plain HTTP",
	}, setting.Check{
		Types:   []string{"AWS::SNS::Topic"},
		Judge:   topicInlineHTTPSubscription,
		Problem: "a subscription of the topic delivers its messages to the endpoint over plain HTTP",
	})
}

// topicInlineHTTPSubscription judges the Subscription list of a
// CloudFormation topic: Yes when one of its entries has Protocol http.
func topicInlineHTTPSubscription(res *parser.Resource) parser.Verdict {
	list := parser.A("", "Subscription")
	subs, unknown := setting.Elems(list.Of(res))
	verdicts := make([]parser.Verdict, 0, len(subs)+1)
	for _, s := range subs {
		if s.Kind != parser.Object {
			continue
		}
		verdicts = append(verdicts, parser.OneOf(s.Get("Protocol"), "Subscription.Protocol", "", "http"))
	}
	if unknown != nil {
		verdicts = append(verdicts, parser.Unknowable(unknown, "Subscription"))
	}
	return parser.Either(verdicts...)
}
