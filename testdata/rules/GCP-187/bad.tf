resource "google_dialogflow_agent" "support" { # want GCP-187 "not logged"
  display_name          = "support"
  default_language_code = "en"
  time_zone             = "Europe/London"
}

resource "google_dialogflow_agent" "sales" {
  display_name          = "sales"
  default_language_code = "en"
  time_zone             = "Europe/London"
  enable_logging        = false # want GCP-187
}

resource "google_dialogflow_cx_agent" "support" {
  display_name               = "support"
  location                   = "global"
  default_language_code      = "en"
  time_zone                  = "Europe/London"
  enable_stackdriver_logging = false # want GCP-187
}

resource "google_dialogflow_cx_agent" "orders" { # want GCP-187
  display_name          = "orders"
  location              = "global"
  default_language_code = "en"
  time_zone             = "Europe/London"

  advanced_settings {
    logging_settings {
      enable_stackdriver_logging = false
      enable_interaction_logging = true
    }
  }
}

resource "google_dialogflow_cx_webhook" "orders" { # want GCP-187 "webhook"
  parent       = google_dialogflow_cx_agent.orders.id
  display_name = "orders"

  generic_web_service {
    uri = "https://orders.example.com/hook"
  }
}
