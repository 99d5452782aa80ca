# Clusters that authenticate every client: IAM access control, SASL/SCRAM,
# and TLS client certificates issued by a private CA.

variable "private_ca_arn" {
  type    = string
  default = "arn:aws:acm-pca:eu-west-1:123456789012:certificate-authority/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
}

locals {
  broker_subnets = ["subnet-0a1b2c3d", "subnet-0b1b2c3d", "subnet-0c1b2c3d"]
  clusters = {
    events = { iam = true, scram = false }
    legacy = { iam = false, scram = true }
  }
}

resource "aws_msk_cluster" "sasl" {
  for_each = local.clusters

  cluster_name           = each.key
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = local.broker_subnets
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }

  client_authentication {
    unauthenticated = false
    sasl {
      iam   = each.value.iam
      scram = each.value.scram
    }
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = "/msk/${each.key}"
      }
    }
  }
}

resource "aws_msk_cluster" "mtls" {
  cluster_name           = "payments"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = local.broker_subnets
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }

  client_authentication {
    tls {
      certificate_authority_arns = [var.private_ca_arn]
    }
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = "/msk/payments"
      }
    }
  }
}
