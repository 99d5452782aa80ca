# Flow logs whose bucket a module called with count or for_each makes: the
# flow log names the bucket through one instance's output,
# module.flow_bucket[0].arn or module.archive["long"].arn.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "archived" {
  cidr_block = "10.1.0.0/16"
}

module "flow_bucket" {
  count           = 1
  source          = "./logs"
  name            = "acme-flow-logs"
  expiration_days = 60
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  log_destination_type = "s3"
  log_destination      = module.flow_bucket[0].arn
  traffic_type         = "ALL"
}

# Only the "long" instance receives flow logs: the "short" one keeps other
# data for 60 days, which is no log retention question.
module "archive" {
  for_each        = { short = 60, long = 400 }
  source          = "./logs"
  name            = "acme-archive-${each.key}"
  expiration_days = each.value
}

resource "aws_flow_log" "archived" {
  vpc_id               = aws_vpc.archived.id
  log_destination_type = "s3"
  log_destination      = module.archive["long"].arn
  traffic_type         = "ALL"
}
