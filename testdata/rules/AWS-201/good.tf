variable "public_access" {
  type    = string
  default = "DISABLED"
}

resource "aws_msk_cluster" "events" { # want AWS-332
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0a1b2c3d"]

    connectivity_info {
      public_access {
        type = var.public_access
      }
    }
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = "/msk/events"
      }
    }
  }
}

# No connectivity_info: public access stays DISABLED.
resource "aws_msk_cluster" "audit" { # want AWS-332
  cluster_name           = "audit"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0a1b2c3d"]
  }

  logging_info {
    broker_logs {
      s3 {
        enabled = true
        bucket  = "acme-msk-logs"
      }
    }
  }
}
