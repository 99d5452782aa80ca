# With require-customer-key: MSK clusters whose storage is encrypted with
# the AWS managed key aws/kafka (no key named) are reported.
variable "kafka_key_arn" {
  type = string
}

locals {
  broker_logs = "msk-broker-logs"
}

resource "aws_msk_cluster" "default_key" { # want AWS-279 "encryption_at_rest_kms_key_arn is not set" # want AWS-332
  cluster_name           = "orders"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = local.broker_logs
      }
    }
  }
}

# Encryption in transit only: the storage keeps the AWS managed key.
resource "aws_msk_cluster" "transit_only" { # want AWS-332
  for_each               = toset(["payments", "audit"])
  cluster_name           = each.key
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info { # want AWS-279
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = local.broker_logs
      }
    }
  }
}

# A key from a variable without a value may be the AWS managed key.
resource "aws_msk_cluster" "from_variable" { # want AWS-332
  cluster_name           = "billing"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = var.kafka_key_arn # want-note AWS-279
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = local.broker_logs
      }
    }
  }
}
